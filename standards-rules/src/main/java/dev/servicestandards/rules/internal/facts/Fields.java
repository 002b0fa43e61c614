package dev.servicestandards.rules.internal.facts;

import java.util.List;

/** The required fields a fact lacks, for a required-fields clause. Immutable. Internal. */
public final class Fields extends Measure {

    private final List<String> missing;

    public Fields(int clause, int fact, List<String> missing) {
        super(clause, fact);
        this.missing = List.copyOf(missing);
    }

    public List<String> getMissing() {
        return missing;
    }

    public int getMissingCount() {
        return missing.size();
    }
}
