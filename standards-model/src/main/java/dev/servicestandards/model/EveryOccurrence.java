package dev.servicestandards.model;

/**
 * Says that the session holds every occurrence there is of the repeat clauses' keys, so their
 * rules may decide: the evaluator's repeat stage, once every fact is read, and the live monitor,
 * which keeps the occurrences of each window. A session that judges a chunk of facts lacks it and
 * only makes the chunk's occurrences. Immutable.
 */
public final class EveryOccurrence {

    /** The one there is. */
    public static final EveryOccurrence INSTANCE = new EveryOccurrence();

    private EveryOccurrence() {
    }

    @Override
    public String toString() {
        return "EveryOccurrence";
    }
}
