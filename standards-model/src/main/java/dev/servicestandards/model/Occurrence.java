package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One fact as an occurrence of its key for a repeat clause: the key's value, the instant that
 * dates the fact, and a summary of the fact (id, type, key and kept fields, the dating event).
 * Occurrences order by instant, then fact id, so that two on the same instant still come one
 * before the other, whatever order the facts were read in. Equal when of the same clause and
 * fact. Immutable.
 */
public final class Occurrence implements Reading {

    /** Date order: instant, then fact id. */
    public static final Comparator<Occurrence> ORDER = Comparator.comparing(Occurrence::getAt)
            .thenComparing(o -> o.getFact().id());

    private final Repeat clause;
    private final Fact fact;
    private final String key;
    private final Instant at;

    Occurrence(Repeat clause, Fact fact, String key, Instant at) {
        this.clause = requireNonNull(clause, "clause");
        this.fact = requireNonNull(fact, "fact");
        this.key = requireNonNull(key, "key");
        this.at = requireNonNull(at, "at");
    }

    @Override
    public String getClause() {
        return clause.getId();
    }

    @Override
    public Repeat getDefinition() {
        return clause;
    }

    /** The summary of the fact: id, type, key and kept fields, and the event that dates it. */
    @Override
    public Fact getFact() {
        return fact;
    }

    public String getKey() {
        return key;
    }

    public Instant getAt() {
        return at;
    }

    /** Occurrences after this instant, and before this one, are in its window. */
    public Instant getWindowStart() {
        return clause.windowStart(at);
    }

    /** Whether this occurrence comes before {@code other}: earlier, or at the same instant with a smaller fact id. */
    public boolean precedes(Occurrence other) {
        int c = at.compareTo(other.at);
        return c < 0 || c == 0 && fact.id().compareTo(other.fact.id()) < 0;
    }

    /** The rules' evidence of a decision: the earlier occurrences counted, as fact ids in date order. */
    public static List<String> ids(List<Occurrence> earlier) {
        return earlier.stream().sorted(ORDER).map(o -> o.getFact().id()).toList();
    }

    @Override
    public String toString() {
        return "Occurrence[" + clause.getId() + ", " + key + ", " + fact.id() + ", " + at + "]";
    }
}
