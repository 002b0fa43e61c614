package dev.servicestandards.examples;

import static dev.servicestandards.test.StandardsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Finding;
import dev.servicestandards.api.Report;

/** The business-hall standard over a week of visits and counter requests (facts/hall-visits.jsonl). */
class BusinessHall_Test {

    private final Report report;

    BusinessHall_Test() throws IOException {
        report = ComplaintAudit.audit(Path.of("standards/business-hall-1.0.0.yaml"), Path.of("facts/hall-visits.jsonl"),
                Instant.parse("2025-03-10T04:00:00Z"));
    }

    @Test
    void a_model_visit_meets_every_clause() {
        assertThat(report.findings()).filteredOn(f -> f.fact().equals("V-4001")).extracting(Finding::outcome)
                .containsOnly(dev.servicestandards.model.Outcome.MET);
    }

    @Test
    void forbidden_phrases_are_each_a_finding_with_the_points_capped_at_9() {
        assertThat(report.findings()).filteredOn(f -> f.fact().equals("V-4003") && f.clause().equals("hall.forbidden-phrases"))
                .extracting(f -> f.evidence().get("text")).containsExactly("不知道", "找经理去", "没看我正忙着吗");
        assertThat(report.findings()).filteredOn(f -> f.fact().equals("V-4003") && f.clause().equals("hall.forbidden-phrases"))
                .extracting(f -> f.penalty().orElseThrow().points().intValue()).containsExactly(3, 3, 3);
        assertThat(report).hasViolation("hall.greeting").forFact("V-4003");
        assertThat(report).hasViolation("hall.vip-queue").forFact("V-4003").withPoints(1);
    }

    @Test
    void opening_hours_differ_on_saturday_and_the_hall_is_closed_on_sunday() {
        // R-5002, taken Saturday 16:30: 30 min to 17:00, Sunday closed, 1h30 from Monday 08:30: due Monday 10:00
        assertThat(deadline("R-5002")).isEqualTo(Instant.parse("2025-03-10T02:00:00Z"));
        assertThat(report).hasViolation("hall.request-done").forFact("R-5002").atTier("duty-manager");
        // R-5003, taken Sunday while closed: due Monday 10:30, still open at 12:00
        assertThat(deadline("R-5003")).isEqualTo(Instant.parse("2025-03-10T02:30:00Z"));
        // R-5001, taken Monday 17:00: due Tuesday 09:30, done 09:15
        assertThat(report).hasMet("hall.request-done").forFact("R-5001");
    }

    @Test
    void waits_per_site_by_the_nearest_rank_percentile() {
        // BJ-01 waits 4, 22, 9: the 90th percentile of three is the largest, 22 > 20
        assertThat(report.kpis()).filteredOn(k -> k.clause().equals("kpi.wait-p90") && k.group().equals("BJ-01"))
                .singleElement().satisfies(k -> assertThat(k.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("22")));
    }

    @Test
    void the_malformed_line_is_rejected_with_its_number() {
        assertThat(report.rejected()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(4));
        assertThat(report.summary().facts()).isEqualTo(8);
    }

    private Instant deadline(String fact) {
        return report.findings().stream().filter(f -> f.clause().equals("hall.request-done") && f.fact().equals(fact))
                .findFirst().orElseThrow().deadline().orElseThrow();
    }
}
