package dev.servicestandards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: honest exits, messages that name the file and the reason, and text a terminal will not obey. */
class StandardsCommand_hostile_Test {

    private static final Path EXAMPLES = Path.of("../standards-examples");
    private static final String STANDARD = EXAMPLES.resolve("standards/complaint-handling-1.0.0.yaml").toString();
    private static final String FACTS = EXAMPLES.resolve("facts/complaints.jsonl").toString();
    private static final String EVENTS = EXAMPLES.resolve("facts/complaint-events.jsonl").toString();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-09T16:00:00Z"), ZoneOffset.UTC);

    record Run(int code, String out, String err) {
    }

    private static Run run(PrintWriter out, StringWriter text, String... args) {
        StringWriter err = new StringWriter();
        int code = StandardsCommand.run(CLOCK, Locale.ROOT, out, new PrintWriter(err), args);
        return new Run(code, text.toString(), err.toString());
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        return run(new PrintWriter(out), out, args);
    }

    @Test
    void a_report_that_cannot_be_written_exits_2_with_the_reason() {
        // GIVEN standard output on a full disk
        Writer full = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        // WHEN a report is written to it
        Run run = run(new Output(full), new StringWriter(), "evaluate", "--standard", STANDARD, "--facts", FACTS, "--format", "text");
        // THEN the command fails and says why
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).endsWith("standards: cannot write standard output: No space left on device\n");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void a_report_file_on_a_full_disk_names_the_file_and_the_reason() {
        Run run = run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--out", "/dev/full");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).endsWith("standards: cannot write /dev/full: No space left on device\n");
    }

    @Test
    void a_folder_given_as_a_file_is_named_with_the_reason(@TempDir Path dir) {
        assertThat(run("evaluate", "--standard", STANDARD, "--facts", dir.toString()).err())
                .isEqualTo("standards: " + dir + ": cannot read: is a directory, not a file\n");
        assertThat(run("monitor", "--standard", STANDARD, "--facts", dir.toString(), "--replay").err())
                .isEqualTo("standards: " + dir + ": cannot read: is a directory, not a file\n");
        assertThat(run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--out", dir.toString()).err())
                .endsWith("standards: cannot write " + dir + ": Is a directory\n");
    }

    @Test
    void until_errors_name_until() {
        Run bad = run("monitor", "--standard", STANDARD, "--facts", EVENTS, "--replay", "--until", "tomorrow");
        assertThat(bad.err()).contains("--until 'tomorrow' is not an ISO-8601 instant").doesNotContain("--as-of");
        Run far = run("monitor", "--standard", STANDARD, "--facts", EVENTS, "--replay", "--until", "+999999999-01-01T00:00:00Z");
        assertThat(far.code()).isEqualTo(2);
        assertThat(far.err()).contains("standards: --until '+999999999-01-01T00:00:00Z' is outside the supported years "
                + "1900–2200").doesNotContain("overflow");
    }

    @Test
    void escape_sequences_from_facts_are_shown_not_obeyed(@TempDir Path dir) throws IOException {
        // GIVEN a fact whose id clears the screen and reverses the line, and a bad line with ESC in it
        Path facts = dir.resolve("facts.jsonl");
        Files.writeString(facts, "{\"type\":\"ticket\",\"id\":\"T\\u001b[2J\\u202eX\",\"kind\":\"complaint\",\"events\":"
                + "[{\"name\":\"created\",\"at\":\"2025-03-03T09:15:00+08:00\"}]}\n\u001b[31mred\n");
        // WHEN reported as text
        Run run = run("evaluate", "--standard", STANDARD, "--facts", facts.toString(), "--format", "text");
        // THEN the control characters are escaped, in the report and on stderr, and the columns still line up
        assertThat(run.out()).contains("T\\x1b[2J\\u202eX  complaint.accept").doesNotContain("\u001b", "\u202e");
        assertThat(run.err()).contains(":2: rejected: ").doesNotContain("\u001b");
        List<String> lines = run.out().lines().filter(l -> l.startsWith("FACT") || l.startsWith("T\\x1b")).toList();
        assertThat(lines.get(1).indexOf("complaint.")).isEqualTo(lines.get(0).indexOf("CLAUSE"));
    }

    @Test
    void out_of_memory_ends_in_one_line_without_a_stack_trace() throws Exception {
        // GIVEN a heap too small to compile and judge
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx24m",
                "-cp", System.getProperty("java.class.path"), StandardsCommand.class.getName(), "evaluate", "--standard",
                STANDARD, "--facts", FACTS, "--as-of", "2025-03-10T00:00:00+08:00", "--all", "--format", "text")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        // THEN it says so in one line
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err).startsWith("standards: out of memory (the Java heap is ").doesNotContain("\tat ", "Exception in thread");
        assertThat(err.lines().count()).isEqualTo(1);
    }
}
