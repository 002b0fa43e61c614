package dev.servicestandards.rules.internal.facts;

/**
 * A forbidden phrase (or pattern) said, for a forbidden-phrases clause; which one, and where, is
 * evidence, not for the rules. Equal when the clause is. Internal.
 */
public final class Occurrence extends Measure {

    public Occurrence(int clause) {
        super(clause);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Occurrence other && other.getClause() == getClause();
    }

    @Override
    public int hashCode() {
        return getClause();
    }
}
