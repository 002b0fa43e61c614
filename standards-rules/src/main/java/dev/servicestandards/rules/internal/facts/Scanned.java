package dev.servicestandards.rules.internal.facts;

/** A conversation scanned for a forbidden-phrases clause, and how often something forbidden was said. Immutable. Internal. */
public final class Scanned extends Measure {

    private final int occurrences;

    public Scanned(int clause, int fact, int occurrences) {
        super(clause, fact);
        this.occurrences = occurrences;
    }

    public int getOccurrences() {
        return occurrences;
    }
}
