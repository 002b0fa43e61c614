package dev.servicestandards.rules.internal.facts;

/**
 * A conversation scanned for a forbidden-phrases clause with nothing forbidden found. No rule
 * needs it (a measure no rule judges is met); it carries the met finding. Immutable. Internal.
 */
public final class Scanned extends Measure {

    public Scanned(int clause, int fact) {
        super(clause, fact);
    }
}
