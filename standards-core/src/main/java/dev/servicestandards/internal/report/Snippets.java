package dev.servicestandards.internal.report;

import dev.servicestandards.model.internal.text.EvidenceMask;

/** Evidence text shown in reports: a window around a match, masked unless told otherwise. Internal. */
public final class Snippets {

    /** Chars shown on each side of a match. */
    public static final int CONTEXT = 20;

    private Snippets() {
    }

    public static String shown(String text, boolean mask) {
        return mask ? EvidenceMask.mask(text) : text;
    }

    /** Up to {@link #CONTEXT} chars either side of {@code [start, end)}, with an ellipsis where cut. */
    public static String around(String text, int start, int end, boolean mask) {
        // mask the whole utterance first, so a number cut by the window is still recognised
        String shown = shown(text, mask);
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(shown.length(), end + CONTEXT);
        if (from > 0 && Character.isLowSurrogate(shown.charAt(from))) {
            from--;
        }
        if (to < shown.length() && Character.isLowSurrogate(shown.charAt(to))) {
            to++;
        }
        return (from > 0 ? "…" : "") + shown.substring(from, to) + (to < shown.length() ? "…" : "");
    }
}
