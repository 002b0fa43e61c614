package dev.servicestandards.model.internal.time;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of one time-limit clock for one fact at an as-of instant. Immutable. Internal.
 *
 * <p>A value with the accessors of a record, kept as a class so that what may be unknown is
 * held as null and handed out as {@link Optional}: an evaluation reads a clock per clause per
 * fact and asks for the optional parts of few of them.
 */
public final class ClockReading {

    private final Instant start;
    private final Instant stop;
    private final Instant deadline;
    private final Duration allowed;
    private final Duration measured;
    private final Instant pausedSince;
    private final Instant[] tiers;

    /**
     * @param start       when the clock started
     * @param stop        the first stop event at or after the start, if it happened by as-of, or null
     * @param deadline    when the allowance runs out, or null while a pause that began before it is open
     * @param allowed     the working time allowed
     * @param measured    the working time used, up to the stop (or as-of, or the start of an open pause)
     * @param pausedSince the start of a pause still open at as-of, or null
     * @param tiers       the instant of each escalation tier, in tier order; null where unknown. Not copied.
     */
    ClockReading(Instant start, Instant stop, Instant deadline, Duration allowed, Duration measured,
            Instant pausedSince, Instant[] tiers) {
        this.start = requireNonNull(start, "start");
        this.stop = stop;
        this.deadline = deadline;
        this.allowed = requireNonNull(allowed, "allowed");
        this.measured = requireNonNull(measured, "measured");
        this.pausedSince = pausedSince;
        this.tiers = requireNonNull(tiers, "tiers");
    }

    /** When the clock started. */
    public Instant start() {
        return start;
    }

    /** The first stop event at or after the start, if it happened by as-of. */
    public Optional<Instant> stop() {
        return Optional.ofNullable(stop);
    }

    /** When the allowance runs out; empty while a pause that began before it is open. */
    public Optional<Instant> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** The working time allowed. */
    public Duration allowed() {
        return allowed;
    }

    /** The working time used, up to the stop (or as-of, or the start of an open pause). */
    public Duration measured() {
        return measured;
    }

    /** The start of a pause still open at as-of. */
    public Optional<Instant> pausedSince() {
        return Optional.ofNullable(pausedSince);
    }

    /** The instant of each escalation tier, in tier order; empty where unknown. */
    public List<Optional<Instant>> tierInstants() {
        List<Optional<Instant>> out = new ArrayList<>(tiers.length);
        for (Instant tier : tiers) {
            out.add(Optional.ofNullable(tier));
        }
        return List.copyOf(out);
    }

    /** How many escalation tiers the clause has. */
    public int tierCount() {
        return tiers.length;
    }

    /** Whether the stop event happened. */
    public boolean isStopped() {
        return stop != null;
    }

    /** Whether the stop event came after the deadline. */
    public boolean isLate() {
        return stop != null && deadline != null && stop.isAfter(deadline);
    }

    /** Whether, with no stop event, as-of is past the deadline. */
    public boolean isOverdue(Instant asOf) {
        return stop == null && deadline != null && asOf.isAfter(deadline);
    }

    /**
     * Whether tier {@code index} was reached by as-of: its instant is at or before as-of and,
     * if the stop event came, before the stop (a stop at the same instant wins).
     */
    public boolean isTierReached(int index, Instant asOf) {
        Instant at = tiers[index];
        return at != null && !at.isAfter(asOf) && (stop == null || at.isBefore(stop));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClockReading r && start.equals(r.start) && Objects.equals(stop, r.stop)
                && Objects.equals(deadline, r.deadline) && allowed.equals(r.allowed) && measured.equals(r.measured)
                && Objects.equals(pausedSince, r.pausedSince) && Arrays.equals(tiers, r.tiers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, stop, deadline, allowed, measured, pausedSince, Arrays.hashCode(tiers));
    }

    @Override
    public String toString() {
        return "ClockReading[start=" + start + ", stop=" + stop + ", deadline=" + deadline + ", allowed=" + allowed
                + ", measured=" + measured + ", pausedSince=" + pausedSince + ", tiers=" + Arrays.toString(tiers) + "]";
    }
}
