package dev.servicestandards.spring;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

import dev.servicestandards.api.Finding;
import dev.servicestandards.api.Report;
import dev.servicestandards.rules.api.Escalation;

/**
 * The starter's Micrometer meters (docs/spring-boot.md, "Meters"). Without a
 * {@link MeterRegistry} in the application they record nothing. Thread-safe.
 */
public final class StandardsMetrics {

    /** Findings of batch evaluations; tags standard, version, clause, outcome. */
    public static final String FINDINGS = "standards.findings";
    /** Escalations fired (once each); tags standard, clause, tier. */
    public static final String ESCALATIONS = "standards.escalations";
    /** Facts with a tier still to fire, per revision; tags standard, version. */
    public static final String OPEN_CLOCKS = "standards.monitor.open.clocks";
    /** Batch evaluations, timed. */
    public static final String EVALUATION = "standards.evaluation";
    /** Events the monitor took, timed (including the database work). */
    public static final String MONITOR_ACCEPT = "standards.monitor.accept";
    /** Input lines rejected; tag source ({@code batch} or {@code monitor}). */
    public static final String REJECTED = "standards.rejected.lines";
    /** Webhook attempts; tag outcome ({@code delivered}, {@code retried}, {@code failed}). */
    public static final String WEBHOOK = "standards.webhook.deliveries";
    /** Standard files refused on reload. */
    public static final String REFUSED = "standards.revisions.refused";
    /** Escalation listeners that threw. */
    public static final String LISTENER_ERRORS = "standards.listener.errors";

    private final MeterRegistry registry;
    private final Map<String, AtomicInteger> openClocks = new ConcurrentHashMap<>();

    /** @param registry the application's registry, or null for none */
    public StandardsMetrics(MeterRegistry registry) {
        this.registry = registry != null ? registry : new CompositeMeterRegistry();
    }

    /** Counts a report's findings and rejected lines, and times its evaluation. */
    public void evaluated(Report report, Duration took) {
        Timer.builder(EVALUATION).description("Batch evaluations of facts against standards").register(registry)
                .record(took);
        Map<String, long[]> counts = new HashMap<>();
        Map<String, String[]> tags = new HashMap<>();
        for (Finding f : report.findings()) {
            String key = f.standard() + '\u0000' + f.version() + '\u0000' + f.clause() + '\u0000' + f.outcome().label();
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            tags.computeIfAbsent(key, k -> new String[] {f.standard(), f.version(), f.clause(), f.outcome().label()});
        }
        counts.forEach((key, n) -> {
            String[] t = tags.get(key);
            Counter.builder(FINDINGS).description("Findings of batch evaluations")
                    .tags("standard", t[0], "version", t[1], "clause", t[2], "outcome", t[3]).register(registry)
                    .increment(n[0]);
        });
        rejected("batch", report.rejected().size());
    }

    /** Counts rejected input lines. */
    public void rejected(String source, long lines) {
        if (lines > 0) {
            Counter.builder(REJECTED).description("Input lines rejected").tag("source", source).register(registry)
                    .increment(lines);
        }
    }

    /** Counts a fired escalation. */
    public void escalated(Escalation e) {
        Counter.builder(ESCALATIONS).description("Escalations fired")
                .tags("standard", e.standard(), "clause", e.clause(), "tier", e.tier()).register(registry).increment();
    }

    /** Times one event taken by the monitor. */
    public void accepted(Duration took) {
        Timer.builder(MONITOR_ACCEPT).description("Events taken by the live monitor").register(registry).record(took);
    }

    /** Sets the open clocks of a revision. */
    public void openClocks(String standard, String version, int open) {
        openClocks.computeIfAbsent(standard + '@' + version, k -> {
            AtomicInteger value = new AtomicInteger();
            Gauge.builder(OPEN_CLOCKS, value, AtomicInteger::get).description("Facts with an escalation tier still to fire")
                    .tags("standard", standard, "version", version).register(registry);
            return value;
        }).set(open);
    }

    /** Counts a webhook attempt. */
    public void webhook(String outcome) {
        Counter.builder(WEBHOOK).description("Webhook delivery attempts").tag("outcome", outcome).register(registry)
                .increment();
    }

    /** Counts a refused standard file. */
    public void refused() {
        Counter.builder(REFUSED).description("Standard files refused on reload").register(registry).increment();
    }

    /** Counts an escalation listener that threw. */
    public void listenerError() {
        Counter.builder(LISTENER_ERRORS).description("Escalation listeners that threw").register(registry).increment();
    }
}
