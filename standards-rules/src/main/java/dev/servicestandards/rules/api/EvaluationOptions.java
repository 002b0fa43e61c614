package dev.servicestandards.rules.api;

/**
 * How an evaluation treats its input and evidence. Immutable.
 *
 * @param maskEvidence whether evidence text masks phone numbers, ID-card numbers and other long
 *                     digit runs (the default, as the source documents require); turn it off
 *                     only for trusted audits
 */
public record EvaluationOptions(boolean maskEvidence) {

    /** Evidence masked. */
    public static final EvaluationOptions DEFAULT = new EvaluationOptions(true);

    /** A copy with masking on or off. */
    public EvaluationOptions withMaskEvidence(boolean mask) {
        return new EvaluationOptions(mask);
    }
}
