package dev.servicestandards.internal.report;

/**
 * Text from facts and standards made safe for a terminal: control characters (ANSI escape
 * sequences start with ESC), C1 controls, line and paragraph separators and the bidirectional
 * overrides that reorder what a reader sees are written as visible escapes ({@code \x1b},
 * {@code \u202e}); every other character is kept. A text already escaped is unchanged. Internal.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** Whether {@code c} must not reach a terminal raw. */
    static boolean isUnsafe(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || c == 0x2028 || c == 0x2029 || c == 0x200e || c == 0x200f || c == 0x061c;
    }

    /** {@code text} with every unsafe char escaped; line breaks too. */
    public static String escape(String text) {
        return escape(text, false);
    }

    /** {@code text} with every unsafe char escaped, keeping {@code \n} line breaks when {@code keepLines}. */
    public static String escape(String text, boolean keepLines) {
        int i = 0;
        int n = text.length();
        while (i < n && (!isUnsafe(text.charAt(i)) || keepLines && text.charAt(i) == '\n')) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n + 16).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!isUnsafe(c) || keepLines && c == '\n') {
                out.append(c);
            } else if (c < 0x100) {
                out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }
}
