package dev.servicestandards.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Facts;
import dev.servicestandards.api.KpiResult;
import dev.servicestandards.api.QualitySummary;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ScoreResult;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.rules.api.RuleSets;

/**
 * The quality summary of the first quarter's sample tickets, and its agreement with the report:
 * grouped the way the standard's own KPIs and scores are, the summary must find what the rules
 * found.
 */
class QualityReview_Test {

    private static final Standard STANDARD = Standards.load(Path.of("standards/complaint-handling-1.0.0.yaml"));
    private static final Instant AS_OF = Instant.parse("2025-03-31T16:00:00Z");

    private static FactBatch quarter() throws IOException {
        return Facts.readJsonLines(Path.of("facts/complaints-q1.jsonl"));
    }

    @Test
    void grouped_like_the_standard_the_summary_finds_the_report_s_kpis() throws IOException {
        // GIVEN the standard's kpi.resolution-rate, which groups by agent per month
        FactBatch facts = quarter();
        Report report = RuleSets.compile(STANDARD).evaluate(facts, AS_OF);

        // WHEN
        QualitySummary byAgent = QualitySummary.of(QualitySummary.Spec.of("agent", ClauseKind.Period.MONTH),
                List.of(STANDARD), report, facts.facts());

        // THEN every monthly KPI result of the report is in the summary, the same
        List<KpiResult> monthly = report.kpis().stream().filter(k -> k.clause().equals("kpi.resolution-rate")).toList();
        assertThat(monthly).isNotEmpty();
        assertThat(byAgent.rows()).flatExtracting(QualitySummary.Row::kpis)
                .filteredOn(k -> k.clause().equals("kpi.resolution-rate")).containsExactlyInAnyOrderElementsOf(monthly);
    }

    @Test
    void grouped_like_the_standard_the_summary_finds_the_report_s_scores() throws IOException {
        // GIVEN scoring by agent over the whole input: one year
        FactBatch facts = quarter();
        Report report = RuleSets.compile(STANDARD).evaluate(facts, AS_OF);

        // WHEN
        QualitySummary byAgent = QualitySummary.of(QualitySummary.Spec.of("agent", ClauseKind.Period.YEAR),
                List.of(STANDARD), report, facts.facts());

        // THEN
        assertThat(byAgent.rows()).flatExtracting(QualitySummary.Row::scores)
                .containsExactlyElementsOf(report.scores());
        assertThat(byAgent.rows()).extracting(QualitySummary.Row::violated).containsExactlyElementsOf(
                report.scores().stream().map(ScoreResult::violations).toList());
    }

    @Test
    void the_monthly_summary_per_site() throws IOException {
        // WHEN
        QualitySummary summary = QualityReview.monthlyBySite(STANDARD, quarter(), AS_OF);

        // THEN three sites for three months; SH-03 slipped in March
        assertThat(summary.rows()).hasSize(9);
        QualitySummary.Row shanghaiMarch = summary.rows().get(8);
        assertThat(shanghaiMarch.group()).isEqualTo("SH-03");
        assertThat(shanghaiMarch.period()).isEqualTo("2025-03");
        assertThat(shanghaiMarch.scores()).extracting(s -> s.total().toPlainString(), ScoreResult::grade)
                .containsExactly(tuple("82", Optional.of("良好")));
        assertThat(shanghaiMarch.topViolations()).extracting(QualitySummary.ClauseCount::clause,
                QualitySummary.ClauseCount::violations).startsWith(tuple("complaint.callbacks", 3L));
        assertThat(shanghaiMarch.change().orElseThrow().violated()).isEqualTo(7);
    }

    @Test
    void the_meeting_reads_it_in_chinese() throws IOException {
        StringWriter html = new StringWriter();
        QualityReview.write(STANDARD, quarter(), AS_OF, html);
        assertThat(html.toString()).contains("<h2>月度服务质量小结（按 site）</h2>", "投诉按时答复率不低于90%", "良好");
    }
}
