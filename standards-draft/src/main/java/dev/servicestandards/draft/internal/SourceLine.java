package dev.servicestandards.draft.internal;

import static java.util.Objects.requireNonNull;

/**
 * One line of a document's text, with the paragraph it belongs to.
 *
 * @param paragraph 1-based paragraph
 * @param line      1-based line
 * @param text      the line, markup removed
 * @param kind      what the document's own structure says the line is
 */
public record SourceLine(int paragraph, int line, String text, Kind kind) {

    /** What the document's markup says a line is; plain text says nothing, so it is {@link #TEXT}. */
    public enum Kind { TEXT, HEADING, ITEM, TABLE_ROW }

    public SourceLine {
        requireNonNull(text, "text");
        requireNonNull(kind, "kind");
    }
}
