package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Input that could not be used: a line of a facts file (1-based {@code line}), or a fact that
 * could not be judged on some clause ({@code fact}, e.g. a date outside a calendar's data).
 * Immutable.
 *
 * @param line   the 1-based input line, or 0 when the fact came without one
 * @param fact   the fact's id, when known
 * @param reason what is wrong, naming the field or clause
 */
public record Rejection(long line, Optional<String> fact, String reason) {

    public Rejection {
        requireNonNull(fact, "fact");
        requireNonNull(reason, "reason");
    }

    /** A rejected input line. */
    public Rejection(long line, String reason) {
        this(line, Optional.empty(), reason);
    }

    /** A fact that could not be judged. */
    public static Rejection ofFact(String fact, String reason) {
        return new Rejection(0, Optional.of(fact), reason);
    }
}
