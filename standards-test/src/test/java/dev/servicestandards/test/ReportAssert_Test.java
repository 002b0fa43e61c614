package dev.servicestandards.test;

import static dev.servicestandards.test.StandardsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Finding;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Rejection;
import dev.servicestandards.api.Report;
import dev.servicestandards.model.Severity;

class ReportAssert_Test {

    private static Finding finding(String fact, String clause, Outcome outcome, String tier, long points) {
        return new Finding("s", "1.0.0", clause, fact, outcome, Severity.MAJOR, Optional.empty(),
                Optional.of(Duration.ZERO), Optional.empty(), Optional.ofNullable(tier),
                points == 0 ? Optional.empty() : Optional.of(new Finding.Charge(BigDecimal.valueOf(points), Optional.empty(), Optional.empty())),
                Map.of(), 0);
    }

    private static final Report REPORT = new Report(List.of(new Report.StandardRef("s", "1.0.0")), Instant.EPOCH,
            ZoneOffset.UTC, List.of(
                    finding("T1", "complaint.accept", Outcome.VIOLATED, "station", 2),
                    finding("T2", "complaint.accept", Outcome.PENDING, null, 0),
                    finding("T3", "complaint.answer", Outcome.MET, null, 0)),
            new Report.Summary(3, 1, 1, 1, 1), List.of(new Rejection(7, "events[0].at: not an ISO-8601 instant with offset")));

    @Test
    void passes_on_what_the_report_says() {
        assertThat(REPORT).hasViolation("complaint.accept").forFact("T1").atTier("station").withPoints(2);
        assertThat(REPORT).hasPending("complaint.accept").forFact("T2").withoutTier().withPoints(0);
        assertThat(REPORT).hasMet("complaint.answer").forFact("T3");
    }

    @Test
    void a_missing_violation_lists_the_findings() {
        assertThatThrownBy(() -> assertThat(REPORT).hasViolation("complaint.answer"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("%nExpecting a violated finding of clause complaint.answer but the report has:%n"
                        + "  T1 complaint.accept violated at tier station%n"
                        + "  T2 complaint.accept pending%n"
                        + "  T3 complaint.answer met", new Object[0]);
    }

    @Test
    void a_wrong_fact_names_the_facts_there_are() {
        assertThatThrownBy(() -> assertThat(REPORT).hasViolation("complaint.accept").forFact("T9"))
                .hasMessage("%nExpecting a complaint.accept violated finding for fact T9 but found it only for:%n"
                        + "  T1 complaint.accept violated at tier station", new Object[0]);
    }

    @Test
    void a_wrong_tier_names_the_tier_reached() {
        assertThatThrownBy(() -> assertThat(REPORT).hasViolation("complaint.accept").forFact("T1").atTier("branch"))
                .hasMessage("%nExpecting complaint.accept violated for T1 at tier branch but it reached station", new Object[0]);
        assertThatThrownBy(() -> assertThat(REPORT).hasPending("complaint.accept").atTier("branch"))
                .hasMessage("%nExpecting complaint.accept pending at tier branch but it reached (no tier)", new Object[0]);
    }

    @Test
    void wrong_points_are_named() {
        assertThatThrownBy(() -> assertThat(REPORT).hasViolation("complaint.accept").withPoints(5))
                .hasMessage("%nExpecting complaint.accept violated to cost 5 points but it costs 2", new Object[0]);
    }

    @Test
    void violations_and_rejected_lines_are_listed() {
        assertThatThrownBy(() -> assertThat(REPORT).hasNoViolations())
                .hasMessage("%nExpecting no violated finding but the report has:%n"
                        + "  T1 complaint.accept violated at tier station", new Object[0]);
        assertThatThrownBy(() -> assertThat(REPORT).hasNoRejectedLines())
                .hasMessage("%nExpecting no rejected line but found:%n"
                        + "  line 7: events[0].at: not an ISO-8601 instant with offset", new Object[0]);
    }
}
