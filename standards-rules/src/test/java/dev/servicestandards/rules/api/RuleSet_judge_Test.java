package dev.servicestandards.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.model.KpiCount;
import dev.servicestandards.rules.MixedFacts;

/** Facts judged one at a time, as a stream processor judges each key, add up to the batch evaluation's report. */
class RuleSet_judge_Test {

    private static final RuleSet RULES = RuleSets.compile(MixedFacts.STANDARD);

    private static String json(Report report) throws IOException {
        StringWriter out = new StringWriter();
        ReportFormat.JSON.write(report, true, out);
        return out.toString();
    }

    @Test
    void judging_each_fact_and_summing_the_kpi_counts_gives_the_batch_report_byte_for_byte() throws IOException {
        // GIVEN mixed tickets and calls, some malformed
        String lines = MixedFacts.facts(5, 1_200);
        FactBatch batch = Facts.readJsonLines(new StringReader(lines));
        // WHEN each fact is judged on its own, its KPI counts summed, and the judgements reported
        List<Judgement> judgements = new ArrayList<>();
        List<KpiCount> counts = new ArrayList<>();
        for (var fact : batch.facts()) {
            Judgement j = RULES.judge(fact, MixedFacts.AS_OF);
            judgements.add(j);
            counts.addAll(j.kpiCounts());
        }
        Report oneByOne = RULES.report(MixedFacts.AS_OF, judgements, RULES.kpis(counts), batch.rejected(),
                EvaluationOptions.DEFAULT);
        // THEN it is the batch report
        Report batchReport = RULES.evaluate(batch, MixedFacts.AS_OF);
        assertThat(oneByOne.findings()).hasSizeGreaterThan(1_000);
        assertThat(json(oneByOne)).isEqualTo(json(batchReport));
    }

    @Test
    void a_judgement_names_the_tiers_reached_with_their_instants_and_when_the_next_falls_due() {
        var fact = dev.servicestandards.model.Fact.of("ticket", "T-1", List.of(
                new dev.servicestandards.model.Event("created", java.time.Instant.parse("2025-04-01T00:00:00Z"))));
        var withKind = new dev.servicestandards.model.Fact("ticket", "T-1", java.util.Map.of("kind", "complaint"),
                java.util.Map.of(), fact.events(), List.of());
        // complaint.accept: 48h; reminder at 75% (36h), station at 100% (48h), branch at 100% + 24h (72h)
        Judgement at50h = RULES.judge(withKind, java.time.Instant.parse("2025-04-03T02:00:00Z"));
        assertThat(at50h.escalations()).extracting(Escalation::clause, Escalation::tier, Escalation::at).containsExactly(
                org.assertj.core.groups.Tuple.tuple("complaint.accept", "reminder", java.time.Instant.parse("2025-04-02T12:00:00Z")),
                org.assertj.core.groups.Tuple.tuple("complaint.accept", "station", java.time.Instant.parse("2025-04-03T00:00:00Z")));
        // the branch tier at 72h is the next decision of its clocks that falls due
        assertThat(at50h.nextDue()).contains(java.time.Instant.parse("2025-04-04T00:00:00Z"));
    }
}
