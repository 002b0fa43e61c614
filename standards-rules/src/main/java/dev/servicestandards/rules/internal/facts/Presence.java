package dev.servicestandards.rules.internal.facts;

/**
 * Whether a required phrase was said where a required-phrase clause requires it. Equal when the
 * clause and that answer are. Internal.
 */
public final class Presence extends Measure {

    private final boolean said;

    public Presence(int clause, boolean said) {
        super(clause);
        this.said = said;
    }

    public boolean isSaid() {
        return said;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Presence p && p.getClause() == getClause() && p.said == said;
    }

    @Override
    public int hashCode() {
        return 2 * getClause() + (said ? 1 : 0);
    }
}
