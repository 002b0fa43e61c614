package dev.servicestandards.draft.api;

import static java.util.Objects.requireNonNull;

/**
 * A sentence of the document, as it was written, and where it starts. Immutable.
 *
 * @param text     the sentence (line breaks inside it are joined; nothing else is changed)
 * @param position where it starts
 */
public record SourceQuote(String text, Position position) {

    public SourceQuote {
        requireNonNull(text, "text");
        requireNonNull(position, "position");
    }
}
