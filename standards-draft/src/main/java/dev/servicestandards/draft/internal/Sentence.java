package dev.servicestandards.draft.internal;

import static java.util.Objects.requireNonNull;

import dev.servicestandards.draft.api.Position;
import dev.servicestandards.draft.api.SourceQuote;

/**
 * One sentence of a document, with what surrounds it.
 *
 * @param index    0-based, in document order
 * @param text     the sentence as written (lines joined)
 * @param norm     the text matched against: full-width letters, digits and punctuation made half-width, and
 *                 spaces next to Chinese characters removed
 * @param position where it starts
 * @param kind     heading, list item, table row or running text
 * @param section  the nearest heading above it ("" when none)
 * @param intro    the lead-in of the list it belongs to (a line ending with a colon, or its heading), or ""
 */
public record Sentence(int index, String text, String norm, Position position, Kind kind, String section,
        String intro) {

    /** What the sentence is in the document's structure. */
    public enum Kind { HEADING, ITEM, TABLE_ROW, TEXT }

    public Sentence {
        requireNonNull(text, "text");
        requireNonNull(norm, "norm");
        requireNonNull(position, "position");
        requireNonNull(kind, "kind");
        requireNonNull(section, "section");
        requireNonNull(intro, "intro");
    }

    public SourceQuote quote() {
        return new SourceQuote(text, position);
    }

    /** Whether the sentence is written in Chinese (has any Han character). */
    public boolean chinese() {
        return Text.hasHan(norm);
    }
}
