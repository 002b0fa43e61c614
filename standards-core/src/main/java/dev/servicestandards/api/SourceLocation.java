package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

/**
 * Where something came from: a file, a 1-based line and column, and the path inside the
 * document ({@code clauses[3].time-limit.within}). Immutable.
 *
 * @param file   the file name as the user gave it (or a label such as {@code <stdin>})
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param path   the document path, empty for the document itself
 */
public record SourceLocation(String file, int line, int column, String path) {

    public SourceLocation {
        requireNonNull(file, "file");
        requireNonNull(path, "path");
    }

    /** A location that knows only the file. */
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 0, 0, "");
    }

    /** {@code file:line:col: path} — the prefix of every rendered problem. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line).append(':').append(column);
        }
        if (!path.isEmpty()) {
            out.append(": ").append(path);
        }
        return out.toString();
    }
}
