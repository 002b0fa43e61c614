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
 * @param clock    which of the fact's clocks of the clause: 0 for the first (a clause with a clock for
 *                 each start event, or restarted when reopened, has more)
 */
public record Escalation(Instant at, String standard, String version, String clause, String fact, String tier,
        int clock) {

    /** The escalation of a fact's first (or only) clock of the clause. */
    public Escalation(Instant at, String standard, String version, String clause, String fact, String tier) {
        this(at, standard, version, clause, fact, tier, 0);
    }

    public Escalation {
        requireNonNull(at, "at");
        requireNonNull(standard, "standard");
        requireNonNull(version, "version");
        requireNonNull(clause, "clause");
        requireNonNull(fact, "fact");
        requireNonNull(tier, "tier");
    }
}
