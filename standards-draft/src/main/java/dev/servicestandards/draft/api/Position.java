package dev.servicestandards.draft.api;

/**
 * Where a sentence starts in the document. Immutable.
 *
 * @param paragraph the 1-based paragraph: a run of non-blank lines of a text or Markdown file, or one
 *                  paragraph or table row of a Word document
 * @param line      the 1-based line of the text (of a Word document: the line of its extracted text, one
 *                  line a paragraph or table row, so equal to {@code paragraph})
 */
public record Position(int paragraph, int line) {

    public Position {
        if (paragraph < 1 || line < 1) {
            throw new IllegalArgumentException("positions are 1-based: paragraph " + paragraph + ", line " + line);
        }
    }

    /** {@code ¶3 line 12}, as the drafted YAML's comments print it. */
    @Override
    public String toString() {
        return "¶" + paragraph + " line " + line;
    }
}
