package dev.servicestandards.rules.internal.facts;

import dev.servicestandards.internal.text.PhraseOccurrence;

/** One forbidden phrase (or pattern) said, for a forbidden-phrases clause. Immutable. Internal. */
public final class Occurrence extends Measure {

    private final PhraseOccurrence occurrence;
    private final int position;

    public Occurrence(int clause, int fact, PhraseOccurrence occurrence, int position) {
        super(clause, fact);
        this.occurrence = occurrence;
        this.position = position;
    }

    public PhraseOccurrence getOccurrence() {
        return occurrence;
    }

    /** The occurrence's place among those of its fact and clause, in evidence order. */
    public int getPosition() {
        return position;
    }
}
