package dev.servicestandards.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Finding;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standards;

/** Penalties counted per started hour late and per escalation tier reached. */
class RuleSet_penalties_Test {

    private static final RuleSet RULES = RuleSets.compile(Standards.parse("""
            standard: t.penalties
            version: 1.0.0
            effective-from: 2025-01-01
            timezone: UTC
            clauses:
              - id: restore.hourly
                time-limit: { from: reported, to: restored, within: 4h }
                penalty: { points: 1, per: hour-late, max: 10, amount: 100, currency: CNY }
              - id: restore.tiers
                time-limit: { from: reported, to: restored, within: 4h }
                escalation:
                  - { at: 100%, tier: station }
                  - { at: 100% + 2h, tier: branch }
                  - { at: 100% + 4h, tier: headquarters }
                penalty: { points: 2, per: tier }
            """, "penalties.yaml"));

    private static Report evaluate(String restored) throws IOException {
        String events = "{\"name\":\"reported\",\"at\":\"2025-03-03T00:00:00Z\"}"
                + (restored == null ? "" : ",{\"name\":\"restored\",\"at\":\"2025-03-03T" + restored + ":00Z\"}");
        return RULES.evaluate(Facts.readJsonLines(new StringReader("{\"type\":\"ticket\",\"id\":\"F\",\"events\":["
                + events + "]}\n")), Instant.parse("2025-03-04T00:00:00Z"));
    }

    private static String points(Report report, String clause) {
        return report.findings().stream().filter(f -> f.clause().equals(clause)).findFirst()
                .flatMap(Finding::penalty).map(c -> c.points().stripTrailingZeros().toPlainString()).orElse("none");
    }

    @Test
    void each_started_hour_late_costs_its_points_up_to_the_max() throws IOException {
        // restored at 06:30: 2h30m late, 3 hours started: 3 points (and the amount, once)
        Report late = evaluate("06:30");
        assertThat(points(late, "restore.hourly")).isEqualTo("3");
        assertThat(late.findings()).filteredOn(f -> f.clause().equals("restore.hourly")).extracting(f -> f.penalty().get().amount())
                .containsExactly(java.util.Optional.of(new java.math.BigDecimal("100")));
        // exactly 1h late: one hour started; 4h00m00s restored on time costs nothing (met)
        assertThat(points(evaluate("05:00"), "restore.hourly")).isEqualTo("1");
        assertThat(points(evaluate("04:00"), "restore.hourly")).isEqualTo("none");
        // never restored, as of the next midnight: 20 hours late, capped at 10
        assertThat(points(evaluate(null), "restore.hourly")).isEqualTo("10");
    }

    @Test
    void each_tier_reached_costs_its_points() throws IOException {
        // restored at 07:00: station (04:00) and branch (06:00) reached, headquarters (08:00) not: 2 tiers, 4 points
        Report report = evaluate("07:00");
        assertThat(report.findings()).filteredOn(f -> f.clause().equals("restore.tiers"))
                .extracting(Finding::escalation, f -> f.penalty().get().points().toPlainString())
                .containsExactly(tuple(java.util.Optional.of("branch"), "4"));
        // restored at 04:00 exactly: the stop at the same instant as the station tier wins: met, no charge
        assertThat(points(evaluate("04:00"), "restore.tiers")).isEqualTo("none");
        // never restored: all three tiers, 6 points
        assertThat(points(evaluate(null), "restore.tiers")).isEqualTo("6");
    }

    @Test
    void per_hour_or_tier_needs_a_clock() {
        var report = dev.servicestandards.internal.load.StandardParser.parse("p.yaml", """
                standard: t.penalties
                version: 1.0.0
                effective-from: 2025-01-01
                timezone: UTC
                clauses:
                  - id: rings
                    limit: { attribute: rings, at-most: 3 }
                    penalty: { points: 1, per: tier }
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)).report();
        assertThat(report.errors()).extracting(Object::toString).containsExactly(
                "p.yaml:8:32: clauses[0].penalty.per: a penalty per tier needs a clock: only time-limit and follow-up clauses run late or reach tiers [STD-E052]");
    }
}
