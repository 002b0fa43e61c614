package dev.servicestandards.rules.api;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import dev.servicestandards.model.Fact;
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

    /**
     * The DRL generated from the standard, deterministic for a given standard. Custom rules
     * compiled beside it are not part of it.
     */
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
     * Judges one fact at {@code asOf} with the rules, as a stream processor judges each key when
     * its events arrive and when its next decision falls due ({@link Judgement#nextDue}).
     * Thread-safe.
     */
    Judgement judge(dev.servicestandards.model.Fact fact, Instant asOf);

    /**
     * The KPI results of summed counts (what {@link Judgement#kpiCounts} gave, summed by KPI,
     * group and period, possibly on many machines): the KPI rules make and judge each sample.
     */
    java.util.List<dev.servicestandards.api.KpiResult> kpis(java.util.Collection<dev.servicestandards.model.KpiCount> counts);

    /**
     * Decides the repeat clauses among {@code occurrences} (what {@link Judgement#occurrences}
     * gave): each is judged against the occurrences of its clause and key before it within the
     * window, so give every occurrence of a key at once (a stream processor keys them by clause and
     * key). Findings come in the order of the occurrences given, then clause; their KPI counts are
     * summed with the judgements' for {@link #kpis}.
     */
    Repeats repeats(java.util.List<dev.servicestandards.model.Occurrence> occurrences);

    /**
     * The report of judgements made one fact at a time (in the order given), with the KPI
     * results of their summed counts and the input lines rejected: the report
     * {@link #evaluate(Reader, Instant, EvaluationOptions)} gives for the same facts, byte for byte
     * once written. The repeat clauses are decided here among the judgements' occurrences (their
     * findings follow the others, in the judgements' order); when a KPI counts a repeat clause,
     * {@code kpis} must include the counts {@link #repeats} gives for the same occurrences.
     */
    Report report(Instant asOf, java.util.List<Judgement> judgements, java.util.List<dev.servicestandards.api.KpiResult> kpis,
            java.util.List<dev.servicestandards.api.Rejection> rejected, EvaluationOptions options);

    /**
     * A live monitor of this rule set's escalations, on {@code clock} (a fixed or mutable clock
     * for replay and tests, {@link java.time.Clock#systemUTC()} in production, with
     * {@link LiveMonitor#tick()} called as often as escalations must be on time).
     */
    LiveMonitor monitor(java.time.Clock clock, java.util.function.Consumer<Escalation> listener);

    /**
     * A live monitor restored from {@link LiveMonitor#snapshot()}: nothing is lost, nothing fires twice.
     *
     * @throws IllegalArgumentException if the snapshot is not one of this rule set's monitors, or any
     *         part of it is invalid (checked in full before any of it is used: a hand-edited or damaged
     *         snapshot is refused as a whole, naming the place and the reason)
     */
    LiveMonitor restoreMonitor(String snapshot, java.time.Clock clock, java.util.function.Consumer<Escalation> listener);
}
