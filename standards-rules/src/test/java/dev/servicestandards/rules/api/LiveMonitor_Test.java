package dev.servicestandards.rules.api;

import static dev.servicestandards.rules.api.TestReports.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.servicestandards.model.Event;
import dev.servicestandards.api.Standards;

class LiveMonitor_Test {

    static final RuleSet RULES = RuleSets.compile(Standards.parse("""
            standard: cn.telecom.monitor-test
            version: 1.0.0
            effective-from: 2025-01-01
            timezone: Asia/Shanghai
            calendars:
              office: { hours: "09:00-12:00,13:30-18:00" }
            clauses:
              - id: complaint.accept
                applies-to: { type: ticket, kind: complaint }
                time-limit: { from: created, to: accepted, within: 48h, pause: { from: suspended, to: resumed } }
                escalation:
                  - { at: 75%, tier: reminder }
                  - { at: 100%, tier: station }
                  - { at: 100% + 24h, tier: branch }
              - id: fault.locate
                applies-to: { type: ticket, kind: fault }
                time-limit: { from: created, to: located, within: 4h, calendar: office }
                escalation:
                  - { at: 100%, tier: station }
                  - { at: 100% + 4h, tier: branch }
            """, "monitor.yaml"));

    private final List<Escalation> fired = new ArrayList<>();

    private LiveMonitor monitor(String start) {
        return RULES.monitor(Clock.fixed(at(start), ZoneOffset.UTC), fired::add);
    }

    private static LiveEvent event(String fact, String kind, String name, String when) {
        return new LiveEvent(fact, "ticket", new Event(name, at(when)), Map.of("kind", kind), Map.of());
    }

    @Test
    void tiers_fire_once_each_in_time_order_at_their_instant() {
        try (LiveMonitor m = monitor("2025-03-03T00:00:00")) {
            m.accept(event("T1", "complaint", "created", "2025-03-03T09:00:00"));
            m.accept(event("T2", "complaint", "created", "2025-03-03T10:00:00"));
            m.advanceTo(at("2025-03-05T09:00:00"));
            m.advanceTo(at("2025-03-05T09:00:00"));
            assertThat(fired).extracting(Escalation::fact, Escalation::tier, Escalation::at).containsExactly(
                    tuple("T1", "reminder", at("2025-03-04T21:00:00")),
                    tuple("T2", "reminder", at("2025-03-04T22:00:00")),
                    tuple("T1", "station", at("2025-03-05T09:00:00")));
            assertThat(m.openClocks()).isEqualTo(2);
        }
    }

    @Test
    void a_stop_cancels_the_tiers_not_yet_fired_and_wins_at_the_same_instant() {
        try (LiveMonitor m = monitor("2025-03-03T00:00:00")) {
            m.accept(event("T1", "complaint", "created", "2025-03-03T09:00:00"));
            m.accept(event("T1", "complaint", "accepted", "2025-03-05T09:00:00"));
            m.advanceTo(at("2025-03-09T00:00:00"));
            assertThat(fired).extracting(Escalation::tier).containsExactly("reminder");
            assertThat(m.openClocks()).isZero();
        }
    }

    @Test
    void a_stop_wins_at_its_instant_even_after_another_facts_event_at_that_instant() {
        // T2's station tier falls due at 2025-03-05T09:00 (created + 48h); T1's event at that
        // instant comes first, then T2's stop at the same instant: as in batch evaluation, the
        // stop wins and the station tier never fires. What is due at an instant is judged when
        // time moves past it, or when the monitor is advanced to it.
        try (LiveMonitor m = monitor("2025-03-03T00:00:00")) {
            m.accept(event("T2", "complaint", "created", "2025-03-03T09:00:00"));
            m.accept(event("T1", "complaint", "created", "2025-03-05T09:00:00"));
            m.accept(event("T2", "complaint", "accepted", "2025-03-05T09:00:00"));
            m.advanceTo(at("2025-03-05T09:00:00"));
            assertThat(fired).extracting(Escalation::fact, Escalation::tier).containsExactly(tuple("T2", "reminder"));
        }
    }

