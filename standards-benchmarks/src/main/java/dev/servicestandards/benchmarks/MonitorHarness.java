package dev.servicestandards.benchmarks;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.servicestandards.model.Event;
import dev.servicestandards.api.Standards;
import dev.servicestandards.rules.api.LiveEvent;
import dev.servicestandards.rules.api.LiveMonitor;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/**
 * Heap per open ticket in the live monitor, and escalations fired per second.
 *
 * <pre>java -Xmx16g -cp standards-benchmarks/target/benchmarks.jar dev.servicestandards.benchmarks.MonitorHarness 1000000</pre>
 */
public final class MonitorHarness {

    private MonitorHarness() {
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    public static void main(String[] args) throws InterruptedException {
        int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path standard = Path.of(args.length > 1 ? args[1] : "standards-examples/standards/complaint-handling-1.0.0.yaml");
        RuleSet rules = RuleSets.compile(Standards.load(standard));
        Instant start = Instant.parse("2025-03-03T00:00:00Z");
        AtomicLong fired = new AtomicLong();
        // baseline, same run: the same tickets as plain Fact objects in a list, the least a CRM holds
        long empty = usedAfterGc();
        java.util.List<dev.servicestandards.model.Fact> plain = new java.util.ArrayList<>(tickets);
        for (int i = 0; i < tickets; i++) {
            plain.add(new dev.servicestandards.model.Fact("ticket", "T-" + i, Map.of("kind", "complaint"), Map.of(),
                    java.util.List.of(new Event("created", start.plusSeconds(i % 200_000))), java.util.List.of()));
        }
        long baseline = (usedAfterGc() - empty) / tickets;
        System.out.printf("baseline: %,d bytes per ticket held as a plain Fact%n", baseline);
        plain = null;
        try (LiveMonitor monitor = rules.monitor(Clock.fixed(start, ZoneOffset.UTC), e -> fired.incrementAndGet())) {
            long before = usedAfterGc();
            long t0 = System.nanoTime();
            for (int i = 0; i < tickets; i++) {
                // one ticket a second over the first days of March
                Instant created = start.plusSeconds(i % 200_000);
                monitor.accept(new LiveEvent("T-" + i, "ticket", new Event("created", created), Map.of("kind", "complaint"), Map.of()));
            }
            long accepted = System.nanoTime() - t0;
            long after = usedAfterGc();
            System.out.printf("%,d open tickets (%,d with a clock still open), accepted in %s (%,.0f events/s)%n", tickets,
                    monitor.openClocks(), Duration.ofNanos(accepted), tickets / (accepted / 1e9));
            System.out.printf("heap: %,d MB more, %,d bytes per open ticket (%.1f× the plain Fact)%n",
                    (after - before) / 1_048_576, (after - before) / tickets, (double) (after - before) / tickets / baseline);
            long t1 = System.nanoTime();
            monitor.advanceTo(start.plus(Duration.ofDays(12)));
            long advanced = System.nanoTime() - t1;
            System.out.printf("%,d escalations fired in %s: %,.0f escalations/s%n", fired.get(), Duration.ofNanos(advanced),
                    fired.get() / (advanced / 1e9));
        }
    }
}
