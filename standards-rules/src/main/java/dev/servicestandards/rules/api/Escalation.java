package dev.servicestandards.rules.api;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An escalation tier that fell due, as the live monitor reports it. Immutable.
 *
 * @param at       the instant the tier fell due
 * @param standard the standard id
 * @param version  the standard version
 * @param clause   the time-limit clause
 * @param fact     the fact
 * @param tier     the tier's name, e.g. {@code station}
 */
public record Escalation(Instant at, String standard, String version, String clause, String fact, String tier) {

    public Escalation {
        requireNonNull(at, "at");
        requireNonNull(standard, "standard");
        requireNonNull(version, "version");
        requireNonNull(clause, "clause");
        requireNonNull(fact, "fact");
        requireNonNull(tier, "tier");
    }
}
