package dev.servicestandards.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Finding;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standards;

/**
 * Clocks that repeat: one for each customer message, a ticket reopened after it was resolved
 * (resumed or restarted), and allowances chosen by priority.
 */
class RuleSet_cycles_Test {

    private static final RuleSet RULES = RuleSets.compile(Standards.parse("""
            standard: t.cycles
            version: 1.0.0
            effective-from: 2025-01-01
            timezone: UTC
            clauses:
              - id: reply
                applies-to: { type: interaction }
                time-limit: { from: customer-message, to: agent-reply, within: 4h, each: true }
                escalation:
                  - { at: 100%, tier: supervisor }
                penalty: { points: 1, per: fact }
              - id: resolve.resumed
                applies-to: { type: ticket }
                time-limit: { from: created, to: resolved, within: 10h, reopen: { on: reopened, clock: resume } }
              - id: resolve.restarted
                applies-to: { type: ticket }
                time-limit: { from: created, to: resolved, within: 10h, reopen: { on: reopened, clock: restart } }
              - id: restore
                applies-to: { type: ticket }
                time-limit: { from: created, to: restored, within: { by: priority, P1: 4h, P2: 8h, otherwise: 24h } }
                escalation:
                  - { at: 50%, tier: half }
            """, "cycles.yaml"));

    private static Report evaluate(String lines, String asOf) throws IOException {
        return RULES.evaluate(Facts.readJsonLines(new StringReader(lines)), Instant.parse(asOf));
    }

    @Test
    void every_customer_message_opens_a_clock_that_the_next_agent_reply_stops() throws IOException {
        // messages at 08:00 and 09:00 are both answered at 10:00 (2h and 1h: met); the one at 13:00 is answered at
        // 18:00 (5h: violated); the one at 20:00 is still open at 23:00 (3h: pending)
        Report report = evaluate("""
                {"type":"interaction","id":"chat","events":[\
                {"name":"customer-message","at":"2025-03-03T08:00:00Z"},{"name":"customer-message","at":"2025-03-03T09:00:00Z"},\
                {"name":"agent-reply","at":"2025-03-03T10:00:00Z"},{"name":"customer-message","at":"2025-03-03T13:00:00Z"},\
                {"name":"agent-reply","at":"2025-03-03T18:00:00Z"},{"name":"customer-message","at":"2025-03-03T20:00:00Z"}]}
                """, "2025-03-03T23:00:00Z");
        List<Finding> reply = report.findings().stream().filter(f -> f.clause().equals("reply")).toList();
        assertThat(reply).extracting(Finding::position, f -> f.outcome().label(), Finding::deadline).containsExactly(
                tuple(0, "met", java.util.Optional.of(Instant.parse("2025-03-03T12:00:00Z"))),
                tuple(1, "met", java.util.Optional.of(Instant.parse("2025-03-03T13:00:00Z"))),
                tuple(2, "violated", java.util.Optional.of(Instant.parse("2025-03-03T17:00:00Z"))),
                tuple(3, "pending", java.util.Optional.of(Instant.parse("2025-03-04T00:00:00Z"))));
        // the one late reply reached the supervisor tier, and costs its point (per fact)
        assertThat(reply.get(2).escalation()).contains("supervisor");
        assertThat(reply.get(2).penalty().orElseThrow().points()).isEqualByComparingTo("1");
    }

