package dev.servicestandards.rules.internal.facts;

/**
 * What the rules judge: one clause's measurement of one fact, computed by core before insertion.
 * Rules match on {@code clause} (the clause's index in the standard) and decide the outcome.
 * Immutable. Internal.
 */
public abstract class Measure {

    private final int clause;
    private final int fact;

    protected Measure(int clause, int fact) {
        this.clause = clause;
        this.fact = fact;
    }

    /** Index of the clause in the standard. */
    public final int getClause() {
        return clause;
    }

    /** Index of the fact in the evaluated batch. */
    public final int getFact() {
        return fact;
    }
}
