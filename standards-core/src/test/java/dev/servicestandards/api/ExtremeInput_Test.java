package dev.servicestandards.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.servicestandards.model.internal.Limits;

/**
 * One extreme value in one line never sinks a run, and every resource is bounded
 * before it is spent. The inputs are the issue's own: {@code 1e999999999}, {@code 1e400},
 * {@code 1E-999999999}, year 1025 and ±999,999,999, one invalid UTF-8 byte, a line of 100 MB,
 * an endless stream, a standard of thousands of clauses, ids of thousands of parts.
 */
class ExtremeInput_Test {

    private static final String GOOD = """
            {"type":"ticket","id":"T-good","kind":"complaint","events":[{"name":"created","at":"2025-03-03T09:15:00+08:00"}]}""";

    private static FactBatch read(String text) throws IOException {
        return Facts.readJsonLines(new StringReader(text));
    }

    private static List<Problem> problems(String yaml) {
        return Standards.read(yaml, "x.yaml", CalendarData.builtIn()).report().problems();
    }

    private static String standard(String clauses) {
        return """
                standard: cn.test.limits
                version: 1.0.0
                effective-from: 2025-01-01
                timezone: Asia/Shanghai
                clauses:
                """ + clauses;
    }

    @Nested
    class Numbers_at_the_edges {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "1e999999999|1E+999999999",
            "1e400|1E+400",
            "1E-999999999|1E-999999999",
            "-1e40|-10000000000000000000000000000000000000000",
            "1e41|1E+41",
            "0.00000000000000000000000000000000000000001|1E-41",
        })
        void a_fact_number_outside_the_range_rejects_its_line_and_keeps_the_others(String number, String shown)
                throws IOException {
            // GIVEN
            String line = "{\"type\":\"interaction\",\"id\":\"N\",\"attributes\":{\"rings\":" + number + "}}";

            // WHEN
            FactBatch batch = read(GOOD + "\n" + line + "\n" + GOOD.replace("T-good", "T-after") + "\n");

            // THEN the reason names the field and prints the number briefly, never spelt out
            assertThat(batch.facts()).hasSize(2);
            assertThat(batch.rejected()).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(2);
                assertThat(r.reason()).isEqualTo("attributes.rings: the number " + shown
                        + " is outside the range facts may carry: less than 10^40 in size, at most 40 digits after the point");
                assertThat(r.reason(Locale.SIMPLIFIED_CHINESE)).startsWith("attributes.rings：数值 " + shown + " 超出");
            });
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"1234567890123456789", "9999999999999999999999999999999999999999", "-999999999999999.5", "0.30000000000000004", "4.5e2", "1E-40"})
        void numbers_inside_the_range_are_kept_exactly(String number) throws IOException {
            // WHEN
            FactBatch batch = read("{\"type\":\"interaction\",\"id\":\"N\",\"rings\":" + number + "}");

            // THEN
            assertThat(batch.rejected()).isEmpty();
            assertThat(batch.facts().get(0).field("rings")).contains(new BigDecimal(number));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "limit: { attribute: rings, at-most: 1e999999999 }|clauses[0].limit.at-most",
            "limit: { attribute: rings, at-least: 1E-999999999 }|clauses[0].limit.at-least",
            "'limit: { attribute: rings, at-most: 3 }\n    penalty: { points: 1e400 }'|clauses[0].penalty.points",
            "'limit: { attribute: rings, at-most: 3 }\n    penalty: { points: 1, max: 1e40 }'|clauses[0].penalty.max",
            "'limit: { attribute: rings, at-most: 3 }\n    penalty: { points: 1, amount: 1E-999999999 }'|clauses[0].penalty.amount",
            "'kpi: { rate-of: { attribute: resolved, equals: true }, at-least: 90%, min-sample: 1e999999999 }'|clauses[0].kpi.min-sample",
            "'kpi: { average-of: { attribute: satisfaction }, at-least: 1e400 }'|clauses[0].kpi.at-least",
        })
        void a_standard_number_outside_the_range_is_a_located_error(String clause, String path) {
            // WHEN
            List<Problem> problems = problems(standard("  - id: c\n    " + clause + "\n"));

            // THEN
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(ProblemCode.NUMBER_OUT_OF_RANGE);
                assertThat(p.location().path()).isEqualTo(path);
                assertThat(p.location().line()).isGreaterThan(5);
                assertThat(p.toString()).hasSizeLessThan(300);
            });
        }

        @Test
        void a_rate_target_of_a_vanishing_fraction_is_refused() {
            // WHEN a fraction between 0 and 1, but with a billion decimals
            List<Problem> problems = problems(standard(
                    "  - id: k\n    kpi: { rate-of: { attribute: resolved, equals: true }, at-least: 1E-999999999 }\n"));

            // THEN
            assertThat(problems).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo(ProblemCode.BAD_PERCENT));
        }

        @Test
        void huge_scoring_weights_are_a_located_error() {
            // WHEN
            List<Problem> problems = problems(standard("""
                      - id: c
                        dimension: q
                        limit: { attribute: rings, at-most: 3 }
                    scoring:
                      base: 100
                      dimensions: { q: 1e400 }
                    """));

            // THEN
            assertThat(problems).extracting(Problem::code).contains(ProblemCode.NUMBER_OUT_OF_RANGE);
            assertThat(problems).filteredOn(p -> p.code() == ProblemCode.NUMBER_OUT_OF_RANGE)
                    .extracting(p -> p.location().path()).containsExactly("scoring.dimensions.q");
        }

        @Test
        void printing_a_number_from_the_java_api_costs_no_more_than_its_digits() {
            // GIVEN numbers no reader accepts, but a caller can build
            BigDecimal huge = new BigDecimal("1E+999999999");
            BigDecimal tiny = new BigDecimal("1E-999999999");

            // THEN
            assertThat(Limits.plain(huge)).isEqualTo("1E+999999999");
            assertThat(Limits.plain(tiny)).isEqualTo("1E-999999999");
            assertThat(Limits.plain(new BigDecimal("2.50"))).isEqualTo("2.5");
            assertThat(Limits.plain(new BigDecimal("3E+2"))).isEqualTo("300");
            assertThat(Limits.shown(new BigDecimal("1" + "2".repeat(200)))).hasSizeLessThanOrEqualTo(60);
        }
    }

    @Nested
    class Instants_at_the_edges {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"1025-03-03T09:15:00+08:00", "1899-12-31T23:59:59Z", "2201-01-01T00:00:00Z",
            "2400-01-01T00:00:00Z", "+999999999-03-03T09:15:00+08:00", "-999999999-03-03T09:15:00+08:00"})
        void an_event_outside_the_supported_years_rejects_its_line(String at) throws IOException {
            // GIVEN
            String line = "{\"type\":\"ticket\",\"id\":\"T\",\"events\":[{\"name\":\"created\",\"at\":\"" + at + "\"}]}";

            // WHEN
            FactBatch batch = read(GOOD + "\n" + line + "\n");

            // THEN
            assertThat(batch.facts()).hasSize(1);
            assertThat(batch.rejected()).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(2);
                assertThat(r.reason()).isEqualTo("events[0].at: " + at + " is outside the supported years 1900–2200");
            });
        }

        @Test
        void an_utterance_time_outside_the_years_rejects_its_line_too() throws IOException {
            // WHEN
            FactBatch batch = read("""
                    {"type":"interaction","id":"C","utterances":[{"speaker":"agent","at":"0001-01-01T00:00:00Z","text":"您好"}]}""");

            // THEN
            assertThat(batch.rejected()).singleElement()
                    .satisfies(r -> assertThat(r.reason()).startsWith("utterances[0].at: 0001-01-01T00:00:00Z is outside"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"1900-01-01T00:00:00Z", "2200-12-31T23:59:59.999Z", "2025-03-03T09:15:00+08:00"})
        void the_first_and_last_instants_of_the_range_are_kept(String at) throws IOException {
            // WHEN
            FactBatch batch = read("{\"type\":\"ticket\",\"id\":\"T\",\"events\":[{\"name\":\"created\",\"at\":\"" + at + "\"}]}");

            // THEN
            assertThat(batch.rejected()).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "'time-limit: { from: created, to: accepted, within: 9999999h }'|clauses[0].time-limit.within",
            "'time-limit: { from: created, to: accepted, within: 3661 working days }'|clauses[0].time-limit.within",
            "'time-limit: { from: created, to: accepted, within: 3661 days }'|clauses[0].time-limit.within",
            "'time-limit: { from: created, to: accepted, within: 48h }\n    escalation: [{ at: 100% + 999999h, tier: hq }]'|clauses[0].escalation[0].at",
        })
        void a_duration_longer_than_ten_years_is_a_located_error(String clause, String path) {
            // WHEN
            List<Problem> problems = problems(standard("  - id: c\n    " + clause + "\n"));

            // THEN
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(ProblemCode.DURATION_OUT_OF_RANGE);
                assertThat(p.location().path()).isEqualTo(path);
            });
        }

        @Test
        void the_longest_duration_is_still_accepted() {
            // WHEN
            List<Problem> problems = problems(standard(
                    "  - id: c\n    time-limit: { from: created, to: accepted, within: 3660 working days }\n"));

            // THEN
            assertThat(problems).isEmpty();
            assertThat(Limits.MAX_DURATION).isEqualTo(Duration.ofDays(3660));
        }
    }

    @Nested
    class Encoding {

        private byte[] threeLines() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes((GOOD + "\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes("{\"type\":\"ticket\",\"id\":\"T-bad\",\"kind\":\"".getBytes(StandardCharsets.UTF_8));
            out.write(0xFF);
            out.writeBytes("\"}\r\n".getBytes(StandardCharsets.UTF_8));
            out.writeBytes("{\"type\":\"ticket\",\"id\":\"T-投诉\"}\n".getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }

        @Test
        void one_invalid_byte_rejects_its_line_and_keeps_the_others(@TempDir Path dir) throws IOException {
            // GIVEN
            Path file = dir.resolve("facts.jsonl");
            Files.write(file, threeLines());

            // WHEN
            FactBatch batch = Facts.readJsonLines(file);

            // THEN
            assertThat(batch.facts()).extracting(f -> f.id()).containsExactly("T-good", "T-投诉");
            assertThat(batch.rejected()).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(2);
                assertThat(r.reason()).isEqualTo("not valid UTF-8: byte 39 of the line (0xFF) cannot be decoded");
                assertThat(r.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("不是有效的 UTF-8：该行第 39 个字节（0xFF）无法解码");
            });
        }

        @Test
        void a_stream_read_through_utf8_does_the_same() throws IOException {
            // WHEN
            FactBatch batch = Facts.readJsonLines(Facts.utf8(new java.io.ByteArrayInputStream(threeLines())));

            // THEN
            assertThat(batch.facts()).hasSize(2);
            assertThat(batch.rejected()).extracting(Rejection::line).containsExactly(2L);
        }

        @Test
        void a_byte_order_mark_and_a_truncated_last_character_are_told_apart() throws IOException {
            // GIVEN a BOM on line 1 and a last line cut inside a three-byte character
            byte[] good = ("\uFEFF" + GOOD + "\n").getBytes(StandardCharsets.UTF_8);
            byte[] cut = "{\"type\":\"ticket\",\"id\":\"投".getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(good);
            out.write(cut, 0, cut.length - 1);

            // WHEN
            FactBatch batch = Facts.readJsonLines(Facts.utf8(new java.io.ByteArrayInputStream(out.toByteArray())));

            // THEN
            assertThat(batch.facts()).extracting(f -> f.id()).containsExactly("T-good");
            assertThat(batch.rejected()).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(2);
                assertThat(r.reason()).startsWith("not valid UTF-8: byte 24 of the line");
            });
        }
    }

    /** {@code size} bytes of {@code fill}, made as they are read (never held whole), then {@code tail}. */
    private static InputStream generated(long size, byte fill, byte[] tail) {
        return new InputStream() {
            private long left = size;
            private int tailAt;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left > 0) {
                    int n = (int) Math.min(len, left);
                    java.util.Arrays.fill(b, off, off + n, fill);
                    left -= n;
                    return n;
                }
                if (tailAt == tail.length) {
                    return -1;
                }
                int n = Math.min(len, tail.length - tailAt);
                System.arraycopy(tail, tailAt, b, off, n);
                tailAt += n;
                return n;
            }
        };
    }

    @Nested
    class Bounded_before_spent {

        @Test
        void a_line_of_100_MB_is_rejected_without_being_held_and_the_next_line_is_kept() throws IOException {
            // GIVEN a line of 100 MB, produced as it is read, then a good line
            InputStream in = generated(100L * 1024 * 1024, (byte) 'a', ("\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8));

            // WHEN
            FactBatch batch = Facts.readJsonLines(Facts.utf8(in));

            // THEN
            assertThat(batch.facts()).extracting(f -> f.id()).containsExactly("T-good");
            assertThat(batch.rejected()).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(1);
                assertThat(r.reason()).isEqualTo("the line is longer than 4194304 bytes");
            });
        }

        @Test
        void a_long_line_from_a_plain_reader_is_counted_in_chars() throws IOException {
            // WHEN
            FactBatch batch = read("x".repeat(4 * 1024 * 1024 + 1) + "\n" + GOOD);

            // THEN
            assertThat(batch.facts()).hasSize(1);
            assertThat(batch.rejected()).singleElement()
                    .satisfies(r -> assertThat(r.reason()).isEqualTo("the line is longer than 4194304 characters"));
        }

        @Test
        @Timeout(120)
        void an_endless_line_like_dev_zero_ends_the_read_with_a_clear_error() {
            // GIVEN zero bytes without end (as /dev/zero gives them)
            InputStream zeros = generated(Long.MAX_VALUE, (byte) 0, new byte[0]);

            // WHEN / THEN
            assertThatThrownBy(() -> Facts.readJsonLines(Facts.utf8(zeros)))
                    .isInstanceOf(IOException.class)
                    .hasMessage("line 1 has no end within 1077936128 bytes: this is not JSON Lines");
        }

        @Test
        void a_standard_from_an_endless_stream_is_refused_after_4_MiB_and_one_byte() throws IOException {
            // WHEN
            Standards.Result result = Standards.read(generated(Long.MAX_VALUE, (byte) ' ', new byte[0]), "<stdin>",
                    CalendarData.builtIn());

            // THEN
            assertThat(result.report().problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(ProblemCode.TOO_LARGE);
                assertThat(p.toString()).isEqualTo(
                        "<stdin>: the file is larger than 4194304 bytes, the most a standard may have [STD-E037]");
            });
        }

        @Test
        void a_standard_of_35k_clauses_is_refused_at_its_clauses_list_quickly() {
            // GIVEN 35,000 clauses (the 3 MB standard)
            String clauses = IntStream.range(0, 35_000)
                    .mapToObj(i -> "  - { id: c" + i + ", limit: { attribute: rings, at-most: 3 } }")
                    .collect(Collectors.joining("\n", "", "\n"));

            // WHEN
            long start = System.nanoTime();
            List<Problem> problems = problems(standard(clauses));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            // THEN one located error, not minutes of compiling
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(ProblemCode.TOO_MANY);
                assertThat(p.location().path()).isEqualTo("clauses");
                assertThat(p.location().line()).isEqualTo(6);
                assertThat(p.message()).isEqualTo("35000 entries here; a standard may have at most 1000 clauses");
            });
            assertThat(took).isLessThan(Duration.ofSeconds(30));
        }

        @Test
        void a_thousand_clauses_are_still_a_standard() {
            // WHEN
            String clauses = IntStream.range(0, 1000)
                    .mapToObj(i -> "  - { id: c" + i + ", limit: { attribute: rings, at-most: 3 } }")
                    .collect(Collectors.joining("\n", "", "\n"));

            // THEN
            assertThat(problems(standard(clauses))).isEmpty();
        }

        @Test
        void too_many_phrases_or_patterns_are_located_errors() {
            // GIVEN
            String phrases = IntStream.range(0, 10_001).mapToObj(i -> "词" + i).collect(Collectors.joining(", "));
            String patterns = IntStream.range(0, 101).mapToObj(i -> "'找" + i + "'").collect(Collectors.joining(", "));

            // WHEN
            List<Problem> problems = problems(standard("  - id: p\n    forbidden-phrases: { speaker: agent, phrases: ["
                    + phrases + "], patterns: [" + patterns + "] }\n"));

            // THEN
            assertThat(problems).extracting(Problem::code, p -> p.location().path()).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(ProblemCode.TOO_MANY, "clauses[0].forbidden-phrases.phrases"),
                    org.assertj.core.groups.Tuple.tuple(ProblemCode.TOO_MANY, "clauses[0].forbidden-phrases.patterns"));
        }
    }

    @Nested
    class Regex_and_recursion {

        @Test
        void a_standard_id_of_20000_parts_is_too_long_not_a_stack_overflow() {
            // WHEN
            List<Problem> problems = problems("""
                    standard: %s
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    """.formatted("a.".repeat(20_000) + "a"));

            // THEN
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(ProblemCode.TOO_LONG);
                assertThat(p.location().path()).isEqualTo("standard");
                assertThat(p.toString()).hasSizeLessThan(200);
            });
        }

        @Test
        void a_version_with_a_pre_release_of_20000_parts_is_too_long_not_a_stack_overflow() {
            // WHEN
            List<Problem> problems = problems("""
                    standard: cn.test.limits
                    version: 1.0.0-%s
                    supersedes: 1.0.0-%s
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    """.formatted("a.".repeat(20_000) + "a", "b.".repeat(20_000) + "b"));

            // THEN
            assertThat(problems).extracting(Problem::code, p -> p.location().path()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(ProblemCode.TOO_LONG, "version"),
                    org.assertj.core.groups.Tuple.tuple(ProblemCode.TOO_LONG, "supersedes"));
            assertThat(SemVer.parse("1.0.0-" + "a.".repeat(20_000) + "a")).isEmpty();
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "1.0.0-rc.1, true", "1.0.0-a-b.c-d.0, true", "1.0.0-, false", "1.0.0-.a, false", "1.0.0-a., false",
            "1.0.0-a..b, false", "1.0.0-a_b, false", "01.0.0, false",
        })
        void pre_releases_read_as_before(String text, boolean valid) {
            // THEN the same language as the regex with a repeated group it replaces
            assertThat(SemVer.parse(text).isPresent()).isEqualTo(valid);
            assertThat(SemVer.parse("1.0.0-" + "a.".repeat(100) + "a")).isPresent();
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "cn.telecom.complaint-handling, true", "a, true", "a-b.c, true", "a..b, false", ".a, false", "a., false",
            "a-, false", "A.b, false", "a_b, false",
        })
        void standard_ids_read_as_before(String id, boolean valid) {
            // WHEN
            List<Problem> problems = problems("""
                    standard: '%s'
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    """.formatted(id));

            // THEN
            assertThat(problems.isEmpty()).isEqualTo(valid);
            if (!valid) {
                assertThat(problems).singleElement()
                        .satisfies(p -> assertThat(p.code()).isEqualTo(ProblemCode.BAD_STANDARD_ID));
            }
        }
    }
}
