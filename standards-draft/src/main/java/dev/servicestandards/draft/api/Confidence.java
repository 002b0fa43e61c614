package dev.servicestandards.draft.api;

/** How sure the drafter is of a clause; the notes of the clause say what it assumed. */
public enum Confidence {
    /** Every value of the clause is stated in the sentence it came from. */
    HIGH,
    /** A value was assumed or taken from the surrounding section (a start event, a selector, a tier). */
    MEDIUM,
    /** A name was made up from the document's own words, or the sentence reads as an example or a target. */
    LOW;

    /** {@code high}, {@code medium} or {@code low}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
