package dev.servicestandards.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Finding;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standards;
import dev.servicestandards.model.Event;

/**
 * Follow-ups: a clock that another clause's finding starts (a tier reached, a deadline passed
 * unmet), one for each clock that calls for it, in batch and live. Office hours are 09:00-18:00
 * UTC, Monday to Friday; 2025-03-03 is a Monday.
 */
class RuleSet_followUp_Test {

    private static final RuleSet RULES = RuleSets.compile(Standards.parse("""
            standard: t.follow-up
            version: 1.0.0
            effective-from: 2025-01-01
            timezone: UTC
            calendars:
              office:
                hours: "09:00-18:00"
            clauses:
              - id: answer
                applies-to: { type: ticket }
                time-limit: { from: created, to: answered, within: 72h, each: true }
                escalation:
                  - { at: 100%, tier: station }
                  - { at: 100% + 24h, tier: branch }
              - id: callback
                applies-to: { type: ticket }
                follow-up:
                  after: { clause: answer, tier: branch }
                  to: supervisor-callback
                  within: { by: priority, P1: 2h, otherwise: 4h }
                  calendar: office
                  pause: { from: customer-away, to: customer-back }
                escalation:
                  - { at: 100%, tier: branch-manager }
                penalty: { points: 1, per: hour-late, max: 8 }
              - id: apology
                follow-up:
                  after: { clause: answer, outcome: violated }
                  to: apology
                  within: 24h
                penalty: { points: 2 }
              - id: hq
                follow-up:
                  after: { clause: callback, outcome: violated }
                  to: hq-call
                  within: 8h
            """, "follow-up.yaml"));

    private static Report evaluate(String lines, String asOf) throws IOException {
        return RULES.evaluate(Facts.readJsonLines(new StringReader(lines)), Instant.parse(asOf));
    }

    private static List<Finding> of(Report report, String fact) {
        return report.findings().stream().filter(f -> f.fact().equals(fact)).toList();
    }

    @Test
    void a_tier_reached_and_a_deadline_missed_start_follow_ups_that_chain() throws IOException {
        // A (P2) is created Mon 09:00 and never answered: the answer is due Thu 03-06 09:00 (violated, station
        // then), branch falls due Fri 03-07 09:00.
        // apology: from the missed deadline Thu 09:00, within 24h = Fri 09:00; apologised Thu 20:00: met.
        // callback: from branch Fri 09:00, 4 office hours = Fri 13:00 (branch-manager then); the call at Fri 08:00
        // came before the follow-up started and does not count; the one at 15:00 is 2h late: 2 points.
        // hq: from the callback's missed deadline Fri 13:00, within 8h = Fri 21:00; no call by 22:00: violated.
        Report report = evaluate("""
                {"type":"ticket","id":"A","priority":"P2","events":[{"name":"created","at":"2025-03-03T09:00:00Z"},\
                {"name":"apology","at":"2025-03-06T20:00:00Z"},{"name":"supervisor-callback","at":"2025-03-07T08:00:00Z"},\
                {"name":"supervisor-callback","at":"2025-03-07T15:00:00Z"}]}
                """, "2025-03-07T22:00:00Z");

        assertThat(of(report, "A")).extracting(Finding::clause, f -> f.outcome().label(), Finding::deadline,
                Finding::escalation, f -> f.penalty().map(p -> p.points().intValue()))
                .containsExactlyInAnyOrder(
                        tuple("answer", "violated", Optional.of(Instant.parse("2025-03-06T09:00:00Z")), Optional.of("branch"),
                                Optional.empty()),
                        tuple("apology", "met", Optional.of(Instant.parse("2025-03-07T09:00:00Z")), Optional.empty(),
                                Optional.empty()),
                        tuple("callback", "violated", Optional.of(Instant.parse("2025-03-07T13:00:00Z")),
                                Optional.of("branch-manager"), Optional.of(2)),
                        tuple("hq", "violated", Optional.of(Instant.parse("2025-03-07T21:00:00Z")), Optional.empty(),
                                Optional.empty()));
        Finding callback = of(report, "A").stream().filter(f -> f.clause().equals("callback")).findFirst().orElseThrow();
        // the follow-up's evidence: when it started (after), and the stop event that counted
        assertThat(callback.evidence()).containsEntry("after", "2025-03-07T09:00:00Z")
                .containsEntry("supervisor-callback", "2025-03-07T15:00:00Z");
        assertThat(callback.measured()).contains(Duration.ofHours(6));
    }

