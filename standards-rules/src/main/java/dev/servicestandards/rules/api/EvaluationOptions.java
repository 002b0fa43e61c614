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
 * @param progress     told the number of facts read so far, every 10,000 facts
 */
public record EvaluationOptions(boolean maskEvidence, boolean keepMet, LongConsumer progress) {

    /** Evidence masked, met findings kept, no progress reports. */
    public static final EvaluationOptions DEFAULT = new EvaluationOptions(true, true, facts -> { });

    public EvaluationOptions {
        requireNonNull(progress, "progress");
    }

    /** A copy with masking on or off. */
    public EvaluationOptions withMaskEvidence(boolean mask) {
        return new EvaluationOptions(mask, keepMet, progress);
    }

    /** A copy that keeps met findings or drops them. */
    public EvaluationOptions withKeepMet(boolean keep) {
        return new EvaluationOptions(maskEvidence, keep, progress);
    }

    /** A copy that reports progress. */
    public EvaluationOptions withProgress(LongConsumer listener) {
        return new EvaluationOptions(maskEvidence, keepMet, listener);
    }
}
