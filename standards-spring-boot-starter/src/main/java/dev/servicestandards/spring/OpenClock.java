package dev.servicestandards.spring;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

import dev.servicestandards.model.Outcome;

/**
 * A time limit running for a fact in the live monitor: started, not yet stopped. Immutable.
 *
 * @param standard the standard id
 * @param version  the revision that judges the fact
 * @param clause   the time-limit clause
 * @param fact     the fact
 * @param started  when the clock started (the clause's start event)
 * @param deadline when the allowance runs out (empty while the clock is paused)
 * @param outcome  {@code PENDING} before the deadline, {@code VIOLATED} after it
 * @param tier     the highest escalation tier reached so far
 * @param paused   whether the clock is paused now
 */
public record OpenClock(String standard, String version, String clause, String fact, Instant started,
        Optional<Instant> deadline, Outcome outcome, Optional<String> tier, boolean paused) {

    public OpenClock {
        requireNonNull(standard, "standard");
        requireNonNull(version, "version");
        requireNonNull(clause, "clause");
        requireNonNull(fact, "fact");
        requireNonNull(started, "started");
        requireNonNull(deadline, "deadline");
        requireNonNull(outcome, "outcome");
        requireNonNull(tier, "tier");
    }
}
