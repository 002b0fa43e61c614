package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

/**
 * A clause that could not judge a fact, and why: a date in a year without official calendar data,
 * a pattern that needed too much work on a conversation, an instant too far out. No finding is
 * made for the pair; the fact is judged on every other clause. Immutable.
 *
 * @param line     the fact's 1-based input line, or 0 when the fact came without one
 * @param fact     the fact's id
 * @param standard the standard id
 * @param version  the standard version
 * @param clause   the clause id
 * @param reason   what stopped the judgement
 */
public record Unjudged(long line, String fact, String standard, String version, String clause, String reason) {

    public Unjudged {
        requireNonNull(fact, "fact");
        requireNonNull(standard, "standard");
        requireNonNull(version, "version");
        requireNonNull(clause, "clause");
        requireNonNull(reason, "reason");
    }
}
