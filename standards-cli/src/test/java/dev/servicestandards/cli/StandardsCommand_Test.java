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
        int code = StandardsCommand.run(CLOCK, new PrintWriter(out), new PrintWriter(err), args);
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
                    + bad + ":7:48: clauses[0].time-limit.withn: unknown key 'withn' (did you mean 'within'?); expected one of: calendar, from, pause, to, within [STD-E005]\n");
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
                    "standards: --format must be json, text or html, not 'xml'");
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
                .startsWith("// Generated by Service Standards from cn.telecom.complaint-handling 1.0.0.")
                .contains("rule \"000 complaint.accept: stopped after the deadline is violated\"");
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
        assertThat(passing.out().lines().reduce((a, b) -> b)).contains("27 passed, 0 failed");

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
