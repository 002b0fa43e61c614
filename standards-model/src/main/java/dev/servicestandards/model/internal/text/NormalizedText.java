package dev.servicestandards.model.internal.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Text in the matching form of Standard Format v1, with a map from every normalized char back to
 * its span in the original. Each code point of the original is, in turn:
 * <ol>
 * <li>put in Unicode NFKC (full-width and compatibility forms become plain ones) and lower case;
 * <li>stripped of combining marks (general categories Mn and Me, which include the variation
 *     selectors) — a mark written on its own is dropped, and a precomposed Latin, Greek or
 *     Cyrillic letter loses its accents ({@code é} → {@code e}); other scripts keep their
 *     precomposed letters ({@code が} stays);
 * <li>folded from a Cyrillic or Greek letter that looks like a Latin one to that Latin letter
 *     ({@code а} U+0430 → {@code a}, {@code ο} U+03BF → {@code o}), so a look-alike does not get
 *     a word past a phrase check;
 * <li>dropped if whitespace, punctuation, a control or a format character (zero-width spaces and
 *     joiners, the soft hyphen, bidirectional controls).
 * </ol>
 * Phrases and the text they are looked for in get the same treatment, so a Cyrillic or accented
 * phrase still matches itself; offsets always point into the original. Immutable. Internal.
 *
 * <p>Fast path: a table, built once, says for every char of the Basic Multilingual Plane whether
 * it stays as it is, is dropped, or changes; only chars that change (full-width forms, upper
 * case, compatibility characters) and supplementary code points go through {@link Normalizer}
 * and root-locale lower casing, one code point at a time, so offsets stay exact.
 */
public final class NormalizedText {

    private static final byte KEEP = 0;
    private static final byte DROP = 1;
    private static final byte MAP = 2;
    private static final byte CHANGE = 3;
    /** What normalization does to each BMP char on its own. */
    private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];
    /** For {@code MAP} chars, the one char they become (full-width forms, upper case ...). */
    private static final char[] MAPPED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                KIND[c] = CHANGE;
                continue;
            }
            String one = String.valueOf((char) c);
            String piece = fold(one);
            if (piece.equals(one)) {
                KIND[c] = isDropped(c) ? DROP : KEEP;
            } else if (piece.codePoints().allMatch(NormalizedText::isDropped)) {
                KIND[c] = DROP;
            } else if (piece.length() == 1) {
                KIND[c] = MAP;
                MAPPED[c] = piece.charAt(0);
            } else {
                KIND[c] = CHANGE;
            }
        }
    }

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
        int length = original.length();
        char[] out = new char[length + 16];
        int[] starts = new int[length + 16];
        int[] ends = new int[length + 16];
        int n = 0;
        int i = 0;
        while (i < length) {
            char c = original.charAt(i);
            byte kind = KIND[c];
            if (kind == DROP) {
                i++;
                continue;
            }
            if (kind == KEEP || kind == MAP) {
                out[n] = kind == KEEP ? c : MAPPED[c];
                starts[n] = i;
                ends[n] = i + 1;
                n++;
                i++;
                continue;
            }
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            String piece = fold(original.substring(i, next));
            for (int k = 0; k < piece.length(); ) {
                int p = piece.codePointAt(k);
                int width = Character.charCount(p);
                if (!isDropped(p)) {
                    if (n + width > out.length) {
                        int size = out.length * 2 + width;
                        out = Arrays.copyOf(out, size);
                        starts = Arrays.copyOf(starts, size);
                        ends = Arrays.copyOf(ends, size);
                    }
                    for (int w = 0; w < width; w++) {
                        out[n] = piece.charAt(k + w);
                        starts[n] = i;
                        ends[n] = next;
                        n++;
                    }
                }
                k += width;
            }
            i = next;
        }
        return new NormalizedText(original, new String(out, 0, n), starts, ends);
    }

    /** Latin letters that Cyrillic and Greek lower-case letters (of look-alike upper or lower case) fold to. */
    private static final String CONFUSABLE_FROM = "аеорсухіјѕԁӏԛԝвкмнтъьɡı" + "αβεηικμνορτυχζ";
    private static final String CONFUSABLE_TO = "aeopcyxijsdlqwbkmhtbbgi" + "abehikmnoptyxz";

    static {
        if (CONFUSABLE_FROM.length() != CONFUSABLE_TO.length()) {
            throw new AssertionError("confusable tables differ in length");
        }
    }

    /** One code point's matching form, before whitespace and punctuation are dropped. */
    private static String fold(String one) {
        String piece = Normalizer.normalize(one, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = null;
        for (int k = 0; k < piece.length(); ) {
            int p = piece.codePointAt(k);
            int width = Character.charCount(p);
            String folded = foldCodePoint(p);
            if (out == null && (folded.length() != width || !piece.startsWith(folded, k))) {
                out = new StringBuilder(piece.length()).append(piece, 0, k);
            }
            if (out != null) {
                out.append(folded);
            }
            k += width;
        }
        return out == null ? piece : out.toString();
    }

    private static String foldCodePoint(int p) {
        int type = Character.getType(p);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return "";
        }
        String s = new String(Character.toChars(p));
        Character.UnicodeScript script = Character.UnicodeScript.of(p);
        boolean lgc = script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC;
        if (lgc) {
            String d = Normalizer.normalize(s, Normalizer.Form.NFD);
            if (d.length() != s.length() || !d.equals(s)) {
                StringBuilder base = new StringBuilder();
                d.codePoints().filter(c -> {
                    int t = Character.getType(c);
                    return t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK;
                }).forEach(base::appendCodePoint);
                s = base.toString();
            }
            if (s.length() == 1) {
                int at = CONFUSABLE_FROM.indexOf(s.charAt(0));
                if (at >= 0) {
                    return String.valueOf(CONFUSABLE_TO.charAt(at));
                }
            }
        }
        return s;
    }

    /**
     * What a letter of a pattern becomes in the matching text when the mark stripping or the
     * look-alike fold changes it (a pattern is not normalized: it must be written in the matching
     * form), or null when it stays as NFKC and lower case make it.
     */
    public static String folded(int codePoint) {
        String one = new String(Character.toChars(codePoint));
        String plain = Normalizer.normalize(one, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String folded = fold(one);
        return folded.equals(plain) ? null : folded;
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
