package dev.servicestandards.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Finding;
import dev.servicestandards.api.KpiResult;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.Standards;
import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;
import dev.servicestandards.model.KpiCount;
import dev.servicestandards.model.Occurrence;
import dev.servicestandards.model.Outcome;

/** Repeats: "at most 2 complaints by one customer in 30 days", decided among every fact, in batch and live. */
class RuleSet_repeat_Test {

    private static final RuleSet RULES = RuleSets.compile(Standards.parse("""
            standard: t.repeat
            version: 1.0.0
            effective-from: 2025-01-01
            timezone: UTC
            clauses:
              - id: complaint.repeat
                applies-to: { type: ticket, kind: complaint }
                dimension: reliability
                repeat: { key: customer, within: 30 days, at-most: 2, dated-by: created }
                penalty: { points: 5 }
              - id: kpi.repeat-rate
                kpi:
                  rate-of: { clause: complaint.repeat, outcome: violated }
                  at-most: 10%
            scoring:
              base: 100
              group-by: agent
              dimensions: { reliability: 100 }
              grades: [ { at-least: 95, grade: 优秀 }, { grade: 合格 } ]
            """, "repeat.yaml"));

    private static String complaint(String id, String customer, String created) {
        return "{\"type\":\"ticket\",\"id\":\"" + id + "\",\"kind\":\"complaint\",\"agent\":\"A\""
                + (customer == null ? "" : ",\"customer\":\"" + customer + "\"")
                + ",\"events\":[{\"name\":\"created\",\"at\":\"" + created + "\"}]}\n";
    }

    /**
     * C1's five complaints, read out of date order and 600 faults apart (so that they are judged in
     * different chunks); C2's one; three of C3's on one instant; one without a customer.
     */
    private static String facts() {
        List<String> c1 = List.of(complaint("c1-0405", "C1", "2025-04-05T10:00:00Z"), complaint("c1-0301", "C1", "2025-03-01T10:00:00Z"),
                complaint("c1-0425", "C1", "2025-04-25T10:00:00Z"), complaint("c1-0320", "C1", "2025-03-20T10:00:00Z"),
                complaint("c1-0310", "C1", "2025-03-10T10:00:00Z"));
        StringBuilder lines = new StringBuilder();
        for (String line : c1) {
            lines.append(line);
            for (int i = 0; i < 600; i++) {
                lines.append("{\"type\":\"ticket\",\"id\":\"f").append(lines.length()).append(i)
                        .append("\",\"kind\":\"fault\",\"customer\":\"C1\",\"events\":[{\"name\":\"created\",\"at\":\"2025-03-15T00:00:00Z\"}]}\n");
            }
        }
        lines.append(complaint("c2", "C2", "2025-03-05T10:00:00Z"));
        lines.append(complaint("s3", "C3", "2025-03-05T10:00:00Z")).append(complaint("s1", "C3", "2025-03-05T10:00:00Z"))
                .append(complaint("s2", "C3", "2025-03-05T10:00:00Z"));
        lines.append(complaint("anonymous", null, "2025-03-05T10:00:00Z"));
        return lines.toString();
    }

    private static final Instant AS_OF = Instant.parse("2025-05-01T00:00:00Z");

    @Test
    void the_fact_that_makes_one_too_many_in_its_window_is_violated() throws IOException {
        Report report = RULES.evaluate(Facts.readJsonLines(new StringReader(facts())), AS_OF);

        // C1 by date: 03-01 (none before: met), 03-10 (03-01: met), 03-20 (03-01, 03-10: two before within
        // 30 days, violated), 04-05 (window after 03-06: 03-10, 03-20, violated), 04-25 (window after 03-26:
        // 04-05 only, met). C3's three on one instant count in id order: s3 has s1 and s2 before it.
        // The report lists findings by fact; the complaint without a customer has none.
        assertThat(report.findings()).extracting(Finding::fact, f -> f.outcome().label(), f -> f.evidence().get("earlier"))
                .containsExactly(
                        tuple("c1-0301", "met", List.of()),
                        tuple("c1-0310", "met", List.of("c1-0301")),
                        tuple("c1-0320", "violated", List.of("c1-0301", "c1-0310")),
                        tuple("c1-0405", "violated", List.of("c1-0310", "c1-0320")),
                        tuple("c1-0425", "met", List.of("c1-0405")),
                        tuple("c2", "met", List.of()),
                        tuple("s1", "met", List.of()),
                        tuple("s2", "met", List.of("s1")),
                        tuple("s3", "violated", List.of("s1", "s2")));
        assertThat(report.findings().get(3).evidence()).containsEntry("customer", "C1").containsEntry("at", "2025-04-05T10:00:00Z");
        assertThat(report.findings().get(3).penalty().orElseThrow().points()).isEqualByComparingTo("5");
        // 3 violations in 9: 33.33% > 10%
        assertThat(report.kpis()).extracting(KpiResult::outcome, KpiResult::numerator, KpiResult::denominator)
                .containsExactly(tuple(Outcome.VIOLATED, BigDecimal.valueOf(3), 9L));
        // agent A: 15 of 100 reliability points lost; the faults, with no agent, lost none
        assertThat(report.scores()).extracting(dev.servicestandards.api.ScoreResult::group, s -> s.total().intValue())
                .containsExactly(tuple("(none)", 100), tuple("A", 85));
        assertThat(report.summary().violated()).isEqualTo(3);
    }

