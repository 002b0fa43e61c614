package dev.servicestandards.draft.api;

import static java.util.Objects.requireNonNull;

/**
 * A requirement the drafter found but could not turn into a clause, and why. Immutable.
 *
 * @param source the sentence, or the part of it, that states the requirement
 * @param reason why it is not a clause (the format cannot express it, a value is missing, ...)
 */
public record Unplaced(SourceQuote source, String reason) {

    public Unplaced {
        requireNonNull(source, "source");
        requireNonNull(reason, "reason");
    }
}
