package dev.servicestandards.internal.load;

import java.util.Locale;
import java.util.SortedSet;

import dev.servicestandards.api.LocalizedText;

/**
 * The {@code  (did you mean 'within'?)} of a problem message: the nearest of the names a reader
 * knows, within two edits, for an unknown key of a standard and an event name no clause reads.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * The suggestion for {@code name} among {@code known} (first of equally near ones in their
     * order), or empty text when none is within two edits. With {@code ignoreCase}, a name that
     * differs only in case is suggested first and distances are counted in lower case.
     */
    public static Object among(String name, SortedSet<String> known, boolean ignoreCase) {
        if (ignoreCase) {
            for (String candidate : known) {
                if (candidate.equalsIgnoreCase(name)) {
                    return LocalizedText.of("text.did-you-mean", candidate);
                }
            }
        }
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int d = ignoreCase ? distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT))
                    : distance(name, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best == null ? "" : LocalizedText.of("text.did-you-mean", best);
    }

    /** Levenshtein distance of short names; far apart when their lengths differ by more than 2. */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
