package dev.servicestandards.spring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

import dev.servicestandards.spring.internal.MonitorStore;

/**
 * The {@code standards} actuator endpoint: {@code GET} lists the revisions in use, the files
 * refused, the monitor and its running time limits, and the webhook's backlog; {@code POST}
 * reloads the standard files now. Expose it like any endpoint
 * ({@code management.endpoints.web.exposure.include=health,standards}).
 */
@Endpoint(id = "standards")
public final class StandardsEndpoint {

    /** A revision in use. Times are ISO-8601 text. */
    public record RevisionView(String standard, String version, @Nullable String title, String effectiveFrom,
            @Nullable String effectiveUntil, String location, String contentHash, String loadedAt,
            @Nullable Integer openClocks) {
    }

    /** A file refused, with each problem on a line of its own. */
    public record RefusalView(String location, String at, List<String> problems) {
    }

    /** A running time limit. */
    public record ClockView(String standard, String version, String clause, String fact, String started,
            @Nullable String deadline, String outcome, @Nullable String tier, boolean paused) {
    }

    /** The monitor: its time, how many facts have a tier still to fire, and the time limits running. */
    public record MonitorView(String name, boolean durable, String time, int openClocks, List<ClockView> clocks,
            boolean clocksTruncated) {
    }

    /** Escalations waiting for webhook delivery, and given up. */
    public record WebhookView(long pending, long failed) {
    }

    /** What {@code GET /actuator/standards} answers. */
    public record Description(List<RevisionView> revisions, List<RefusalView> refused, @Nullable MonitorView monitor,
            @Nullable WebhookView webhook) {
    }

    /** What {@code POST /actuator/standards} answers: the revisions taken in and the files refused. */
    public record Reloaded(List<String> taken, List<RefusalView> refused) {
    }

    private final StandardsRegistry registry;
    private final @Nullable EscalationMonitor monitor;
    private final @Nullable MonitorStore deliveries;
    private final int maxClocks;

    /**
     * @param monitor    the monitor, if it runs
     * @param deliveries the store whose webhook backlog to show, if a webhook is configured
     * @param maxClocks  how many running time limits to list
     */
    public StandardsEndpoint(StandardsRegistry registry, @Nullable EscalationMonitor monitor,
            @Nullable MonitorStore deliveries, int maxClocks) {
        this.registry = registry;
        this.monitor = monitor;
        this.deliveries = deliveries;
        this.maxClocks = maxClocks;
    }

    @ReadOperation
    public Description describe() {
        Map<String, Integer> open = monitor != null && monitor.isRunning() ? monitor.openClocksByRevision() : Map.of();
        List<RevisionView> revisions = registry.current().revisions().stream().map(r -> new RevisionView(
                r.standard().id(), r.standard().version().toString(), r.standard().title().orElse(null),
                r.standard().effectiveFrom().toString(), r.standard().effectiveUntil().map(LocalDate::toString).orElse(null),
                r.location(), r.standard().contentHash(), r.loadedAt().toString(), open.get(r.coordinates()))).toList();
        MonitorView monitorView = null;
        if (monitor != null && monitor.isRunning()) {
            List<OpenClock> clocks = monitor.openClockList(maxClocks + 1);
            monitorView = new MonitorView(monitor.name(), monitor.isDurable(), monitor.now().toString(),
                    monitor.openClocks(), clocks.stream().limit(maxClocks).map(StandardsEndpoint::view).toList(),
                    clocks.size() > maxClocks);
        }
        WebhookView webhook = null;
        if (deliveries != null) {
            MonitorStore.DeliveryCounts counts = deliveries.deliveryCounts();
            webhook = new WebhookView(counts.pending(), counts.failed());
        }
        return new Description(revisions, refusals(registry.refusals()), monitorView, webhook);
    }

    @WriteOperation
    public Reloaded reload() {
        StandardsRegistry.ReloadResult result = registry.reload();
        return new Reloaded(result.taken().stream().map(StandardsRegistry.Revision::coordinates).toList(),
                refusals(result.refused()));
    }

    private static List<RefusalView> refusals(List<StandardsRegistry.Refusal> refusals) {
        return refusals.stream().map(r -> new RefusalView(r.location(), r.at().toString(), r.problems())).toList();
    }

    private static ClockView view(OpenClock c) {
        return new ClockView(c.standard(), c.version(), c.clause(), c.fact(), c.started().toString(),
                text(c.deadline()), c.outcome().label(), c.tier().orElse(null), c.paused());
    }

    private static @Nullable String text(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse(null);
    }
}
