package dev.servicestandards.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;
import dev.servicestandards.api.Finding;
import dev.servicestandards.api.Report;

/**
 * Live equals batch: for random event streams, the tiers the monitor has fired by instant T are
 * exactly the tiers the batch evaluation reports as reached at as-of T (the highest of them, as
 * tiers are reached in order), on a 24x7 clock with pauses and on business hours. Seeded: a
 * failure names its case.
 */
class LiveMonitor_equalsBatch_Test {

    private static final Instant START = Instant.parse("2025-03-03T00:00:00Z");
    private static final String[] KINDS = {"complaint", "fault"};

    private record Stream_(List<LiveEvent> events, List<Fact> facts, Instant asOf) {
    }

    private static Stream_ stream(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<LiveEvent> events = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = "F" + i;
            String kind = KINDS[random.nextInt(2)];
            List<Event> own = new ArrayList<>();
            Instant created = START.plus(Duration.ofMinutes(random.nextLong(0, 4 * 24 * 60)));
            own.add(new Event("created", created));
            Instant t = created;
            if (kind.equals("complaint") && random.nextBoolean()) {
                t = t.plus(Duration.ofMinutes(random.nextLong(1, 40 * 60)));
                own.add(new Event("suspended", t));
                if (random.nextBoolean()) {
                    t = t.plus(Duration.ofMinutes(random.nextLong(1, 30 * 60)));
                    own.add(new Event("resumed", t));
                }
            }
            if (random.nextInt(3) > 0) {
                Instant stop = t.plus(Duration.ofMinutes(random.nextLong(0, 80 * 60)));
                own.add(new Event(kind.equals("complaint") ? "accepted" : "located", stop));
            }
            facts.add(new Fact("ticket", id, Map.of("kind", kind), Map.of(), own, List.of()));
            for (Event e : own) {
                events.add(new LiveEvent(id, "ticket", e, Map.of("kind", kind), Map.of()));
            }
        }
        events.sort(Comparator.comparing(e -> e.event().at())); // stable: a fact's own order holds
        Instant asOf = START.plus(Duration.ofMinutes(random.nextLong(60, 9 * 24 * 60)));
        return new Stream_(events, facts, asOf);
    }

    @TestFactory
    Stream<DynamicTest> the_monitor_fires_what_the_batch_reports_reached() {
        return IntStream.range(0, 150).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Stream_ s = stream(seed);
            Map<String, String> live = new TreeMap<>();
            try (LiveMonitor m = LiveMonitor_Test.RULES.monitor(Clock.fixed(START, ZoneOffset.UTC),
                    e -> live.put(e.fact() + " " + e.clause(), e.tier()))) {
                for (LiveEvent e : s.events()) {
                    if (!e.event().at().isAfter(s.asOf())) {
                        m.accept(e);
                    }
                }
                m.advanceTo(s.asOf());
            }
            Report report = LiveMonitor_Test.RULES.evaluate(s.facts(), s.asOf());
            Map<String, String> batch = new TreeMap<>();
            for (Finding f : report.findings()) {
                f.escalation().ifPresent(tier -> batch.put(f.fact() + " " + f.clause(), tier));
            }
            assertThat(live).as("seed %d, as of %s", seed, s.asOf()).isEqualTo(batch);
        }));
    }

    @org.junit.jupiter.api.Test
    void the_generated_streams_escalate_at_every_tier_and_on_both_calendars() {
        Map<String, Integer> tiers = new TreeMap<>();
        for (int seed = 0; seed < 150; seed++) {
            Stream_ s = stream(seed);
            Report report = LiveMonitor_Test.RULES.evaluate(s.facts(), s.asOf());
            report.findings().forEach(f -> f.escalation().ifPresent(t -> tiers.merge(f.clause() + " " + t, 1, Integer::sum)));
        }
        assertThat(tiers).containsKeys("complaint.accept reminder", "complaint.accept station", "complaint.accept branch",
                "fault.locate station", "fault.locate branch");
    }
}
