package dev.servicestandards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardsCommand_Test {

    private static final Path EXAMPLES = Path.of("../standards-examples");
    private static final String STANDARD = EXAMPLES.resolve("standards/complaint-handling-1.0.0.yaml").toString();
    private static final String FACTS = EXAMPLES.resolve("facts/complaints.jsonl").toString();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-09T16:00:00Z"), ZoneOffset.UTC);

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // English unless --lang says otherwise, whatever the machine's locale
        int code = StandardsCommand.run(CLOCK, Locale.ROOT, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Run runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StandardsCommand.run(CLOCK, new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Nested
    class Validate {

        @Test
        void a_valid_standard_exits_0() {
            Run run = run("validate", STANDARD);
            assertThat(run.code()).isZero();
            assertThat(run.out()).isEqualTo(STANDARD + ": valid\n");
            assertThat(run.err()).isEmpty();
        }

        @Test
        void an_invalid_standard_prints_every_problem_one_a_line_and_exits_1(@TempDir Path dir) throws IOException {
            Path bad = dir.resolve("bad.yaml");
            Files.writeString(bad, """
                    standard: cn.telecom.bad
                    version: 1.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: complaint.accept
                        time-limit: { from: created, to: accepted, withn: 48h }
                    """);
            Run run = run("validate", bad.toString(), STANDARD);
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).isEqualTo(bad + ":2:10: version: '1.0' is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.1.0) [STD-E009]\n"
                    + bad + ":7:17: clauses[0].time-limit.within: required key 'within' is missing [STD-E006]\n"
                    + bad + ":7:48: clauses[0].time-limit.withn: unknown key 'withn' (did you mean 'within'?); expected one of: calendar, each, from, pause, reopen, to, within [STD-E005]\n");
            assertThat(run.out()).isEqualTo(STANDARD + ": valid\n");
        }

        @Test
        void a_missing_file_is_one_line() {
            Run run = run("validate", "nope.yaml");
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("nope.yaml: cannot read the file: no such file [STD-E001]\n");
        }
    }

    @Nested
    class Draft {

        private static final String DOCUMENTS = "../standards-examples/documents/";

        @Test
        void a_draft_piped_into_validate_dash_is_valid() {
            // GIVEN the YAML that draft writes to stdout
            Run draft = run("draft", DOCUMENTS + "complaint-handling-2025.txt", "--id", "cn.telecom.complaint-handling");
            // WHEN validate reads it from stdin
            Run validate = runWithInput(draft.out(), "validate", "-");
            // THEN it is valid, and the summary went to stderr, not into the YAML
            assertThat(draft.code()).isZero();
            assertThat(draft.out()).startsWith("# Draft standard made by `standards draft` from complaint-handling-2025.txt")
                    .contains("standard: cn.telecom.complaint-handling\n").contains("# unplaced:");
            assertThat(draft.err()).isEqualTo(DOCUMENTS + "complaint-handling-2025.txt: 9 clauses drafted "
                    + "(5 high, 4 medium, 0 low confidence), 1 unplaced\n");
            assertThat(validate.code()).isZero();
            assertThat(validate.out()).isEqualTo("<stdin>: valid\n");
            // the draft has no end date, so the loader warns that the official calendar's shipped years run out
            assertThat(validate.err()).startsWith("<stdin>:12:3: calendars.cn-workdays: warning: calendar 'cn-workdays' has "
                    + "cn-official arrangements for").endsWith("[STD-W003]\n");
        }

        @Test
        void validate_dash_reports_problems_of_stdin_with_their_lines() {
            Run run = runWithInput("standard: cn.bad\nversion: 1.0\n", "validate", "-");
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("""
                    <stdin>:1:1: effective-from: required key 'effective-from' is missing [STD-E006]
                    <stdin>:1:1: timezone: required key 'timezone' is missing [STD-E006]
                    <stdin>:1:1: clauses: required key 'clauses' is missing [STD-E006]
                    <stdin>:2:10: version: '1.0' is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.1.0) [STD-E009]
                    """);
        }

        @Test
        void out_writes_the_file_and_the_word_document_drafts_too(@TempDir Path dir) throws IOException {
            Path yaml = dir.resolve("broadband.yaml");
            Run run = run("draft", DOCUMENTS + "broadband-maintenance.docx", "--out", yaml.toString());
            assertThat(run.code()).isZero();
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).endsWith("; written to " + yaml + "\n");
            assertThat(run("validate", yaml.toString()).code()).isZero();
        }

        @Test
        void diff_of_two_drafts_shows_exactly_what_the_revision_changes(@TempDir Path dir) throws IOException {
            // GIVEN drafts of the 2025 document and of its 2026 revision, under the same id
            Path before = dir.resolve("2025.yaml");
            Path after = dir.resolve("2026.yaml");
            run("draft", DOCUMENTS + "complaint-handling-2025.txt", "--id", "cn.telecom.complaint-handling", "--out", before.toString());
            run("draft", DOCUMENTS + "complaint-handling-2026.txt", "--id", "cn.telecom.complaint-handling",
                    "--standard-version", "1.1.0", "--out", after.toString());
            // WHEN they are compared
            Run diff = run("diff", before.toString(), after.toString());
            // THEN the changes are the revision's: the date, 48h → 24h with its tiers, the penalty, the KPI, a new KPI
            assertThat(diff.code()).isZero();
            assertThat(diff.out()).isEqualTo("""
                    cn.telecom.complaint-handling 1.0.0 → 1.1.0
                      changed  effective-from: 2025-01-01 → 2026-01-01
                      changed  complaint.accept  title: 在48小时内完成受理 → 在24小时内完成受理
                      changed  complaint.accept  penalty.points: 2 → 3
                      changed  complaint.accept  time-limit.within: 48h → 24h
                      changed  complaint.accept  escalation: reminder at 75%, station at 100%, branch at 100% + 24h, headquarters at 100% + 72h → reminder at 75%, station at 100%, branch at 100% + 12h, headquarters at 100% + 24h
                      changed  kpi.answer-on-time  title: 投诉按时答复率不低于90% → 投诉按时答复率不低于95%
                      changed  kpi.answer-on-time  kpi.at-least: 0.90 → 0.95
                      added    kpi.first-contact-resolution
                    """);
        }

        @Test
        void diff_of_the_current_standard_and_a_draft_of_the_revision_shows_the_revision(@TempDir Path dir) {
            // GIVEN the standard in force (written by hand) and a draft of the revised document
            Path after = dir.resolve("2026.yaml");
            run("draft", DOCUMENTS + "complaint-handling-2026.txt", "--id", "cn.telecom.complaint-handling",
                    "--standard-version", "2026.0.0", "--out", after.toString());
            // WHEN they are compared
            Run diff = run("diff", DOCUMENTS + "complaint-handling-2025.yaml", after.toString());
            // THEN the revision's changes are there; the other lines are titles, which the drafter takes from the text
            assertThat(diff.code()).isZero();
            assertThat(diff.out()).isEqualTo("""
                    cn.telecom.complaint-handling 2025.0.0 → 2026.0.0
                      changed  effective-from: 2025-01-01 → 2026-01-01
                      changed  complaint.accept  title: 接到投诉后48小时内受理 → 在24小时内完成受理
                      changed  complaint.accept  penalty.points: 2 → 3
                      changed  complaint.accept  time-limit.within: 48h → 24h
                      changed  complaint.accept  escalation: reminder at 75%, station at 100%, branch at 100% + 24h, headquarters at 100% + 72h → reminder at 75%, station at 100%, branch at 100% + 12h, headquarters at 100% + 24h
                      changed  complaint.investigate  title: 受理后72小时内完成调查核实 → 处理部门应在72小时内完成调查核实
                      changed  complaint.answer  title: 3个工作日内答复用户 → 在3个工作日内向用户作出答复
                      changed  complaint.call-back  title: 答复后五日内回访 → 客服部门应在五日内完成回访
                      changed  kpi.answer-on-time  title: 投诉按时答复率不低于90% → 投诉按时答复率不低于95%
                      changed  kpi.answer-on-time  kpi.at-least: 0.90 → 0.95
                      changed  kpi.satisfaction  title: 用户满意率85%以上 → 用户对投诉处理的满意率应达到85%以上
                      added    kpi.first-contact-resolution
                    """);
        }

        @Test
        void an_unreadable_document_is_one_line_and_exit_2() {
            Run run = run("draft", "nope.docx");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("standards: nope.docx: no such file\n");
        }

        @Test
        void a_malformed_id_is_one_line_and_exit_2() {
            Run run = run("draft", DOCUMENTS + "contact-centre-en.txt", "--id", "Not An Id");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).startsWith("standards: standard id 'Not An Id' is not lowercase words");
        }
    }

    @Nested
    class Evaluate {

        @Test
        void prints_a_deterministic_json_report() {
            Run first = run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--as-of", "2025-03-10T00:00:00+08:00");
            Run second = run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--as-of", "2025-03-10T00:00:00+08:00");
            assertThat(first.code()).isZero();
            assertThat(first.out()).isEqualTo(second.out())
                    .startsWith("{\"standards\":[{\"standard\":\"cn.telecom.complaint-handling\",\"version\":\"1.0.0\"}],\"asOf\":\"2025-03-10T00:00:00+08:00\"")
                    .contains("\"summary\":{\"facts\":7,\"rejected\":2,\"met\":16,\"violated\":7,\"pending\":4}");
            assertThat(first.err()).isEqualTo(FACTS + ":7: rejected: events[0].at: not an ISO-8601 instant with offset\n"
                    + FACTS + ":8: rejected: not valid JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') at column 1\n");
        }

        @Test
        void evidence_is_masked_unless_no_mask_is_given() {
            String calls = EXAMPLES.resolve("facts/calls.jsonl").toString();
            String standard = EXAMPLES.resolve("standards/call-center-1.0.0.yaml").toString();
            assertThat(run("evaluate", "--standard", standard, "--facts", calls).out())
                    .contains("***********").doesNotContain("13987654321");
            assertThat(run("evaluate", "--standard", standard, "--facts", calls, "--no-mask").out()).contains("13987654321");
        }

        @Test
        void the_report_is_the_same_on_any_number_of_threads() {
            Run one = run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--threads", "1", "--all");
            Run three = run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--threads", "3", "--all");
            assertThat(three.code()).isZero();
            assertThat(three.out()).isEqualTo(one.out());
            assertThat(three.err()).isEqualTo(one.err());
        }

        @Test
        void as_of_defaults_to_the_clock() {
            Run run = run("evaluate", "--standard", STANDARD, "--facts", FACTS);
            assertThat(run.out()).contains("\"asOf\":\"2025-03-10T00:00:00+08:00\"");
        }

        @Test
        void fail_on_violated_exits_1_when_a_finding_is_violated() {
            assertThat(run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--fail-on", "violated").code()).isEqualTo(1);
        }

        @Test
        void text_format_is_a_table() {
            Run run = run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--format", "text", "--all");
            assertThat(run.out()).contains("FACT    CLAUSE                     OUTCOME").contains("7 facts, 16 met, 7 violated, 4 pending, 2 rejected");
        }

        @Test
        void usage_and_input_errors_exit_2_with_one_line_and_no_stack_trace() {
            assertOneLineError(run("evaluate", "--standard", STANDARD, "--facts", "missing.jsonl"),
                    "standards: missing.jsonl: no such file");
            assertOneLineError(run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--as-of", "yesterday"),
                    "standards: --as-of 'yesterday' is not an ISO-8601 instant with offset, e.g. 2025-03-10T00:00:00+08:00");
            assertOneLineError(run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--format", "xml"),
                    "standards: --format must be json, text, html, csv or xlsx, not 'xml'");
            assertOneLineError(run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--threads", "0"),
                    "standards: --threads must be 1 to 256, not 0");
            assertOneLineError(run("evaluate", "--standard", "nope.yaml", "--facts", FACTS),
                    "nope.yaml: cannot read the file: no such file [STD-E001]");
        }

        @Test
        void debug_adds_the_stack_trace() {
            Run run = run("--debug", "evaluate", "--standard", STANDARD, "--facts", "missing.jsonl");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).startsWith("standards: missing.jsonl: no such file\n").contains("\tat ");
        }

        private void assertOneLineError(Run run, String line) {
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err().lines().findFirst()).contains(line);
            assertThat(run.err()).doesNotContain("\tat ", "Exception");
        }
    }

    @Test
    void compile_writes_the_drl(@TempDir Path dir) throws IOException {
        Path drl = dir.resolve("rules.drl");
        Run run = run("compile", STANDARD, "--drl", drl.toString());
        assertThat(run.code()).isZero();
        assertThat(Files.readString(drl, StandardCharsets.UTF_8))
                .startsWith("// Generated by Service Standards from cn.telecom.complaint-handling 1.0.0 ")
                .contains("rule \"complaint.accept: accepted within 48h of created (24x7)\"")
                .contains("rule \"complaint.accept: accepted after the deadline is violated\"");
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        Run run = run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--al");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("standards: Unknown option: '--al'").contains("Try 'standards evaluate --help'.");
    }

    @Test
    void test_runs_scenarios_and_ends_with_the_count(@TempDir Path dir) throws IOException {
        Run passing = run("test", EXAMPLES.resolve("scenarios").toString());
        assertThat(passing.code()).isZero();
        assertThat(passing.out().lines().reduce((a, b) -> b)).contains("47 passed, 0 failed");

        Path failing = dir.resolve("failing.yaml");
        Files.writeString(failing, """
                standard: %s
                scenarios:
                  - name: wrong on purpose
                    as-of: 2025-03-10T00:00:00+08:00
                    facts:
                      - {type: ticket, id: T1, kind: complaint, events: [{name: created, at: "2025-03-09T09:00:00+08:00"}]}
                    expect:
                      - {clause: complaint.accept, fact: T1, outcome: met}
                """.formatted(Path.of(STANDARD).toAbsolutePath()));
        Run run = run("test", failing.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL " + failing + ":3: wrong on purpose\n"
                + "     expected complaint.accept T1 met but found complaint.accept T1 pending\n")
                .endsWith("0 passed, 1 failed\n");
    }

    @Test
    void diff_shows_clause_changes_and_their_impact() {
        Run run = run("diff", STANDARD, EXAMPLES.resolve("standards/complaint-handling-1.1.0.yaml").toString(),
                "--facts", FACTS, "--as-of", "2025-03-10T00:00:00+08:00");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("cn.telecom.complaint-handling 1.0.0 → 1.1.0\n")
                .contains("  changed  complaint.accept  time-limit.within: 48h → 24h\n")
                .contains("  complaint.accept: 2 changed, 0 appeared, 0 disappeared\n"
                        + "    T-1001 complaint.accept: violated at station (2 points) → violated at headquarters (3 points)\n");
    }

    @Test
    void evaluate_with_a_catalog_names_the_revision_of_every_finding() {
        Run run = run("evaluate", "--catalog", EXAMPLES.resolve("standards").toString(), "--facts", FACTS,
                "--as-of", "2025-03-10T00:00:00+08:00");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("{\"standard\":\"cn.telecom.complaint-handling\",\"version\":\"1.0.0\",\"clause\":\"complaint.accept\",\"fact\":\"T-1001\"")
                .contains("{\"standard\":\"cn.telecom.complaint-handling\",\"version\":\"1.1.0\"}");
        assertThat(run("evaluate", "--catalog", "no-such-folder", "--facts", FACTS).err())
                .isEqualTo("no-such-folder: cannot read the file: no such folder [STD-E001]\n");
    }

    @Test
    void compile_writes_a_kjar_named_after_the_standard(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("complaint.jar");
        Run run = run("compile", STANDARD, "--kjar", jar.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("cn.telecom.complaint-handling@1.0.0: KJAR cn.telecom:complaint-handling:1.0.0 written to "
                + jar + "\n");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            assertThat(zip.getEntry("META-INF/kmodule.xml")).isNotNull();
            assertThat(zip.getEntry("META-INF/maven/cn.telecom/complaint-handling/pom.properties")).isNotNull();
            assertThat(zip.getEntry("dev/servicestandards/generated/cn/telecom/complaint_handling/v1_0_0/rules.drl")).isNotNull();
        }
    }

    @Test
    void monitor_replays_events_and_prints_each_escalation_when_it_fires() {
        Run run = run("monitor", "--standard", STANDARD, "--facts", EXAMPLES.resolve("facts/complaint-events.jsonl").toString(),
                "--replay", "--until", "2025-03-06T00:00:00+08:00");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("""
                {"at":"2025-03-04T22:30:00+08:00","standard":"cn.telecom.complaint-handling","version":"1.0.0","clause":"complaint.accept","fact":"T-2002","tier":"reminder"}
                {"at":"2025-03-05T10:30:00+08:00","standard":"cn.telecom.complaint-handling","version":"1.0.0","clause":"complaint.accept","fact":"T-2002","tier":"station"}
                """);
        assertThat(run.err()).endsWith("complaint-events.jsonl:9: rejected: type: must be \"ticket\" or \"interaction\" on the first line of a fact\n");
        assertThat(run("monitor", "--standard", STANDARD, "--facts", "x.jsonl").code()).isEqualTo(2);
    }

    @Test
    void every_sub_command_has_help() {
        for (String command : new String[] {"validate", "compile", "evaluate", "monitor", "diff", "test"}) {
            Run run = run(command, "--help");
            assertThat(run.code()).as(command).isZero();
            assertThat(run.out()).as(command).startsWith("Usage: standards " + command);
        }
    }
}