    @Test
    void two_threads_give_the_same_report() throws IOException {
        StringWriter one = new StringWriter();
        ReportFormat.JSON.write(RULES.evaluate(new StringReader(facts()), AS_OF, EvaluationOptions.DEFAULT), false, one);
        StringWriter two = new StringWriter();
        ReportFormat.JSON.write(RULES.evaluate(new StringReader(facts()), AS_OF, EvaluationOptions.DEFAULT.withParallelism(2)),
                false, two);

        assertThat(two.toString()).isEqualTo(one.toString());
    }

    @Test
    void facts_judged_one_at_a_time_report_as_the_batch_does() throws IOException {
        // GIVEN each fact judged alone, its occurrences gathered, and the repeats decided among them
        FactBatch batch = Facts.readJsonLines(new StringReader(facts()));
        List<Judgement> judgements = new ArrayList<>();
        List<Occurrence> occurrences = new ArrayList<>();
        List<KpiCount> counts = new ArrayList<>();
        for (Fact fact : batch.facts()) {
            Judgement j = RULES.judge(fact, AS_OF);
            judgements.add(j);
            occurrences.addAll(j.occurrences());
            counts.addAll(j.kpiCounts());
        }
        Repeats repeats = RULES.repeats(occurrences);
        counts.addAll(repeats.kpiCounts());

        // WHEN
        Report report = RULES.report(AS_OF, judgements, RULES.kpis(counts), List.of(), EvaluationOptions.DEFAULT);

        // THEN
        StringWriter streamed = new StringWriter();
        ReportFormat.JSON.write(report, false, streamed);
        StringWriter expected = new StringWriter();
        ReportFormat.JSON.write(RULES.evaluate(batch, AS_OF), false, expected);
        assertThat(streamed.toString()).isEqualTo(expected.toString());
        assertThat(repeats.findings()).hasSize(9);
    }

    private static LiveEvent created(String id, String customer, String at) {
        return new LiveEvent(id, "ticket", new Event("created", Instant.parse(at)), Map.of("kind", "complaint",
                "customer", customer, "agent", "A"), Map.of());
    }

    @Test
    void the_live_monitor_reports_a_repeat_when_it_happens_once_across_a_restart() {
        List<Escalation> fired = new ArrayList<>();
        java.time.Clock start = java.time.Clock.fixed(Instant.parse("2025-02-28T00:00:00Z"), java.time.ZoneOffset.UTC);
        String snapshot;
        try (LiveMonitor monitor = RULES.monitor(start, fired::add)) {
            monitor.accept(created("c1-0301", "C1", "2025-03-01T10:00:00Z"));
            monitor.accept(created("c1-0310", "C1", "2025-03-10T10:00:00Z"));
            monitor.accept(created("other", "C9", "2025-03-15T10:00:00Z"));
            monitor.accept(created("c1-0320", "C1", "2025-03-20T10:00:00Z"));
            snapshot = monitor.snapshot();
        }
        try (LiveMonitor monitor = RULES.restoreMonitor(snapshot, start, fired::add)) {
            monitor.accept(created("c1-0405", "C1", "2025-04-05T10:00:00Z"));
            // 04-25: only 04-05 is in its window
            monitor.accept(created("c1-0425", "C1", "2025-04-25T10:00:00Z"));
            monitor.advanceTo(Instant.parse("2025-06-30T00:00:00Z"));
            assertThat(monitor.openClocks()).isZero();
        }

        assertThat(fired).extracting(Escalation::at, Escalation::fact, Escalation::clause, Escalation::tier).containsExactly(
                tuple(Instant.parse("2025-03-20T10:00:00Z"), "c1-0320", "complaint.repeat", "violated"),
                tuple(Instant.parse("2025-04-05T10:00:00Z"), "c1-0405", "complaint.repeat", "violated"));
    }
}
