package dev.servicestandards.model.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a regular expression from a standard with a bounded amount of work, so a pattern with
 * catastrophic backtracking cannot hang an evaluation: the input is wrapped in a
 * {@link CharSequence} that counts every char the engine reads and gives up past a budget.
 * Internal.
 */
public final class BoundedRegex {

    /** Chars the engine may read per utterance and pattern (about a few milliseconds of work). */
    public static final long DEFAULT_BUDGET = 5_000_000L;

    /** Thrown when a pattern used up its budget on one text. */
    public static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded(String message) {
            super(message, null, false, false);
        }
    }

    /** Receives one match span. */
    @FunctionalInterface
    public interface Match {
        void at(int start, int end);
    }

    private BoundedRegex() {
    }

    /** Reports every non-empty match of {@code pattern} in {@code text}, within {@code budget} char reads. */
    public static void findAll(Pattern pattern, String text, long budget, Match match) {
        Matcher m = pattern.matcher(new Counting(text, budget, pattern));
        try {
            while (m.find()) {
                if (m.end() > m.start()) {
                    match.at(m.start(), m.end());
                }
            }
        } catch (StackOverflowError e) {
            // java.util.regex recurses once per repetition of a group such as (a|b)+: on a long
            // text the stack, not the budget, runs out first; the clause is then not judged
            throw new BudgetExceeded("pattern '" + shown(pattern) + "' repeats a group too often for the stack on a "
                    + text.length() + "-char text");
        }
    }

    private static String shown(Pattern pattern) {
        String p = pattern.pattern();
        return p.length() <= 60 ? p : p.substring(0, 57) + "...";
    }

    private static final class Counting implements CharSequence {
        private final String text;
        private final Pattern pattern;
        private final long[] left;

        Counting(String text, long budget, Pattern pattern) {
            this(text, pattern, new long[] {budget});
        }

        private Counting(String text, Pattern pattern, long[] left) {
            this.text = text;
            this.pattern = pattern;
            this.left = left;
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new BudgetExceeded("pattern '" + shown(pattern) + "' needed more than its budget of work on a "
                        + text.length() + "-char text");
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Counting(text.substring(start, end), pattern, left);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
