package dev.servicestandards.spring;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import dev.servicestandards.model.Fact;
import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Report;
import dev.servicestandards.rules.api.EvaluationOptions;

/**
 * Batch evaluation with the revisions in use (each fact judged by the revision of each standard
 * in force at its earliest event), the configured options, and as-of read from the application's
 * clock unless given. Each evaluation is timed and its findings and rejected lines counted
 * ({@link StandardsMetrics}). Thread-safe.
 */
public final class StandardsEvaluator {

    private final StandardsRegistry registry;
    private final Clock clock;
    private final EvaluationOptions options;
    private final StandardsMetrics metrics;

    public StandardsEvaluator(StandardsRegistry registry, Clock clock, EvaluationOptions options, StandardsMetrics metrics) {
        this.registry = requireNonNull(registry, "registry");
        this.clock = requireNonNull(clock, "clock");
        this.options = requireNonNull(options, "options");
        this.metrics = requireNonNull(metrics, "metrics");
    }

    /** The options every evaluation uses unless given others. */
    public EvaluationOptions options() {
        return options;
    }

    /** Judges facts as of the clock's time. */
    public Report evaluate(Collection<Fact> facts) {
        return evaluate(new FactBatch(List.copyOf(facts), List.of()), clock.instant(), options);
    }

    /** Judges a batch (its rejected lines are carried into the report) as of the clock's time. */
    public Report evaluate(FactBatch batch) {
        return evaluate(batch, clock.instant(), options);
    }

    /** Judges a batch as of {@code asOf}. */
    public Report evaluate(FactBatch batch, Instant asOf) {
        return evaluate(batch, asOf, options);
    }

    /** Judges a batch as of {@code asOf} with other options. */
    public Report evaluate(FactBatch batch, Instant asOf, EvaluationOptions with) {
        long began = System.nanoTime();
        Report report = registry.current().catalog().evaluate(batch, asOf, with);
        metrics.evaluated(report, Duration.ofNanos(System.nanoTime() - began));
        return report;
    }

    /** Reads JSON Lines facts and judges them as they come, as of the clock's time. */
    public Report evaluate(Reader jsonLines) throws IOException {
        return evaluate(jsonLines, clock.instant());
    }

    /** Reads JSON Lines facts and judges them as they come, as of {@code asOf}. */
    public Report evaluate(Reader jsonLines, Instant asOf) throws IOException {
        long began = System.nanoTime();
        Report report = registry.current().catalog().evaluate(jsonLines, asOf, options);
        metrics.evaluated(report, Duration.ofNanos(System.nanoTime() - began));
        return report;
    }
}
