package dev.servicestandards.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Facts;
import dev.servicestandards.api.KpiResult;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standards;
import dev.servicestandards.model.Fact;
import dev.servicestandards.model.KpiCount;
import dev.servicestandards.model.Outcome;

/** A percentile KPI: "90% of hotline calls are answered within 20 seconds", per agent. */
class RuleSet_percentile_Test {

    private static final RuleSet RULES = RuleSets.compile(Standards.parse("""
            standard: t.percentile
            version: 1.0.0
            effective-from: 2025-01-01
            timezone: UTC
            clauses:
              - id: answer-seconds
                kpi:
                  percentile-of: { attribute: wait-seconds, percentile: 90 }
                  among: { type: interaction, channel: hotline }
                  group-by: agent
                  at-most: 20
                  min-sample: 5
            """, "percentile.yaml"));

    /**
     * A: 1,000 calls waiting 0..39 seconds, 25 calls each; B: 10 calls waiting 3, 6, ... 30; C: 3 calls;
     * a call without wait-seconds and an email are left out.
     */
    private static String facts() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            lines.append(call("A" + i, "A", Integer.toString(i % 40)));
        }
        for (int i = 1; i <= 10; i++) {
            lines.append(call("B" + i, "B", Integer.toString(3 * i)));
        }
        for (int i = 1; i <= 3; i++) {
            lines.append(call("C" + i, "C", "1"));
        }
        lines.append("{\"type\":\"interaction\",\"id\":\"B-none\",\"channel\":\"hotline\",\"agent\":\"B\"}\n");
        lines.append("{\"type\":\"interaction\",\"id\":\"B-mail\",\"channel\":\"email\",\"agent\":\"B\",\"attributes\":{\"wait-seconds\":900}}\n");
        return lines.toString();
    }

    private static String call(String id, String agent, String wait) {
        return "{\"type\":\"interaction\",\"id\":\"" + id + "\",\"channel\":\"hotline\",\"agent\":\"" + agent
                + "\",\"attributes\":{\"wait-seconds\":" + wait + "}}\n";
    }

    @Test
    void the_percentile_of_each_group_is_judged_against_the_target() throws IOException {
        Report report = RULES.evaluate(Facts.readJsonLines(new StringReader(facts())), Instant.parse("2025-04-01T00:00:00Z"));

        // A: rank ⌈0.9 × 1000⌉ = 900; waits 0..35 are 36 × 25 = 900 calls: p90 = 35 > 20, violated
        // B: rank ⌈0.9 × 10⌉ = 9: 3, 6, ... the 9th is 27 > 20, violated
        // C: 3 calls, below the minimum sample of 5: insufficient (p90 = 1)
        assertThat(report.kpis()).extracting(KpiResult::group, KpiResult::outcome, KpiResult::value, KpiResult::denominator)
                .containsExactly(
                        tuple("A", Outcome.VIOLATED, Optional.of(new BigDecimal("35")), 1000L),
                        tuple("B", Outcome.VIOLATED, Optional.of(new BigDecimal("27")), 10L),
                        tuple("C", Outcome.INSUFFICIENT, Optional.of(new BigDecimal("1")), 3L));
    }

    @Test
    void counts_of_single_facts_add_up_to_the_batch() throws IOException {
        // GIVEN every fact judged on its own, as a stream processor keyed by fact would
        List<Fact> facts = Facts.readJsonLines(new StringReader(facts())).facts();
        List<KpiCount> counts = new ArrayList<>();
        Instant asOf = Instant.parse("2025-04-01T00:00:00Z");
        for (Fact fact : facts) {
            counts.addAll(RULES.judge(fact, asOf).kpiCounts());
        }

        // WHEN
        List<KpiResult> kpis = RULES.kpis(counts);

        // THEN
        assertThat(kpis).isEqualTo(RULES.evaluate(Facts.readJsonLines(new StringReader(facts())), asOf).kpis());
    }
}
