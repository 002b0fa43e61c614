package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * Input that could not be used: a line of a facts file (1-based {@code line}), or a fact that
 * could not be judged on some clause ({@code fact}, e.g. a date outside a calendar's data).
 * The reason is kept as a text of the library's messages, so it reads in any language
 * ({@link #reason(Locale)}); {@link #reason()} is English. Immutable.
 *
 * @param line the 1-based input line, or 0 when the fact came without one
 * @param fact the fact's id, when known
 * @param why  what is wrong, naming the field or clause
 */
public record Rejection(long line, Optional<String> fact, LocalizedText why) {

    public Rejection {
        requireNonNull(fact, "fact");
        requireNonNull(why, "why");
    }

    /** A rejection with a reason given as text, the same in every language. */
    public Rejection(long line, Optional<String> fact, String reason) {
        this(line, fact, LocalizedText.of("text.verbatim", requireNonNull(reason, "reason")));
    }

    /** A rejected input line. */
    public Rejection(long line, String reason) {
        this(line, Optional.empty(), reason);
    }

    /** A rejected input line, with a reason in any language. */
    public Rejection(long line, LocalizedText why) {
        this(line, Optional.empty(), why);
    }

    /** A fact that could not be judged. */
    public static Rejection ofFact(String fact, String reason) {
        return new Rejection(0, Optional.of(fact), reason);
    }

    /** A fact that could not be judged, with a reason in any language. */
    public static Rejection ofFact(String fact, LocalizedText why) {
        return new Rejection(0, Optional.of(fact), why);
    }

    /** What is wrong, in English, naming the field or clause. */
    public String reason() {
        return why.toString();
    }

    /** What is wrong, in {@code locale} (Simplified Chinese for any Chinese locale, else English). */
    public String reason(Locale locale) {
        return why.toString(locale);
    }
}
