package dev.servicestandards.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.ReportOptions;
import dev.servicestandards.api.Standards;
import dev.servicestandards.api.Unjudged;

/**
 * Issue 18: a clause left unjudged on a fact names the fact's real line, whether the facts are
 * streamed or read into a batch first, and every line is counted once: facts + rejected = lines.
 */
class RuleSet_evaluate_lines_Test {

    private static final Instant AS_OF = Instant.parse("2030-03-10T00:00:00+08:00");

    private static String facts() throws IOException {
        List<String> good = Files.readAllLines(Path.of("../standards-examples/facts/complaints.jsonl"));
        return good.get(0) + "\n" + good.get(1) + "\n"
                // the official calendar has no data for 2030: complaint.answer cannot be judged on this fact
                + "{\"type\":\"ticket\",\"id\":\"T-9\",\"kind\":\"complaint\",\"priority\":\"P2\",\"agent\":\"A-17\","
                + "\"events\":[{\"name\":\"created\",\"at\":\"2030-03-03T09:15:00+08:00\"}]}\n"
                + "\n"
                + "garbage\n";
    }

    private static String json(Report report) throws IOException {
        StringWriter out = new StringWriter();
        ReportFormat.JSON.write(report, ReportOptions.of(Locale.ROOT), out);
        return out.toString();
    }

    @Test
    void an_unjudged_clause_names_its_line_and_every_line_counts_once() throws IOException {
        RuleSet rules = RuleSets.compile(Standards.load(Path.of("../standards-examples/standards/complaint-handling-1.0.0.yaml")));
        // GIVEN five lines: two good facts, one the calendar cannot judge on one clause, a blank line, a bad line
        String text = facts();
        // WHEN evaluated streamed and as a batch read first
        Report streamed = rules.evaluate(new StringReader(text), AS_OF, EvaluationOptions.DEFAULT);
        FactBatch batch = Facts.readJsonLines(new StringReader(text));
        Report batched = rules.evaluate(batch, AS_OF);
        // THEN the batch knows each fact's line, and both name line 3 for the unjudged clause
        assertThat(batch.lines()).containsExactly(1L, 2L, 3L);
        for (Report report : List.of(streamed, batched)) {
            assertThat(report.unjudged()).extracting(Unjudged::line, Unjudged::fact, Unjudged::clause)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "T-9", "complaint.answer"));
            assertThat(report.rejected()).extracting(r -> r.line()).containsExactly(5L);
            // the unjudged fact is a fact (judged on every other clause), not a rejected line too
            assertThat(report.summary().facts() + report.summary().rejected()).isEqualTo(4);
            assertThat(report.summary().unjudged()).isEqualTo(1);
        }
        assertThat(json(batched)).isEqualTo(json(streamed));
    }

    @Test
    void facts_made_in_code_have_no_lines() {
        assertThat(new FactBatch(List.of(), List.of()).lines()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FactBatch(List.of(), List.of(), List.of(1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("lines: 1 lines for 0 facts");
    }
}