    @Test
    void a_pause_moves_the_tiers_and_business_hours_count() {
        try (LiveMonitor m = monitor("2025-03-07T00:00:00")) {
            m.accept(event("T1", "complaint", "created", "2025-03-07T09:00:00"));
            m.accept(event("T1", "complaint", "suspended", "2025-03-07T10:00:00"));
            m.accept(event("T1", "complaint", "resumed", "2025-03-07T16:00:00"));
            // a fault reported Friday 16:00: 4 business hours end Monday 11:00, branch 4 more at 16:30
            m.accept(event("F1", "fault", "created", "2025-03-07T16:00:00"));
            m.advanceTo(at("2025-03-10T23:00:00"));
            assertThat(fired).extracting(Escalation::fact, Escalation::tier, Escalation::at).containsExactly(
                    tuple("T1", "reminder", at("2025-03-09T03:00:00")),
                    tuple("T1", "station", at("2025-03-09T15:00:00")),
                    tuple("F1", "station", at("2025-03-10T11:00:00")),
                    tuple("T1", "branch", at("2025-03-10T15:00:00")),
                    tuple("F1", "branch", at("2025-03-10T16:30:00")));
        }
    }

    @Test
    void a_restored_snapshot_loses_nothing_and_fires_nothing_twice() {
        String snapshot;
        try (LiveMonitor m = monitor("2025-03-03T00:00:00")) {
            m.accept(event("T1", "complaint", "created", "2025-03-03T09:00:00"));
            m.accept(event("T2", "complaint", "created", "2025-03-04T09:00:00"));
            m.advanceTo(at("2025-03-05T00:00:00"));
            snapshot = m.snapshot();
        }
        assertThat(fired).extracting(Escalation::fact, Escalation::tier).containsExactly(tuple("T1", "reminder"));
        assertThat(snapshot).startsWith("{\"format\":1,\"standard\":\"cn.telecom.monitor-test\",\"version\":\"1.0.0\","
                + "\"clock\":\"2025-03-04T16:00:00Z\",\"facts\":[{\"fact\":\"T1\",\"type\":\"ticket\",\"fields\":{\"kind\":\"complaint\"},")
                .contains("\"fired\":{\"complaint.accept\":[\"reminder\"]}");
        fired.clear();
        // the monitor was down for a day: what fell due meanwhile fires on restore, once
        try (LiveMonitor m = RULES.restoreMonitor(snapshot, Clock.fixed(at("2025-03-06T00:00:00"), ZoneOffset.UTC), fired::add)) {
            assertThat(fired).extracting(Escalation::fact, Escalation::tier).containsExactly(
                    tuple("T1", "station"), tuple("T2", "reminder"));
            m.accept(event("T2", "complaint", "accepted", "2025-03-06T01:00:00"));
            m.advanceTo(at("2025-03-10T00:00:00"));
            assertThat(fired).extracting(Escalation::fact, Escalation::tier).containsExactly(
                    tuple("T1", "station"), tuple("T2", "reminder"), tuple("T1", "branch"));
            assertThat(m.snapshot()).isEqualTo(m.snapshot());
        }
    }

    @Test
    void a_clock_driven_monitor_ticks_with_its_clock() {
        MutableClock clock = new MutableClock(at("2025-03-03T00:00:00"));
        try (LiveMonitor m = RULES.monitor(clock, fired::add)) {
            m.accept(event("T1", "complaint", "created", "2025-03-03T09:00:00"));
            clock.set(at("2025-03-04T20:59:59"));
            m.tick();
            assertThat(fired).isEmpty();
            clock.set(at("2025-03-04T21:00:00"));
            m.tick();
            assertThat(fired).extracting(Escalation::tier).containsExactly("reminder");
            assertThat(m.now()).isEqualTo(at("2025-03-04T21:00:00"));
        }
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private Instant instant;

        MutableClock(Instant instant) {
            this.instant = instant;
        }

        void set(Instant next) {
            instant = next;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
