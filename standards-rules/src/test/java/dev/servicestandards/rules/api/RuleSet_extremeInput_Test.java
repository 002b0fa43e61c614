package dev.servicestandards.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Finding;
import dev.servicestandards.api.Rejection;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.Standards;
import dev.servicestandards.api.Unjudged;

/**
 * Extreme input through evaluation: a pattern whose matching recurses past the stack leaves one
 * clause of one fact unjudged with its reason, an as-of outside the supported years is refused
 * before any work, and lines rejected while read (bad UTF-8) and while judged (bad facts) come
 * out in line order beside every good fact.
 */
class RuleSet_extremeInput_Test {

    private static final RuleSet RULES = RuleSets.compile(Standards.parse("""
            standard: cn.test.issue18
            version: 1.0.0
            effective-from: 2025-01-01
            timezone: Asia/Shanghai
            clauses:
              - id: agent.forbidden
                applies-to: { type: interaction }
                forbidden-phrases: { speaker: agent, phrases: [不知道], patterns: ['(找|问)+谁', '(a|b)+c'] }
              - id: call.greeting
                applies-to: { type: interaction }
                required-phrase: { speaker: agent, position: first, any-of: [您好] }
              - id: ticket.accept
                applies-to: { type: ticket }
                time-limit: { from: created, to: accepted, within: 48h }
            """, "issue18.yaml"));

    private static final Instant AS_OF = Instant.parse("2025-03-10T00:00:00Z");

    private static String utterance(String text) {
        return "{\"type\":\"interaction\",\"id\":\"C\",\"utterances\":[{\"speaker\":\"agent\",\"text\":\"" + text + "\"}]}";
    }

    @Nested
    class Regex_and_recursion {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"找问", "ab"})
        void a_repeated_group_on_a_long_utterance_leaves_that_clause_unjudged_with_a_reason(String unit)
                throws IOException {
            // GIVEN an utterance of 100,000 chars that a repeated group walks one recursion per char
            String line = utterance("您好" + unit.repeat(50_000));

            // WHEN
            Report report = RULES.evaluate(new StringReader(line + "\n" + utterance("您好，我不知道").replace("\"C\"", "\"D\"")),
                    AS_OF, EvaluationOptions.DEFAULT);

            // THEN the other clause of that fact and every other fact are judged
            assertThat(report.unjudged()).singleElement().satisfies(u -> {
                assertThat(u.line()).isEqualTo(1);
                assertThat(u.fact()).isEqualTo("C");
                assertThat(u.clause()).isEqualTo("agent.forbidden");
                assertThat(u.reason()).contains("100002-char text").doesNotContain("null");
            });
            assertThat(report.findings()).extracting(Finding::fact, Finding::clause).contains(
                    org.assertj.core.groups.Tuple.tuple("D", "agent.forbidden"));
            assertThat(report.summary().facts()).isEqualTo(2);
        }
    }

    @Nested
    class Instants_at_the_edges {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2400-01-01T00:00:00Z", "1025-01-01T00:00:00Z", "+999999999-12-31T00:00:00Z"})
        void an_as_of_outside_the_supported_years_is_refused_before_any_work(String asOf) {
            // WHEN / THEN
            assertThatThrownBy(() -> RULES.evaluate(new StringReader(""), Instant.parse(asOf), EvaluationOptions.DEFAULT))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is outside the supported years 1900–2200");
        }

        @Test
        void the_last_instant_of_the_range_judges_a_ticket_of_the_first_year() throws IOException {
            // GIVEN a ticket created in 1900, judged at the end of 2200
            String line = "{\"type\":\"ticket\",\"id\":\"T\",\"events\":[{\"name\":\"created\",\"at\":\"1900-01-01T00:00:00Z\"}]}";

            // WHEN
            Report report = RULES.evaluate(new StringReader(line), Instant.parse("2200-12-31T23:59:59Z"),
                    EvaluationOptions.DEFAULT);

            // THEN calendar arithmetic over the whole range is total
            assertThat(report.unjudged()).isEmpty();
            assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.deadline())
                    .contains(Instant.parse("1900-01-03T00:00:00Z")));
        }
    }

    @Nested
    class Encoding {

        @Test
        void rejections_while_reading_and_while_judging_come_out_in_line_order() throws IOException {
            // GIVEN line 4 is not UTF-8, line 2 is not a fact, lines 1 and 3 are good
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes((utterance("您好") + "\n").getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes("{\"type\":\"ticket\",\"id\":\"T\",\"events\":[{\"name\":\"created\",\"at\":\"1025-03-03T09:15:00+08:00\"}]}\n"
                    .getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes((utterance("您好").replace("\"C\"", "\"D\"") + "\n").getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(new byte[] {'{', (byte) 0xC3, '}', '\n'});

            // WHEN
            Report report = RULES.evaluate(Facts.utf8(new ByteArrayInputStream(bytes.toByteArray())), AS_OF,
                    EvaluationOptions.DEFAULT.withParallelism(2));

            // THEN
            assertThat(report.rejected()).extracting(Rejection::line).containsExactly(2L, 4L);
            assertThat(report.summary().facts() + report.summary().rejected()).isEqualTo(4);
            java.io.StringWriter json = new java.io.StringWriter();
            ReportFormat.JSON.write(report, false, json);
            assertThat(json.toString()).contains("\"reason\":\"not valid UTF-8: byte 2 of the line (0xC3) cannot be decoded\"");
        }
    }
}
