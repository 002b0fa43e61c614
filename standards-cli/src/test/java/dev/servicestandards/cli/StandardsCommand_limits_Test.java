package dev.servicestandards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The limits of docs/limits.md at the command line (issue 18): instants outside the supported
 * years are usage errors, a facts file's bad bytes reject only their lines, and a standard on
 * standard input is read no further than its size limit.
 */
class StandardsCommand_limits_Test {

    private static final Path EXAMPLES = Path.of("../standards-examples");
    private static final String STANDARD = EXAMPLES.resolve("standards/complaint-handling-1.0.0.yaml").toString();
    private static final String FACTS = EXAMPLES.resolve("facts/complaints.jsonl").toString();
    private static final String EVENTS = EXAMPLES.resolve("facts/complaint-events.jsonl").toString();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-09T16:00:00Z"), ZoneOffset.UTC);

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StandardsCommand.run(CLOCK, Locale.ROOT, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2400-01-01T00:00:00Z", "1025-03-03T09:15:00+08:00", "+999999999-01-01T00:00:00Z"})
    void an_as_of_outside_the_supported_years_is_a_usage_error(String asOf) {
        // WHEN
        Run run = run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--as-of", asOf);

        // THEN
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines().findFirst())
                .contains("standards: --as-of '" + asOf + "' is outside the supported years 1900–2200");
        assertThat(run.err()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void an_until_outside_the_supported_years_names_until() {
        // WHEN
        Run run = run("monitor", "--standard", STANDARD, "--facts", EVENTS, "--replay", "--until", "2400-01-01T00:00:00Z");

        // THEN
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("standards: --until '2400-01-01T00:00:00Z' is outside the supported years 1900–2200\n")
                .doesNotContain("\tat ", "Exception");
    }

    @Test
    void a_facts_file_with_one_invalid_byte_rejects_that_line_and_reports_the_rest(@TempDir Path dir) throws IOException {
        // GIVEN the sample facts with a line of one invalid byte in the middle
        byte[] good = Files.readAllBytes(Path.of(FACTS));
        Path facts = dir.resolve("facts.jsonl");
        try (var out = Files.newOutputStream(facts)) {
            out.write("{\"type\":\"ticket\",\"id\":\"X\",\"kind\":\"\u00e9".getBytes(StandardCharsets.ISO_8859_1));
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write(good);
        }

        // WHEN
        Run run = run("evaluate", "--standard", STANDARD, "--facts", facts.toString(), "--as-of", "2025-03-10T00:00:00+08:00");

        // THEN every other line is evaluated; line 1 is rejected with its reason
        Run without = run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--as-of", "2025-03-10T00:00:00+08:00");
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains(facts + ":1: rejected: not valid UTF-8: byte 35 of the line (0xE9) cannot be decoded");
        assertThat(run.out()).contains("\"line\":1,\"reason\":\"not valid UTF-8");
        assertThat(run.out().replaceAll(",?\\{\"line\":[^}]*}", "").replaceAll("\"rejected\":\\d+", ""))
                .isEqualTo(without.out().replaceAll(",?\\{\"line\":[^}]*}", "").replaceAll("\"rejected\":\\d+", ""));
    }

    @Test
    void a_standard_on_standard_input_is_read_no_further_than_its_limit() {
        // GIVEN 5 MiB of spaces on standard input
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        byte[] spaces = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');

        // WHEN
        int code = StandardsCommand.run(CLOCK, new ByteArrayInputStream(spaces), new PrintWriter(out), new PrintWriter(err),
                new String[] {"validate", "-"});

        // THEN
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("<stdin>: the file is larger than 4194304 bytes, the most a standard may have [STD-E037]\n");
    }
}
