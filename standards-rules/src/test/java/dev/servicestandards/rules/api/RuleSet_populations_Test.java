package dev.servicestandards.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.KpiResult;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.ScoreResult;
import dev.servicestandards.api.Standards;

class RuleSet_populations_Test {

    private static final RuleSet RULES = RuleSets.compile(Standards.parse("""
            standard: cn.telecom.test-populations
            version: 1.0.0
            effective-from: 2025-01-01
            timezone: Asia/Shanghai
            clauses:
              - id: complaint.answer
                applies-to: { type: ticket }
                dimension: responsiveness
                time-limit: { from: created, to: answered, within: 24h }
                penalty: { points: 10 }
              - id: call.greeting
                applies-to: { type: interaction }
                dimension: quality
                required-phrase: { speaker: agent, position: first, any-of: [您好] }
                penalty: { points: 15 }
              - id: kpi.answer-rate
                kpi:
                  rate-of: { clause: complaint.answer, outcome: met }
                  among: { type: ticket }
                  group-by: agent
                  period: month
                  at-least: 60%
                  min-sample: 2
              - id: kpi.resolved
                kpi: { rate-of: { attribute: resolved, equals: true }, at-least: 0.5 }
              - id: kpi.satisfaction
                kpi: { average-of: { attribute: satisfaction }, group-by: agent, at-least: 4 }
            scoring:
              base: 100
              group-by: agent
              dimensions: { responsiveness: 60, quality: 40 }
              grades: [ { at-least: 90, grade: 优秀 }, { at-least: 60, grade: 合格 }, { grade: 不合格 } ]
            """, "populations.yaml"));

    private static final String FACTS = """
            {"type":"ticket","id":"T1","agent":"A","events":[{"name":"created","at":"2025-03-03T09:00:00+08:00"},{"name":"answered","at":"2025-03-03T10:00:00+08:00"}],"attributes":{"resolved":true,"satisfaction":5}}
            {"type":"ticket","id":"T2","agent":"A","events":[{"name":"created","at":"2025-03-31T23:00:00+08:00"},{"name":"answered","at":"2025-04-03T10:00:00+08:00"}],"attributes":{"resolved":false,"satisfaction":3}}
            {"type":"ticket","id":"T3","agent":"A","events":[{"name":"created","at":"2025-03-05T09:00:00+08:00"}],"attributes":{"resolved":true}}
            {"type":"ticket","id":"T4","agent":"B","events":[{"name":"created","at":"2025-03-05T09:00:00+08:00"},{"name":"answered","at":"2025-03-05T09:30:00+08:00"}],"attributes":{"satisfaction":4}}
            {"type":"ticket","id":"T5","agent":"B","events":[{"name":"created","at":"2025-03-06T09:00:00+08:00"},{"name":"answered","at":"2025-03-06T09:30:00+08:00"}]}
            {"type":"interaction","id":"C1","agent":"B","utterances":[{"speaker":"agent","text":"喂"}]}
            {"type":"ticket","id":"T6","events":[{"name":"created","at":"2025-03-06T09:00:00+08:00"}]}
            """;

    private static Report evaluate() throws IOException {
        return RULES.evaluate(new StringReader(FACTS), Instant.parse("2025-04-10T00:00:00Z"), EvaluationOptions.DEFAULT);
    }

    @Test
    void kpis_per_group_and_period_with_min_sample() throws IOException {
        Report report = evaluate();
        assertThat(report.kpis()).filteredOn(k -> k.clause().equals("kpi.answer-rate"))
                .extracting(KpiResult::group, KpiResult::period, KpiResult::outcome, KpiResult::numerator, KpiResult::denominator)
                .containsExactly(
                        tuple("(none)", "2025-03", Outcome.INSUFFICIENT, BigDecimal.ZERO, 1L),
                        // A: T1 met, T3 never answered; T2 was created at 23:00 on 31 March in
                        // Shanghai, so it counts in March (it is April in UTC only later)
                        tuple("A", "2025-03", Outcome.VIOLATED, BigDecimal.ONE, 3L),
                        tuple("B", "2025-03", Outcome.MET, new BigDecimal("2"), 2L));
    }

    @Test
    void rates_of_attributes_and_means_leave_out_facts_without_the_attribute() throws IOException {
        Report report = evaluate();
        KpiResult resolved = report.kpis().stream().filter(k -> k.clause().equals("kpi.resolved")).findFirst().orElseThrow();
        assertThat(resolved.group()).isEqualTo("all");
        assertThat(resolved.period()).isEqualTo("all");
        assertThat(resolved.numerator()).isEqualByComparingTo("2");
        assertThat(resolved.denominator()).isEqualTo(3);
        assertThat(resolved.outcome()).isEqualTo(Outcome.MET);
        assertThat(report.kpis()).filteredOn(k -> k.clause().equals("kpi.satisfaction"))
                .extracting(KpiResult::group, KpiResult::outcome, k -> k.value().map(BigDecimal::stripTrailingZeros))
                .containsExactly(tuple("A", Outcome.MET, Optional.of(new BigDecimal("4"))),
                        tuple("B", Outcome.MET, Optional.of(new BigDecimal("4"))));
    }

