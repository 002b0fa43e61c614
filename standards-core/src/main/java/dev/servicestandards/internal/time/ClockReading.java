package dev.servicestandards.internal.time;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The state of one time-limit clock for one fact at an as-of instant. Immutable. Internal.
 *
 * @param start        when the clock started
 * @param stop         the first stop event at or after the start, if it happened by as-of
 * @param deadline     when the allowance runs out; empty while a pause that began before it is open
 * @param allowed      the working time allowed
 * @param measured     the working time used, up to the stop (or as-of, or the start of an open pause)
 * @param pausedSince  the start of a pause still open at as-of
 * @param tierInstants the instant of each escalation tier, in tier order; empty where unknown
 */
public record ClockReading(Instant start, Optional<Instant> stop, Optional<Instant> deadline, Duration allowed,
        Duration measured, Optional<Instant> pausedSince, List<Optional<Instant>> tierInstants) {

    public ClockReading {
        requireNonNull(start, "start");
        requireNonNull(stop, "stop");
        requireNonNull(deadline, "deadline");
        requireNonNull(allowed, "allowed");
        requireNonNull(measured, "measured");
        requireNonNull(pausedSince, "pausedSince");
        tierInstants = List.copyOf(tierInstants);
    }

    /** Whether the stop event happened. */
    public boolean isStopped() {
        return stop.isPresent();
    }

    /** Whether the stop event came after the deadline. */
    public boolean isLate() {
        return stop.isPresent() && deadline.isPresent() && stop.get().isAfter(deadline.get());
    }

    /** Whether, with no stop event, as-of is past the deadline. */
    public boolean isOverdue(Instant asOf) {
        return stop.isEmpty() && deadline.isPresent() && asOf.isAfter(deadline.get());
    }

    /**
     * Whether tier {@code index} was reached by as-of: its instant is at or before as-of and,
     * if the stop event came, before the stop (a stop at the same instant wins).
     */
    public boolean isTierReached(int index, Instant asOf) {
        Optional<Instant> at = tierInstants.get(index);
        return at.isPresent() && !at.get().isAfter(asOf) && (stop.isEmpty() || at.get().isBefore(stop.get()));
    }
}
