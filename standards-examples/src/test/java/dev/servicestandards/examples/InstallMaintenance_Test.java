package dev.servicestandards.examples;

import static dev.servicestandards.test.StandardsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Finding;
import dev.servicestandards.api.Report;

/** The install-and-maintenance standard over a week of field work (facts/field-work.jsonl). */
class InstallMaintenance_Test {

    private final Report report;

    InstallMaintenance_Test() throws IOException {
        report = ComplaintAudit.audit(Path.of("standards/install-maintenance-1.0.0.yaml"), Path.of("facts/field-work.jsonl"),
                Instant.parse("2025-03-09T16:00:00Z"));
    }

    @Test
    void a_fault_handled_by_the_book_meets_every_clause() {
        // F-2001: answered in 15 min, located in 2h of 4h, on site 10 min after the appointment, restored in 7h
        assertThat(report).hasMet("visit.response").forFact("F-2001");
        assertThat(report).hasMet("fault.locate").forFact("F-2001");
        assertThat(report).hasMet("visit.punctual").forFact("F-2001");
        assertThat(report).hasMet("fault.restore").forFact("F-2001");
        assertThat(report).hasMet("install.record-complete").forFact("F-2001");
    }

    @Test
    void restoring_13_hours_late_costs_a_point_an_hour_up_to_10_and_calls_for_a_supervisor() {
        // F-2002, reported 08:00, restored the next day at 21:00: 37h of 24h, 13 hours late, capped at 10 points;
        // the branch was reached at 100% + 12h = 20:00, so the callback was due at 22:00 and came at 23:40
        assertThat(report).hasViolation("fault.restore").forFact("F-2002").atTier("branch").withPoints(10);
        assertThat(report).hasViolation("fault.branch-callback").forFact("F-2002").withPoints(1);
        assertThat(deadline("fault.branch-callback", "F-2002")).isEqualTo(Instant.parse("2025-03-04T14:00:00Z"));
        // a P1 line: located in 3h30 of 2h, the branch is due at 200% = 4h and was not reached
        assertThat(report).hasViolation("fault.locate").forFact("F-2002").atTier("station").withPoints(2);
    }

    @Test
    void a_reopened_fault_resumes_its_clock_and_pays_for_each_hour_begun() {
        // F-2004: 11h to the first restoration, 14h30 after reopening: 25h30 of 24h, 1h30 late is 2 hours begun
        assertThat(report).hasViolation("fault.restore").forFact("F-2004").atTier("station").withPoints(2);
    }

    @Test
    void a_second_fault_on_a_line_within_7_days_is_a_repeat() {
        assertThat(report).hasMet("fault.repeat").forFact("F-2001");
        assertThat(report).hasViolation("fault.repeat").forFact("F-2003").withPoints(2);
    }

    @Test
    void installations_count_working_days_and_charge_money_beside_points() {
        // I-3003, ordered Monday 03-03: due at the end of Thursday 03-06, installed Saturday 10:00, past the branch (Friday 24:00)
        assertThat(report).hasViolation("install.complete").forFact("I-3003").atTier("branch").withPoints(3);
        Finding late = finding("install.complete", "I-3003");
        assertThat(late.penalty().orElseThrow().amount()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(new BigDecimal("50")));
        // rural I-3002 has 5 working days; relocation I-3004 is not selected at all
        assertThat(report).hasMet("install.complete").forFact("I-3002");
        assertThat(report.findings()).noneMatch(f -> f.fact().equals("I-3004") && f.clause().equals("install.complete"));
    }

    @Test
    void percentiles_and_rates_per_site() {
        // BJ-01 on-site minutes 45, 150, 90: the nearest-rank 90th percentile of three is the largest, 150 > 120
        assertThat(report.kpis()).filteredOn(k -> k.clause().equals("kpi.onsite-minutes-p90") && k.group().equals("BJ-01"))
                .singleElement().satisfies(k -> assertThat(k.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("150")));
        // BJ-01 restored two faults of three in time: 66.67% < 90%
        assertThat(report.kpis()).filteredOn(k -> k.clause().equals("kpi.restore-rate") && k.group().equals("BJ-01"))
                .singleElement().satisfies(k -> {
                    assertThat(k.outcome()).isEqualTo(dev.servicestandards.model.Outcome.VIOLATED);
                    assertThat(k.numerator()).isEqualByComparingTo("2");
                    assertThat(k.denominator()).isEqualTo(3);
                });
    }

    @Test
    void the_malformed_line_is_rejected_with_its_number_and_the_others_are_judged() {
        assertThat(report.rejected()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(6));
        assertThat(report.findings()).extracting(Finding::fact).contains("F-2005", "I-3004").doesNotContain("F-2006");
    }

    private Finding finding(String clause, String fact) {
        return report.findings().stream().filter(f -> f.clause().equals(clause) && f.fact().equals(fact)).findFirst()
                .orElseThrow();
    }

    private Instant deadline(String clause, String fact) {
        return finding(clause, fact).deadline().orElseThrow();
    }
}
