package dev.servicestandards.examples;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import dev.servicestandards.model.Event;
import dev.servicestandards.api.Standards;
import dev.servicestandards.rules.api.LiveEvent;
import dev.servicestandards.rules.api.LiveMonitor;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/**
 * Plays a CRM for a few simulated days: tickets are created, accepted and suspended as events
 * arrive, the monitor escalates what is late to the station, the branch and headquarters, and a
 * restart in the middle (snapshot, then restore) loses nothing and repeats nothing.
 */
public final class CrmEscalations {

    private CrmEscalations() {
    }

    public static void main(String[] args) {
        Path standardFile = Path.of(args.length > 0 ? args[0] : "standards-examples/standards/complaint-handling-1.0.0.yaml");
        RuleSet rules = RuleSets.compile(Standards.load(standardFile));
        Instant monday = Instant.parse("2025-03-03T00:00:00Z");

        String snapshot;
        try (LiveMonitor monitor = rules.monitor(Clock.fixed(monday, ZoneOffset.UTC), CrmEscalations::notifyTeam)) {
            monitor.accept(complaint("T-3001", "created", "2025-03-03T01:00:00Z"));
            monitor.accept(complaint("T-3002", "created", "2025-03-03T02:00:00Z"));
            monitor.accept(complaint("T-3001", "accepted", "2025-03-04T01:00:00Z"));
            monitor.advanceTo(Instant.parse("2025-03-05T12:00:00Z"));
            snapshot = monitor.snapshot();          // e.g. before a deployment
            System.out.println("-- restart: " + monitor.openClocks() + " open clocks saved --");
        }
        try (LiveMonitor monitor = rules.restoreMonitor(snapshot, Clock.fixed(Instant.parse("2025-03-05T12:00:00Z"),
                ZoneOffset.UTC), CrmEscalations::notifyTeam)) {
            monitor.accept(complaint("T-3002", "accepted", "2025-03-06T02:00:00Z"));
            monitor.advanceTo(Instant.parse("2025-03-10T00:00:00Z"));
        }
    }

    private static LiveEvent complaint(String id, String name, String at) {
        return new LiveEvent(id, "ticket", new Event(name, Instant.parse(at)), Map.of("kind", "complaint"), Map.of());
    }

    private static void notifyTeam(dev.servicestandards.rules.api.Escalation e) {
        System.out.printf("%s  %-8s %-22s -> %s%n", e.at(), e.fact(), e.clause(), e.tier());
    }
}
