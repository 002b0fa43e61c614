package dev.servicestandards.rules.internal.facts;

/**
 * How many of a required-fields clause's fields a fact lacks. Equal when the clause and the
 * count are. Internal.
 */
public final class Fields extends Measure {

    private final int missingCount;

    public Fields(int clause, int missingCount) {
        super(clause);
        this.missingCount = missingCount;
    }

    public int getMissingCount() {
        return missingCount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fields f && f.getClause() == getClause() && f.missingCount == missingCount;
    }

    @Override
    public int hashCode() {
        return 31 * getClause() + missingCount;
    }
}
