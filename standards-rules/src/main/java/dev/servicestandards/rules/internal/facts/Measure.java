package dev.servicestandards.rules.internal.facts;

import dev.servicestandards.api.Outcome;

/**
 * What the rules judge: one clause's measurement of one fact, computed by core before insertion.
 * Rules match on {@code clause} (the clause's index in the standard) and record their verdict on
 * the measure through {@link Verdicts}; a measure no rule judges is met. One evaluation owns its
 * measures; not thread-safe. Internal.
 */
public abstract class Measure {

    private final int clause;
    private final int fact;
    private Outcome outcome;
    private int tier = -1;

    protected Measure(int clause, int fact) {
        this.clause = clause;
        this.fact = fact;
    }

    /** Index of the clause in the standard. */
    public final int getClause() {
        return clause;
    }

    /** Index of the fact in the evaluated chunk. */
    public final int getFact() {
        return fact;
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
