package dev.servicestandards.rules.api;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import dev.servicestandards.api.Fact;
import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standard;

/**
 * A standard compiled into a Drools rule set. Immutable and thread-safe: evaluate from as many
 * threads as you like.
 */
public interface RuleSet {

    /** The standard this rule set was compiled from. */
    Standard standard();

    /** The generated DRL, deterministic for a given standard. */
    String drl();

    /**
     * Judges {@code facts} at {@code asOf}: events after as-of are treated as not yet happened.
     * The report lists every finding, met ones included.
     */
    default Report evaluate(Collection<Fact> facts, Instant asOf) {
        return evaluate(new FactBatch(List.copyOf(facts), List.of()), asOf);
    }

    /** Judges a batch read from JSON Lines; its rejected lines are carried into the report. */
    default Report evaluate(FactBatch batch, Instant asOf) {
        return evaluate(batch, asOf, EvaluationOptions.DEFAULT);
    }

    /** Judges a batch with explicit options (e.g. unmasked evidence for a trusted audit). */
    Report evaluate(FactBatch batch, Instant asOf, EvaluationOptions options);

    /**
     * Reads JSON Lines and judges them as they come, without keeping the facts: memory grows
     * with the findings kept (see {@link EvaluationOptions#keepMet()}), not with the input.
     * Malformed lines are rejected with their line numbers; the reader is not closed.
     */
    Report evaluate(Reader jsonLines, Instant asOf, EvaluationOptions options) throws IOException;

    /**
     * A live monitor of this rule set's escalations, on {@code clock} (a fixed or mutable clock
     * for replay and tests, {@link java.time.Clock#systemUTC()} in production, with
     * {@link LiveMonitor#tick()} called as often as escalations must be on time).
     */
    LiveMonitor monitor(java.time.Clock clock, java.util.function.Consumer<Escalation> listener);

    /** A live monitor restored from {@link LiveMonitor#snapshot()}: nothing is lost, nothing fires twice. */
    LiveMonitor restoreMonitor(String snapshot, java.time.Clock clock, java.util.function.Consumer<Escalation> listener);
}
