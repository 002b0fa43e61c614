package dev.servicestandards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code standards lint --standard FILE --facts FILE}: what the standard silently does not judge, with counts. */
class StandardsCommand_lint_Test {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-09T16:00:00Z"), ZoneOffset.UTC);

    record Run(int code, String out, String err) {
    }

    @TempDir
    Path dir;
    private String standard;

    @BeforeEach
    void writeStandard() throws IOException {
        Path file = dir.resolve("hotline.yaml");
        Files.writeString(file, """
                standard: cn.test.hotline
                version: 1.0.0
                effective-from: 2025-01-01
                timezone: Asia/Shanghai
                clauses:
                  - id: call.rings
                    applies-to: { type: interaction, channel: hotline }
                    limit: { attribute: rings, at-most: 3 }
                  - id: complaint.accept
                    applies-to: { type: ticket, kind: complaint }
                    time-limit: { from: created, to: accepted, within: 48h }
                """);
        standard = file.toString();
    }

    private Run run(Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StandardsCommand.run(CLOCK, locale, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private String facts(String lines) throws IOException {
        Path file = dir.resolve("facts.jsonl");
        Files.writeString(file, lines);
        return file.toString();
    }

    @Test
    void findings_one_a_line_then_the_counts_and_exit_1() throws IOException {
        // GIVEN a web call, a wrong-case event, rings in words and a malformed line
        String facts = facts("""
                {"type":"interaction","id":"C-1","channel":"hotline","attributes":{"rings":"four"}}
                {"type":"interaction","id":"C-2","channel":"web","attributes":{"rings":1}}
                {"type":"ticket","id":"T-1","kind":"complaint","events":[{"name":"Created","at":"2025-03-03T09:00:00+08:00"}]}
                not json
                """);
        // WHEN
        Run run = run(Locale.ROOT, "lint", "--standard", standard, "--facts", facts);
        // THEN
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(String.join("\n",
                facts + ": warning: 1 of 3 facts are selected by no clause, so nothing judges them (the first: interaction 'C-2'): "
                        + "check their type and the fields the clauses' applies-to name [STD-W006]",
                facts + ": warning: event 'Created' is read by no clause (on 1 facts, the first 'T-1') (did you mean 'created'?) [STD-W007]",
                facts + ": clause call.rings reads 'rings' as a number, but on 1 facts it is not one (the first: 'four' on fact 'C-1'), "
                        + "so the clause cannot judge them by it [STD-E070]",
                "3 facts: 1 selected by no clause, 1 event names read by no clause, 1 values of the wrong type", ""));
        assertThat(run.err()).startsWith(facts + ":4: rejected: not valid JSON");
    }

    @Test
    void clean_facts_give_only_the_counts_and_exit_0() throws IOException {
        String facts = facts("""
                {"type":"interaction","id":"C-1","channel":"hotline","attributes":{"rings":2}}
                {"type":"ticket","id":"T-1","kind":"complaint","events":[{"name":"created","at":"2025-03-03T09:00:00+08:00"}]}
                """);
        Run run = run(Locale.ROOT, "lint", "--standard", standard, "--facts", facts);
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("2 facts: 0 selected by no clause, 0 event names read by no clause, 0 values of the wrong type\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void in_chinese() throws IOException {
        String facts = facts("""
                {"type":"ticket","id":"T-1","kind":"complaint","events":[{"name":"Created","at":"2025-03-03T09:00:00+08:00"}]}
                """);
        Run run = run(Locale.ROOT, "lint", "--lang", "zh-CN", "--standard", standard, "--facts", facts);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(facts + ": 警告：事件“Created”没有任何条款读取（出现在 1 条事实上，第一条为“T-1”）（是否想写“created”？） [STD-W007]\n"
                + "共 1 条事实：0 条不被任何条款选中，1 个事件名没有条款读取，0 处取值类型不对\n");
    }

    @Test
    void a_missing_facts_file_is_a_usage_error() {
        Run run = run(Locale.ROOT, "lint", "--standard", standard, "--facts", dir.resolve("none.jsonl").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("none.jsonl: no such file");
    }
}
