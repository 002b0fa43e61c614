package dev.servicestandards.rules.internal.facts;

import dev.servicestandards.api.Outcome;

/**
 * What the rules judge: a situation of one clause, computed by core from a fact before insertion
 * and holding only what the rules read. Rules match on {@code clause} (the clause's index in the
 * standard) and record their verdict on the measure through {@link Verdicts}; a measure no rule
 * judges is met.
 *
 * <p>Each rule is one pattern over one measure, so a verdict depends on nothing but the measure:
 * two measures that are {@linkplain Object#equals equal}, that is of one class and clause and
 * alike in every property a rule can read, get the same verdict. The evaluator relies on this to
 * judge each situation once and give its verdict to every fact in it. Subclasses therefore define
 * {@code equals} and {@code hashCode} over exactly their readable properties, never over the
 * verdict ({@link KpiSample}, judged one by one, is the exception). Not thread-safe: one judge
 * owns its measures. Internal.
 */
public abstract class Measure {

    private final int clause;
    private Outcome outcome;
    private int tier = -1;

    protected Measure(int clause) {
        this.clause = clause;
    }

    /** Index of the clause in the standard. */
    public final int getClause() {
        return clause;
    }

    /** The outcome the rules decided, met if none did. */
    public final Outcome outcome() {
        return outcome == null ? Outcome.MET : outcome;
    }

    /** The highest escalation tier reached, or -1. */
    public final int tier() {
        return tier;
    }

    /** Records an outcome; two different outcomes for one measure are a defect of the rule set. */
    final void decide(Outcome decided) {
        if (outcome != null && outcome != decided) {
            throw new IllegalStateException("clause " + clause + " decided both " + outcome + " and " + decided
                    + " for one fact");
        }
        outcome = decided;
    }

    /** Records that a tier was reached; the highest is kept. */
    final void reach(int reached) {
        tier = Math.max(tier, reached);
    }
}
