package dev.servicestandards.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static dev.servicestandards.rules.api.TestReports.at;
import static dev.servicestandards.rules.api.TestReports.finding;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Finding;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Rejection;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standards;

class RuleSet_calendars_Test {

    private static RuleSet rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleSets.compile(Standards.load(Path.of(RuleSet_calendars_Test.class.getResource("/standards/calendars.yaml").toURI())));
    }


    private static Report evaluate(String jsonLines, String asOf) throws IOException {
        return rules.evaluate(Facts.readJsonLines(new StringReader(jsonLines)), at(asOf));
    }


    @Test
    void three_working_days_skip_the_spring_festival() throws IOException {
        Report report = evaluate("""
                {"type":"ticket","id":"T","events":[{"name":"created","at":"2025-01-27T10:00:00+08:00"},{"name":"answered","at":"2025-02-07T17:00:00+08:00"}]}
                """, "2025-02-10T00:00:00");
        Finding f = finding(report, "T", "complaint.answer");
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.deadline()).contains(at("2025-02-08T00:00:00"));
        assertThat(f.limit()).contains("3 working days");
    }

    @Test
    void four_business_hours_with_a_pause_and_an_offset_counted_on_the_calendar() throws IOException {
        // reported Fri 16:00: 2h that day; waiting Mon 09:00–10:00 does not count; 2h more by 12:00
        Report report = evaluate("""
                {"type":"ticket","id":"F","events":[{"name":"reported","at":"2025-03-07T16:00:00+08:00"},{"name":"waiting","at":"2025-03-10T09:00:00+08:00"},{"name":"resumed","at":"2025-03-10T10:00:00+08:00"}]}
                """, "2025-03-10T15:00:00");
        Finding f = finding(report, "F", "fault.locate");
        assertThat(f.deadline()).contains(at("2025-03-10T12:00:00"));
        assertThat(f.outcome()).isEqualTo(Outcome.VIOLATED);
        // branch is 4 business hours after the deadline: lunch until 13:30, then 4h: 17:30
        assertThat(f.escalation()).contains("station");
        assertThat(f.measured()).contains(Duration.parse("PT5H30M"));
        Report later = evaluate("""
                {"type":"ticket","id":"F","events":[{"name":"reported","at":"2025-03-07T16:00:00+08:00"},{"name":"waiting","at":"2025-03-10T09:00:00+08:00"},{"name":"resumed","at":"2025-03-10T10:00:00+08:00"}]}
                """, "2025-03-10T17:30:00");
        assertThat(finding(later, "F", "fault.locate").escalation()).contains("branch");
    }

    @Test
    void a_date_beyond_the_shipped_years_leaves_that_judgement_unmade_and_names_the_line() throws IOException {
        Report report = rules.evaluate(new StringReader("""
                {"type":"ticket","id":"late-2026","events":[{"name":"created","at":"2026-12-30T10:00:00+08:00"}]}
                {"type":"ticket","id":"ok","events":[{"name":"created","at":"2026-12-01T10:00:00+08:00"}]}
                """), at("2026-12-31T00:00:00"), dev.servicestandards.rules.api.EvaluationOptions.DEFAULT);
        // 3 working days from Wednesday 30 December 2026 reach into 2027, whose arrangement is not known
        assertThat(report.unjudged()).containsExactly(new dev.servicestandards.api.Unjudged(1, "late-2026",
                rules.standard().id(), rules.standard().version().toString(), "complaint.answer",
                "calendar cn-workdays has no cn-official arrangement for 2027 (known: 2015–2026); cannot judge 2027-01-01"));
        assertThat(finding(report, "ok", "complaint.answer").outcome()).isEqualTo(Outcome.VIOLATED);
        assertThat(report.findings()).filteredOn(f -> f.fact().equals("late-2026")).extracting(Finding::clause)
                .doesNotContain("complaint.answer");
        // the fact was judged (on its other clauses): facts and rejected lines add up to the lines read
        assertThat(report.summary().facts()).isEqualTo(2);
        assertThat(report.summary().rejected()).isZero();
        assertThat(report.summary().unjudged()).isEqualTo(1);
        assertThat(report.rejected()).isEmpty();
    }
}
