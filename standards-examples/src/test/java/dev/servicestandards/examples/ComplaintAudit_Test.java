package dev.servicestandards.examples;

import static dev.servicestandards.test.StandardsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standards;
import dev.servicestandards.api.ValidationReport;

class ComplaintAudit_Test {

    private static final Path STANDARD = Path.of("standards/complaint-handling-1.0.0.yaml");
    private static final Path FACTS = Path.of("facts/complaints.jsonl");

    @Test
    void every_example_standard_is_valid() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("standards"))) {
            files.forEach(file -> {
                ValidationReport report = Standards.validate(file);
                assertThat(report.errors()).as("%s", report).isEmpty();
                // the 2026 complaint revision and the install standard are in force with no end date
                // and count working days: the loader warns that the official calendar data ends with 2026
                boolean openEndedOnOfficialDays = file.endsWith("complaint-handling-1.1.0.yaml")
                        || file.endsWith("install-maintenance-1.0.0.yaml");
                assertThat(report.warnings()).as("%s", report).extracting(p -> p.code().code())
                        .isEqualTo(openEndedOnOfficialDays ? java.util.List.of("STD-W003") : java.util.List.of());
            });
        }
    }

    @Test
    void the_sample_tickets_come_out_as_the_source_documents_demand() throws IOException {
        Report report = ComplaintAudit.audit(STANDARD, FACTS, Instant.parse("2025-03-09T16:00:00Z"));

        assertThat(report).hasViolation("complaint.accept").forFact("T-1001").atTier("station").withPoints(2);
        assertThat(report).hasMet("complaint.investigate").forFact("T-1002");     // the customer's wait did not count
        assertThat(report).hasViolation("complaint.answer").forFact("T-1002").atTier("station").withPoints(5);
        assertThat(report).hasViolation("complaint.record-complete").forFact("T-1002");
        assertThat(report).hasViolation("complaint.accept").forFact("T-1003").atTier("headquarters");
        assertThat(report).hasViolation("complaint.callbacks").forFact("T-1003");
        assertThat(report).hasPending("complaint.answer").forFact("T-1004").withoutTier();
        assertThat(report).hasPending("complaint.investigate").forFact("T-1005");  // paused: waiting for the customer
        assertThat(report).hasPending("complaint.answer").forFact("T-1005");       // the weekend does not count
        assertThat(report).hasMet("complaint.answer").forFact("T-1008");           // nor does the Spring Festival
        assertThat(report.findings()).noneMatch(f -> f.fact().equals("T-1006"));  // an enquiry, not a complaint
        assertThat(report.rejected()).extracting(r -> r.line()).containsExactly(7L, 8L);
    }

    @Test
    void agents_get_kpis_and_weighted_scores() throws IOException {
        Report report = ComplaintAudit.audit(STANDARD, FACTS, Instant.parse("2025-03-09T16:00:00Z"));
        // A-17 in March: T-1001 answered in time, T-1002 late
        assertThat(report.kpis()).filteredOn(k -> k.clause().equals("kpi.resolution-rate") && k.group().equals("A-17")
                && k.period().equals("2025-03")).singleElement()
                .satisfies(k -> {
                    assertThat(k.outcome()).isEqualTo(dev.servicestandards.model.Outcome.VIOLATED);
                    assertThat(k.denominator()).isEqualTo(2);
                });
        // A-17 lost 7 responsiveness points (2 + 5) and 1 quality point
        assertThat(report.scores()).filteredOn(s -> s.group().equals("A-17")).singleElement().satisfies(s -> {
            assertThat(s.total()).isEqualByComparingTo("92");
            assertThat(s.grade()).contains("优秀");
            assertThat(s.points().get("responsiveness")).isEqualByComparingTo("7");
        });
    }
}
