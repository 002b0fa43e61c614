package dev.servicestandards.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.KpiResult;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.QualitySummary;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ScoreResult;

/** The quality summary of {@link ReportFixture}, by site and month. */
class QualitySummary_of_Test {

    private final QualitySummary summary = ReportFixture.summary();

    @Test
    void a_row_per_site_and_month_in_period_order() {
        // T1 anchors BJ-01 in February; T2 BJ-01 and T3 SH-03 in March
        assertThat(summary.rows()).extracting(QualitySummary.Row::period, QualitySummary.Row::group,
                QualitySummary.Row::facts, QualitySummary.Row::met, QualitySummary.Row::violated, QualitySummary.Row::pending)
                .containsExactly(tuple("2025-02", "BJ-01", 1L, 2L, 0L, 0L), tuple("2025-03", "BJ-01", 1L, 0L, 2L, 0L),
                        tuple("2025-03", "SH-03", 1L, 0L, 0L, 1L));
    }

    @Test
    void kpis_are_measured_over_the_summary_s_group_and_period() {
        // the accept rate of BJ-01: T1 met in February (1 of 1), T2 violated in March (0 of 1);
        // SH-03's only ticket is pending, which a rate of met outcomes does not count
        assertThat(summary.rows()).flatExtracting(QualitySummary.Row::kpis)
                .extracting(KpiResult::group, KpiResult::period, KpiResult::outcome, k -> k.value().map(BigDecimal::toPlainString),
                        KpiResult::denominator, KpiResult::target)
                .containsExactly(tuple("BJ-01", "2025-02", Outcome.MET, Optional.of("1"), 1L, "at-least 0.9"),
                        tuple("BJ-01", "2025-03", Outcome.VIOLATED, Optional.of("0"), 1L, "at-least 0.9"));
    }

    @Test
    void scores_follow_the_standard_s_scoring_per_row() {
        // BJ-01 in March: T2 lost 2 speed points (60 -> 58) and 1 quality point (40 -> 39): 97, 优秀
        assertThat(summary.rows()).flatExtracting(QualitySummary.Row::scores)
                .extracting(ScoreResult::group, s -> s.total().toPlainString(), ScoreResult::grade, ScoreResult::facts,
                        ScoreResult::violations)
                .containsExactly(tuple("BJ-01", "100", Optional.of("优秀"), 1L, 0L),
                        tuple("BJ-01", "97", Optional.of("优秀"), 1L, 2L), tuple("SH-03", "100", Optional.of("优秀"), 1L, 0L));
    }

    @Test
    void the_most_violated_clauses_most_first_then_by_id() {
        assertThat(summary.rows().get(1).topViolations()).extracting(QualitySummary.ClauseCount::clause,
                QualitySummary.ClauseCount::violations).containsExactly(tuple("accept", 1L), tuple("callbacks", 1L));
        QualitySummary top1 = QualitySummary.of(new QualitySummary.Spec("site", ClauseKind.Period.MONTH, 1),
                List.of(ReportFixture.STANDARD), ReportFixture.report(), ReportFixture.FACTS);
        assertThat(top1.rows().get(1).topViolations()).extracting(QualitySummary.ClauseCount::clause).containsExactly("accept");
    }

    @Test
    void the_change_from_the_previous_month_of_the_same_group() {
        // BJ-01: March minus February; the other rows have no previous month
        QualitySummary.Change change = summary.rows().get(1).change().orElseThrow();
        assertThat(change.period()).isEqualTo("2025-02");
        assertThat(change.facts()).isZero();
        assertThat(change.violated()).isEqualTo(2);
        assertThat(change.kpis()).extracting(QualitySummary.KpiChange::clause, c -> c.change().toPlainString())
                .containsExactly(tuple("kpi.accept-rate", "-1"));
        assertThat(change.scores()).extracting(QualitySummary.ScoreChange::standard, c -> c.change().toPlainString())
                .containsExactly(tuple("cn.test.report", "-3"));
        assertThat(summary.rows().get(0).change()).isEmpty();
        assertThat(summary.rows().get(2).change()).isEmpty();
    }

    @Test
    void by_quarter_everything_falls_in_one_period() {
        QualitySummary quarterly = QualitySummary.of(QualitySummary.Spec.of("site", ClauseKind.Period.QUARTER),
                List.of(ReportFixture.STANDARD), ReportFixture.report(), ReportFixture.FACTS);
        assertThat(quarterly.rows()).extracting(QualitySummary.Row::period, QualitySummary.Row::group, QualitySummary.Row::facts)
                .containsExactly(tuple("2025-Q1", "BJ-01", 2L), tuple("2025-Q1", "SH-03", 1L));
    }

    @Test
    void facts_without_the_field_form_the_group_none() {
        QualitySummary byTeam = QualitySummary.of(QualitySummary.Spec.of("team", ClauseKind.Period.YEAR),
                List.of(ReportFixture.STANDARD), ReportFixture.report(), ReportFixture.FACTS);
        assertThat(byTeam.rows()).extracting(QualitySummary.Row::period, QualitySummary.Row::group, QualitySummary.Row::facts)
                .containsExactly(tuple("2025", "(none)", 3L));
    }

    @Test
    void a_report_without_its_met_findings_cannot_be_summarized() {
        // GIVEN the fixture without the two met findings of T1
        Report full = ReportFixture.report();
        Report open = new Report(full.standards(), full.asOf(), full.zone(), full.findings(Outcome.VIOLATED),
                full.kpis(), full.scores(), full.summary(), full.rejected());

        // THEN
        assertThatThrownBy(() -> QualitySummary.builder(QualitySummary.Spec.of("site", ClauseKind.Period.MONTH),
                List.of(ReportFixture.STANDARD), open)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keeps its met findings");
    }

    @Test
    void a_report_of_another_standard_cannot_be_summarized() {
        assertThatThrownBy(() -> QualitySummary.builder(QualitySummary.Spec.of("site", ClauseKind.Period.MONTH),
                List.of(), ReportFixture.report())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the report names cn.test.report 1.0.0, which is not among the standards given");
    }

    @Test
    void a_spec_needs_a_field_and_a_positive_top() {
        assertThatThrownBy(() -> QualitySummary.Spec.of(" ", ClauseKind.Period.MONTH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QualitySummary.Spec("site", ClauseKind.Period.MONTH, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("top must be at least 1, not 0");
    }
}
