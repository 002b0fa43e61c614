package dev.servicestandards.flink;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.rules.api.LiveEvent;
import dev.servicestandards.rules.api.LiveEvents;
import dev.servicestandards.rules.api.LiveMonitor;
import dev.servicestandards.rules.api.RuleSet;

/** Random live-event streams for the complaint standards, and what the in-process monitor makes of them. */
public final class LiveStreams {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The example standards, as the examples module ships them. */
    public static Standard standard(String file) {
        return Standards.load(Path.of("..", "standards-examples", "standards", file));
    }

    /** A stream: lines in time order, the same lines as they arrive (out of order by up to the lateness), and its end. */
    public record Stream(List<String> inTimeOrder, List<String> arriving, Instant until) {
    }

    private record Line(Instant at, long delay, int seq, String text) {
    }

    /**
     * {@code tickets} complaints (and a few other tickets) over a week: created, then some of accepted,
     * suspended, resumed, investigated and answered, some exactly at a tier's instant. Each ticket's lines
     * arrive delayed by the same random amount under {@code lateness}, so lines of different tickets come out
     * of order and a ticket's own lines stay in order (its first line names its type).
     */
    public static Stream random(long seed, int tickets, Duration lateness) {
        Random random = new Random(seed);
        Instant base = Instant.parse("2025-03-02T16:00:00Z");
        List<Line> lines = new ArrayList<>();
        int seq = 0;
        long[] exact = {18, 24, 36, 48, 60, 72, 96, 120};
        for (int i = 0; i < tickets; i++) {
            String id = String.format("T-%05d", i);
            long delay = lateness.isZero() ? 0 : (long) (random.nextDouble() * lateness.toMillis());
            // each ticket a millisecond of its own: no two tickets have events at one instant. The in-process monitor
            // lets a stop win over a tier at its instant only when no other fact's event came first at that instant
            // (it judges what is due there after that event); the job decides each fact's instant on its own.
            Instant created = base.plus(Duration.ofMinutes(random.nextInt(7 * 24 * 60))).plusMillis(i + 1);
            String kind = random.nextInt(10) == 0 ? "inquiry" : "complaint";
            lines.add(new Line(created, delay, seq++, "{\"fact\":\"" + id + "\",\"type\":\"ticket\",\"kind\":\"" + kind
                    + "\",\"event\":{\"name\":\"created\",\"at\":\"" + created + "\"}}"));
            Instant at = created;
            for (String name : List.of("accepted", "suspended", "resumed", "investigated", "answered")) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                Duration step = random.nextInt(3) == 0 ? Duration.ofHours(exact[random.nextInt(exact.length)])
                        : Duration.ofMinutes(random.nextInt(80 * 60));
                Instant when = name.equals("accepted") || random.nextBoolean() ? created.plus(step) : at.plus(step);
                if (when.isBefore(at)) {
                    when = at;
                }
                at = when;
                lines.add(new Line(when, delay, seq++, "{\"fact\":\"" + id + "\",\"event\":{\"name\":\"" + name + "\",\"at\":\""
                        + when + "\"}}"));
            }
        }
        List<Line> byTime = new ArrayList<>(lines);
        byTime.sort(Comparator.comparing(Line::at).thenComparing(Line::seq));
        List<Line> arriving = new ArrayList<>(lines);
        arriving.sort(Comparator.comparing((Line l) -> l.at().plusMillis(l.delay())).thenComparing(Line::seq));
        Instant last = byTime.get(byTime.size() - 1).at();
        return new Stream(byTime.stream().map(Line::text).toList(), arriving.stream().map(Line::text).toList(),
                last.plus(Duration.ofDays(4)));
    }

    /** The escalations the in-process monitor reports for lines in time order, replayed up to {@code until}. */
    public static List<String> monitored(RuleSet rules, List<String> inTimeOrder, Instant until) throws IOException {
        List<LiveEvent> events = new ArrayList<>();
        LiveEvents.readJsonLines(new StringReader(String.join("\n", inTimeOrder)), events::add, r -> { });
        List<String> fired = new ArrayList<>();
        try (LiveMonitor monitor = rules.monitor(Clock.fixed(events.get(0).event().at(), ZoneOffset.UTC),
                e -> fired.add(e.at() + " " + e.clause() + " " + e.fact() + " " + e.tier() + " " + e.clock()))) {
            for (LiveEvent e : events) {
                monitor.accept(e);
            }
            monitor.advanceTo(until);
        }
        fired.sort(null);
        return fired;
    }

    /** The job's escalation lines in the monitor's terms, sorted. */
    public static List<String> comparable(List<String> jsonLines) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : jsonLines) {
            JsonNode e = JSON.readTree(line);
            out.add(java.time.OffsetDateTime.parse(e.path("at").asText()).toInstant() + " " + e.path("clause").asText() + " "
                    + e.path("fact").asText() + " " + e.path("tier").asText() + " " + e.path("clock").asInt(0));
        }
        out.sort(null);
        return out;
    }

    private LiveStreams() {
    }
}