    @Test
    void the_allowance_is_chosen_by_priority_and_a_pause_open_at_the_start_holds_the_clock() throws IOException {
        // B (P1): branch Fri 09:00 starts the callback with 2 office hours; the customer was away from 08:00 to 10:00,
        // so the clock runs from 10:00: due 12:00. Called back 11:30: met (without the pause it would be due 11:00).
        // No apology by Fri 22:00: the apology follow-up, due Fri 09:00, is violated. hq: the callback was met, none.
        Report report = evaluate("""
                {"type":"ticket","id":"B","priority":"P1","events":[{"name":"created","at":"2025-03-03T09:00:00Z"},\
                {"name":"customer-away","at":"2025-03-07T08:00:00Z"},{"name":"customer-back","at":"2025-03-07T10:00:00Z"},\
                {"name":"supervisor-callback","at":"2025-03-07T11:30:00Z"}]}
                """, "2025-03-07T22:00:00Z");

        assertThat(of(report, "B")).extracting(Finding::clause, f -> f.outcome().label(), Finding::deadline, Finding::limit)
                .containsExactlyInAnyOrder(
                        tuple("answer", "violated", Optional.of(Instant.parse("2025-03-06T09:00:00Z")), Optional.of("PT72H")),
                        tuple("apology", "violated", Optional.of(Instant.parse("2025-03-07T09:00:00Z")), Optional.of("PT24H")),
                        tuple("callback", "met", Optional.of(Instant.parse("2025-03-07T12:00:00Z")), Optional.of("PT2H")));
    }

    @Test
    void each_clock_that_calls_for_a_follow_up_gets_its_own_and_nothing_else_does() throws IOException {
        // C: the first complaint (Mon 09:00) is answered at 10:00, met: no follow-up. The second (Mon 03-10 09:00)
        // is not answered: due Thu 03-13 09:00, violated then; its apology runs from then, due Fri 09:00, pending at
        // 08:00. Branch (Fri 09:00) is not reached yet: no callback.
        // D: answered in time: no follow-up at all.
        Report report = evaluate("""
                {"type":"ticket","id":"C","events":[{"name":"created","at":"2025-03-03T09:00:00Z"},\
                {"name":"answered","at":"2025-03-03T10:00:00Z"},{"name":"created","at":"2025-03-10T09:00:00Z"}]}
                {"type":"ticket","id":"D","events":[{"name":"created","at":"2025-03-10T09:00:00Z"},\
                {"name":"answered","at":"2025-03-11T09:00:00Z"}]}
                """, "2025-03-14T08:00:00Z");

        assertThat(report.findings()).extracting(Finding::fact, Finding::clause, Finding::position, f -> f.outcome().label(),
                Finding::deadline, Finding::escalation).containsExactlyInAnyOrder(
                        tuple("C", "answer", 0, "met", Optional.of(Instant.parse("2025-03-06T09:00:00Z")), Optional.empty()),
                        tuple("C", "answer", 1, "violated", Optional.of(Instant.parse("2025-03-13T09:00:00Z")),
                                Optional.of("station")),
                        tuple("C", "apology", 1, "pending", Optional.of(Instant.parse("2025-03-14T09:00:00Z")),
                                Optional.empty()),
                        tuple("D", "answer", 0, "met", Optional.of(Instant.parse("2025-03-13T09:00:00Z")), Optional.empty()));
    }

    @Test
    void the_live_monitor_escalates_a_follow_up_at_its_minute() {
        // A, live: station Thu 09:00 and branch Fri 09:00 of the answer; the callback that branch starts reaches
        // branch-manager at Fri 13:00 (4 office hours)
        List<Escalation> fired = new ArrayList<>();
        java.time.Clock start = java.time.Clock.fixed(Instant.parse("2025-03-03T08:00:00Z"), java.time.ZoneOffset.UTC);
        try (LiveMonitor monitor = RULES.monitor(start, fired::add)) {
            monitor.accept(new LiveEvent("A", "ticket", new Event("created", Instant.parse("2025-03-03T09:00:00Z")),
                    java.util.Map.of(), java.util.Map.of("priority", "P2")));
            monitor.accept(LiveEvent.of("A", "ticket", new Event("apology", Instant.parse("2025-03-06T20:00:00Z"))));
            monitor.advanceTo(Instant.parse("2025-03-07T22:00:00Z"));
        }
        assertThat(fired).extracting(Escalation::at, Escalation::clause, Escalation::tier).containsExactly(
                tuple(Instant.parse("2025-03-06T09:00:00Z"), "answer", "station"),
                tuple(Instant.parse("2025-03-07T09:00:00Z"), "answer", "branch"),
                tuple(Instant.parse("2025-03-07T13:00:00Z"), "callback", "branch-manager"));
    }

    @Test
    void judging_one_fact_agrees_with_the_batch() throws IOException {
        String line = """
                {"type":"ticket","id":"A","priority":"P2","events":[{"name":"created","at":"2025-03-03T09:00:00Z"},\
                {"name":"supervisor-callback","at":"2025-03-07T15:00:00Z"}]}
                """;
        Instant asOf = Instant.parse("2025-03-07T22:00:00Z");
        Report batch = evaluate(line, asOf.toString());
        dev.servicestandards.model.Fact fact = Facts.readJsonLines(new StringReader(line)).facts().get(0);

        Judgement judgement = RULES.judge(fact, asOf);

        assertThat(judgement.findings()).containsExactlyInAnyOrderElementsOf(batch.findings());
    }
}