    @Test
    void a_reopened_ticket_resumes_or_restarts_its_clock() throws IOException {
        // created 00:00, resolved 06:00, reopened 12:00, resolved again 18:00:
        // resumed: 6h + 6h = 12h used of 10h, the time closed (06:00-12:00) not counting: violated, deadline 16:00
        // restarted: 6h of 10h (met), then 6h of a fresh 10h from 12:00 (met, deadline 22:00)
        Report report = evaluate("""
                {"type":"ticket","id":"T","events":[{"name":"created","at":"2025-03-03T00:00:00Z"},{"name":"resolved","at":"2025-03-03T06:00:00Z"},\
                {"name":"reopened","at":"2025-03-03T12:00:00Z"},{"name":"resolved","at":"2025-03-03T18:00:00Z"}]}
                """, "2025-03-04T00:00:00Z");
        assertThat(report.findings()).filteredOn(f -> f.clause().startsWith("resolve"))
                .extracting(Finding::clause, Finding::position, f -> f.outcome().label(), Finding::deadline, Finding::measured)
                .containsExactly(
                        tuple("resolve.restarted", 0, "met", java.util.Optional.of(Instant.parse("2025-03-03T10:00:00Z")),
                                java.util.Optional.of(java.time.Duration.ofHours(6))),
                        tuple("resolve.restarted", 1, "met", java.util.Optional.of(Instant.parse("2025-03-03T22:00:00Z")),
                                java.util.Optional.of(java.time.Duration.ofHours(6))),
                        tuple("resolve.resumed", 0, "violated", java.util.Optional.of(Instant.parse("2025-03-03T16:00:00Z")),
                                java.util.Optional.of(java.time.Duration.ofHours(12))));
        // reopened and not resolved again by as-of 14:00: the resumed clock runs (6h + 2h = 8h, pending)
        Report open = evaluate("""
                {"type":"ticket","id":"T","events":[{"name":"created","at":"2025-03-03T00:00:00Z"},{"name":"resolved","at":"2025-03-03T06:00:00Z"},\
                {"name":"reopened","at":"2025-03-03T12:00:00Z"}]}
                """, "2025-03-03T14:00:00Z");
        assertThat(open.findings()).filteredOn(f -> f.clause().equals("resolve.resumed"))
                .extracting(f -> f.outcome().label(), Finding::measured)
                .containsExactly(tuple("pending", java.util.Optional.of(java.time.Duration.ofHours(8))));
    }

    @Test
    void the_allowance_is_chosen_by_priority_and_tiers_are_shares_of_it() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (String p : List.of("P1", "P2", "P3")) {
            lines.append("{\"type\":\"ticket\",\"id\":\"").append(p).append("\",\"priority\":\"").append(p)
                    .append("\",\"events\":[{\"name\":\"created\",\"at\":\"2025-03-03T00:00:00Z\"}]}\n");
        }
        lines.append("{\"type\":\"ticket\",\"id\":\"none\",\"events\":[{\"name\":\"created\",\"at\":\"2025-03-03T00:00:00Z\"}]}\n");
        Report report = evaluate(lines.toString(), "2025-03-03T05:00:00Z");
        // P1: 4h (violated at 05:00, half at 02:00); P2: 8h (pending, half at 04:00 reached); P3 and none: 24h (pending, half at 12:00)
        assertThat(report.findings()).filteredOn(f -> f.clause().equals("restore"))
                .extracting(Finding::fact, f -> f.outcome().label(), Finding::limit, Finding::escalation)
                .containsExactly(
                        tuple("P1", "violated", java.util.Optional.of("PT4H"), java.util.Optional.of("half")),
                        tuple("P2", "pending", java.util.Optional.of("PT8H"), java.util.Optional.of("half")),
                        tuple("P3", "pending", java.util.Optional.of("PT24H"), java.util.Optional.empty()),
                        tuple("none", "pending", java.util.Optional.of("PT24H"), java.util.Optional.empty()));
    }

    @Test
    void the_live_monitor_fires_a_tier_for_each_clock() {
        List<Escalation> fired = new ArrayList<>();
        java.time.Clock start = java.time.Clock.fixed(Instant.parse("2025-03-03T07:00:00Z"), java.time.ZoneOffset.UTC);
        try (LiveMonitor monitor = RULES.monitor(start, fired::add)) {
            monitor.accept(LiveEvent.of("chat", "interaction", new dev.servicestandards.model.Event("customer-message",
                    Instant.parse("2025-03-03T08:00:00Z"))));
            monitor.accept(LiveEvent.of("chat", "interaction", new dev.servicestandards.model.Event("customer-message",
                    Instant.parse("2025-03-03T09:00:00Z"))));
            monitor.advanceTo(Instant.parse("2025-03-03T14:00:00Z"));
        }
        assertThat(fired).extracting(Escalation::at, Escalation::tier, Escalation::clock).containsExactly(
                tuple(Instant.parse("2025-03-03T12:00:00Z"), "supervisor", 0),
                tuple(Instant.parse("2025-03-03T13:00:00Z"), "supervisor", 1));
    }
}
