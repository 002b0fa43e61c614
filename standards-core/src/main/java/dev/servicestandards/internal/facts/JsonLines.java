package dev.servicestandards.internal.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/** Splits JSON Lines input into numbered, non-blank lines, before any parsing. Internal. */
public final class JsonLines {

    /** Receives one line and its number (1-based, counting blank lines too). */
    @FunctionalInterface
    public interface LineConsumer {
        void accept(long number, String line);
    }

    private JsonLines() {
    }

    /**
     * Reads {@code in} (not closed) line by line: a byte-order mark opening the first line is
     * dropped, blank lines are skipped but counted.
     */
    public static void forEach(Reader in, LineConsumer lines) throws IOException {
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        String line;
        long number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                lines.accept(number, line);
            }
        }
    }
}
