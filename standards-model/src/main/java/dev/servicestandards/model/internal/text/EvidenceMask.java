package dev.servicestandards.model.internal.text;

/**
 * Masks personal numbers in evidence text: phone numbers, ID-card numbers (17 digits and a check
 * digit or X) and any other run of 6 or more digits, single spaces or hyphens inside the run
 * included. Every masked digit becomes {@code *}, so offsets are unchanged. Internal.
 */
public final class EvidenceMask {

    /** Digit runs at least this long are masked. */
    public static final int MIN_DIGITS = 6;

    private EvidenceMask() {
    }

    public static String mask(String text) {
        char[] out = null;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            // extend the run over digits and single separators between digits
            int runEnd = i;
            int digits = 0;
            int j = i;
            while (j < text.length()) {
                char c = text.charAt(j);
                if (Character.isDigit(c)) {
                    digits++;
                    runEnd = j + 1;
                    j++;
                } else if ((c == ' ' || c == '-') && j + 1 < text.length() && Character.isDigit(text.charAt(j + 1))) {
                    j++;
                } else {
                    break;
                }
            }
            if (runEnd < text.length() && digits == 17 && (text.charAt(runEnd) == 'X' || text.charAt(runEnd) == 'x')) {
                runEnd++;
                digits++;
            }
            if (digits >= MIN_DIGITS) {
                if (out == null) {
                    out = text.toCharArray();
                }
                for (int k = i; k < runEnd; k++) {
                    if (Character.isDigit(out[k]) || out[k] == 'X' || out[k] == 'x') {
                        out[k] = '*';
                    }
                }
            }
            i = Math.max(runEnd, i + 1);
        }
        return out == null ? text : new String(out);
    }
}
