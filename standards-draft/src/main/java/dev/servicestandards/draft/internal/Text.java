package dev.servicestandards.draft.internal;

/** Character-level helpers shared by the segmenter and the rules. */
final class Text {

    private Text() {
    }

    static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '〇';
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(Text::isHan);
    }

    /** CJK punctuation that is not changed by width folding: 、。“”‘’「」『』《》〈〉【】… */
    static boolean isCjkPunct(int c) {
        return (c >= 0x3000 && c <= 0x303F) || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—';
    }

    /**
     * Folds full-width ASCII (letters, digits, punctuation) to half-width and the ideographic space to a space,
     * then removes spaces next to Chinese characters or CJK punctuation, which web pages and PDF exports scatter
     * into Chinese text ("服 务 禁 语", "48 小时").
     */
    static String normalize(String s) {
        StringBuilder folded = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                folded.append((char) (c - 0xFEE0));
            } else if (c == 0x3000 || c == 0x00A0 || Character.isSpaceChar(c) || c == '\t') {
                folded.append(' ');
            } else if (c == 0x2212 || c == 0x2013) {
                folded.append('-');
            } else {
                folded.appendCodePoint(c);
            }
        });
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == ' ') {
                int j = i;
                while (j < folded.length() && folded.charAt(j) == ' ') {
                    j++;
                }
                char before = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
                char after = j < folded.length() ? folded.charAt(j) : ' ';
                boolean cjkNeighbour = isHan(before) || isHan(after) || isCjkPunct(before) || isCjkPunct(after);
                if (!cjkNeighbour && out.length() > 0 && j < folded.length()) {
                    out.append(' ');
                }
                i = j - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** One line for a YAML comment: line and paragraph separators and control characters become spaces. */
    /** Spaces over {@code [start, end)} of {@code b}: a span one rule has taken, so the next does not read it again. */
    static void blank(StringBuilder b, int start, int end) {
        for (int i = start; i < end; i++) {
            b.setCharAt(i, ' ');
        }
    }

    static String oneLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(
                Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x85 || c == 0xFEFF ? ' ' : c));
        return out.toString().replaceAll(" {2,}", " ").strip();
    }
}
