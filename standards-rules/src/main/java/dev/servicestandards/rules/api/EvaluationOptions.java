package dev.servicestandards.rules.api;

import static java.util.Objects.requireNonNull;

import java.util.function.LongConsumer;

/**
 * How an evaluation treats its input, evidence and output. Immutable.
 *
 * @param maskEvidence whether evidence text masks phone numbers, ID-card numbers and other long
 *                     digit runs (the default, as the source documents require); turn it off
 *                     only for trusted audits
 * @param keepMet      whether the report keeps met findings (default); without them a large
 *                     evaluation keeps only violated and pending findings in memory, while the
 *                     summary, KPIs and scores still count every outcome
 * @param progress     told the number of facts read so far, every 10,000 facts, on the thread
 *                     that feeds the evaluation
 * @param parallelism  how many threads judge facts: 1 (the default) judges them on the caller's
 *                     thread; more starts that many worker threads for the evaluation (daemons,
 *                     stopped when it ends; a catalog, that many for each revision in use).
 *                     The report is the same whatever the parallelism.
 */
public record EvaluationOptions(boolean maskEvidence, boolean keepMet, LongConsumer progress, int parallelism) {

    /** Evidence masked, met findings kept, no progress reports, judged on the caller's thread. */
    public static final EvaluationOptions DEFAULT = new EvaluationOptions(true, true, facts -> { }, 1);

    /** The most worker threads one evaluation may ask for. */
    public static final int MAX_PARALLELISM = 256;

    public EvaluationOptions {
        requireNonNull(progress, "progress");
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism must be 1 to " + MAX_PARALLELISM + ", not " + parallelism);
        }
    }

    /** Options judged on the caller's thread. */
    public EvaluationOptions(boolean maskEvidence, boolean keepMet, LongConsumer progress) {
        this(maskEvidence, keepMet, progress, 1);
    }

    /** A copy with masking on or off. */
    public EvaluationOptions withMaskEvidence(boolean mask) {
        return new EvaluationOptions(mask, keepMet, progress, parallelism);
    }

    /** A copy that keeps met findings or drops them. */
    public EvaluationOptions withKeepMet(boolean keep) {
        return new EvaluationOptions(maskEvidence, keep, progress, parallelism);
    }

    /** A copy that reports progress. */
    public EvaluationOptions withProgress(LongConsumer listener) {
        return new EvaluationOptions(maskEvidence, keepMet, listener, parallelism);
    }

    /**
     * A copy judged by {@code threads} threads (1 to {@link #MAX_PARALLELISM}); e.g.
     * {@code Runtime.getRuntime().availableProcessors()} for a batch that has the machine to itself.
     */
    public EvaluationOptions withParallelism(int threads) {
        return new EvaluationOptions(maskEvidence, keepMet, progress, threads);
    }
}
