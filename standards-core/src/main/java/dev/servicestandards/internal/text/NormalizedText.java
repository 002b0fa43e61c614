package dev.servicestandards.internal.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Text in the matching form of Standard Format v1 (Unicode NFKC, lower case, whitespace and
 * punctuation removed), with a map from every normalized char back to its span in the original.
 * Immutable. Internal.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] start;
    private final int[] end;

    private NormalizedText(String original, String text, int[] start, int[] end) {
        this.original = original;
        this.text = text;
        this.start = start;
        this.end = end;
    }

    /** Normalizes {@code original}, keeping the offsets. */
    public static NormalizedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] starts = new int[original.length() + 8];
        int[] ends = new int[original.length() + 8];
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            String piece = Normalizer.normalize(original.substring(i, next), Normalizer.Form.NFKC)
                    .toLowerCase(Locale.ROOT);
            for (int k = 0; k < piece.length(); ) {
                int c = piece.codePointAt(k);
                int width = Character.charCount(c);
                if (!isDropped(c)) {
                    if (out.length() + width > starts.length) {
                        starts = Arrays.copyOf(starts, starts.length * 2 + width);
                        ends = Arrays.copyOf(ends, ends.length * 2 + width);
                    }
                    for (int w = 0; w < width; w++) {
                        starts[out.length() + w] = i;
                        ends[out.length() + w] = next;
                    }
                    out.appendCodePoint(c);
                }
                k += width;
            }
            i = next;
        }
        return new NormalizedText(original, out.toString(), Arrays.copyOf(starts, out.length()),
                Arrays.copyOf(ends, out.length()));
    }

    /** The normalized form of {@code text}, without offsets. */
    public static String normalize(String text) {
        return of(text).text();
    }

    private static boolean isDropped(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
            case Character.CONTROL:
            case Character.FORMAT:
                return true;
            default:
                return false;
        }
    }

    /** The original text. */
    public String original() {
        return original;
    }

    /** The normalized text. */
    public String text() {
        return text;
    }

    /** Start offset in the original of the normalized char at {@code index}. */
    public int originalStart(int index) {
        return start[index];
    }

    /** End offset (exclusive) in the original of the normalized char at {@code index}. */
    public int originalEnd(int index) {
        return end[index];
    }
}