    @Test
    void scores_per_group_and_dimension_with_grades() throws IOException {
        Report report = evaluate();
        // A: T2 and T3 violated complaint.answer: 20 of 60 responsiveness points lost -> 40 + 40 = 80
        // B: C1 greeting violated: 15 of 40 quality points -> 60 + 25 = 85; (none): T6 violated -> 50 + 40 = 90
        assertThat(report.scores()).extracting(ScoreResult::group, s -> s.total().stripTrailingZeros().toPlainString(),
                ScoreResult::grade, ScoreResult::facts)
                .containsExactly(tuple("(none)", "90", Optional.of("优秀"), 1L),
                        tuple("A", "80", Optional.of("合格"), 3L), tuple("B", "85", Optional.of("合格"), 3L));
        ScoreResult a = report.scores().get(1);
        assertThat(a.dimensions().get("responsiveness")).isEqualByComparingTo("40");
        assertThat(a.points().get("responsiveness")).isEqualByComparingTo("20");
    }

    @Test
    void reports_print_kpis_and_scores() throws IOException {
        StringWriter json = new StringWriter();
        ReportFormat.JSON.write(evaluate(), false, json);
        assertThat(json.toString())
                .contains("{\"standard\":\"cn.telecom.test-populations\",\"version\":\"1.0.0\",\"clause\":\"kpi.answer-rate\",\"group\":\"A\",\"period\":\"2025-03\",\"outcome\":\"violated\",\"value\":0.3333,\"numerator\":1,\"denominator\":3,\"target\":\"at-least 0.6\"}")
                .contains("{\"standard\":\"cn.telecom.test-populations\",\"version\":\"1.0.0\",\"group\":\"A\",\"total\":80,\"grade\":\"合格\",\"dimensions\":{\"responsiveness\":40,\"quality\":40},\"points\":{\"responsiveness\":20,\"quality\":0},\"facts\":3,\"violations\":2}");
        StringWriter text = new StringWriter();
        ReportFormat.TEXT.write(evaluate(), false, text);
        assertThat(text.toString()).contains("""
                KPI               GROUP   PERIOD   OUTCOME       VALUE   SAMPLE  TARGET
                kpi.answer-rate   (none)  2025-03  insufficient  0       1       ≥ 0.6
                kpi.answer-rate   A       2025-03  violated      0.3333  3       ≥ 0.6
                """)
                .contains("GROUP   TOTAL  GRADE  RESPONSIVENESS  QUALITY");
    }

    @Test
    void streaming_and_batch_evaluation_give_the_same_report() throws IOException {
        StringWriter streamed = new StringWriter();
        ReportFormat.JSON.write(evaluate(), true, streamed);
        StringWriter batch = new StringWriter();
        ReportFormat.JSON.write(RULES.evaluate(dev.servicestandards.api.Facts.readJsonLines(new StringReader(FACTS)),
                Instant.parse("2025-04-10T00:00:00Z")), true, batch);
        assertThat(streamed.toString()).isEqualTo(batch.toString());
    }

    @Test
    void dropping_met_findings_keeps_every_count() throws IOException {
        Report lean = RULES.evaluate(new StringReader(FACTS), Instant.parse("2025-04-10T00:00:00Z"),
                EvaluationOptions.DEFAULT.withKeepMet(false));
        Report full = evaluate();
        assertThat(lean.findings()).noneMatch(f -> f.outcome() == Outcome.MET).hasSize(4);
        assertThat(lean.summary()).isEqualTo(full.summary());
        assertThat(lean.kpis()).isEqualTo(full.kpis());
        assertThat(lean.scores()).isEqualTo(full.scores());
    }

    @Test
    void progress_is_reported_every_chunk() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 25_000; i++) {
            lines.append("{\"type\":\"ticket\",\"id\":\"T").append(i).append("\"}\n");
        }
        java.util.List<Long> seen = new java.util.ArrayList<>();
        Report report = RULES.evaluate(new StringReader(lines.toString()), Instant.parse("2025-04-10T00:00:00Z"),
                EvaluationOptions.DEFAULT.withProgress(seen::add));
        assertThat(seen).containsExactly(10_000L, 20_000L);
        assertThat(report.summary().facts()).isEqualTo(25_000);
    }
}
