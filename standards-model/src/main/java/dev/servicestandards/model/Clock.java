package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.servicestandards.model.internal.time.ClockReading;

/**
 * One fact's clock of one time-limit clause, read at the as-of instant: when it started and
 * stopped, its deadline, the time allowed and used on the clause's calendar, an open pause, and
 * when each escalation tier falls due. The clause's rules decide from it. Immutable.
 */
public final class Clock implements Reading {

    private final TimeLimit clause;
    private final Fact fact;
    private final Instant asOf;
    private final ClockReading reading;
    private final int occurrence;
    private final String limit;

    Clock(TimeLimit clause, Fact fact, Instant asOf, ClockReading reading, int occurrence, String limit) {
        this.clause = requireNonNull(clause, "clause");
        this.fact = requireNonNull(fact, "fact");
        this.asOf = requireNonNull(asOf, "asOf");
        this.reading = requireNonNull(reading, "reading");
        this.occurrence = occurrence;
        this.limit = requireNonNull(limit, "limit");
    }

    /** 0 for a fact's first clock of the clause; 1, 2 ... for the clocks of later start events or reopenings. */
    public int getOccurrence() {
        return occurrence;
    }

    /** The allowance this clock was given, as reports show it ({@code PT4H}, {@code 3 working days}). */
    public String getLimit() {
        return limit;
    }

    @Override
    public String getClause() {
        return clause.getId();
    }

    @Override
    public TimeLimit getDefinition() {
        return clause;
    }

    @Override
    public Fact getFact() {
        return fact;
    }

    /** The instant the clock was read at. */
    public Instant getAsOf() {
        return asOf;
    }

    public Instant getStart() {
        return reading.start();
    }

    /** The first stop event after the start, by as-of; null if none. */
    public Instant getStop() {
        return reading.stop().orElse(null);
    }

    public boolean isStopped() {
        return reading.isStopped();
    }

    /** When the allowance runs out; null while a pause that began before it is open. */
    public Instant getDeadline() {
        return reading.deadline().orElse(null);
    }

    /** The working time allowed. */
    public Duration getAllowed() {
        return reading.allowed();
    }

    /** The working time used, up to the stop (or as-of, or the start of an open pause). */
    public Duration getMeasured() {
        return reading.measured();
    }

    /** The start of a pause still open at as-of, or null. */
    public Instant getPausedSince() {
        return reading.pausedSince().orElse(null);
    }

    /** Working time used beyond the allowance; zero when within it. */
    public Duration getLate() {
        Duration late = reading.measured().minus(reading.allowed());
        return late.isNegative() ? Duration.ZERO : late;
    }

    /** When the tier {@code name} falls due, on the clause's calendar and net of pauses; null while unknown. */
    public Instant tier(String name) {
        int index = clause.getTiers().indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("clause " + clause.getId() + " has no tier " + name);
        }
        return reading.tierInstants().get(index).orElse(null);
    }

    /**
     * Whether the tier {@code name} was reached: it fell due at or before as-of and, if the clock
     * stopped, before the stop (a stop at the same instant as a tier wins).
     */
    public boolean reached(String name) {
        int index = clause.getTiers().indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("clause " + clause.getId() + " has no tier " + name);
        }
        return reading.isTierReached(index, asOf);
    }

    /**
     * The next instant after as-of at which a decision about this clock changes if no event comes:
     * a tier not reached yet falls due, or the deadline passes (the nanosecond after it, when a
     * clock still running becomes overdue); null when none (stopped, or paused without end). The
     * live monitor judges the fact again then.
     */
    public Instant nextDue() {
        if (reading.isStopped()) {
            return null;
        }
        Instant next = null;
        Instant deadline = reading.deadline().orElse(null);
        if (deadline != null && !deadline.isBefore(asOf)) {
            next = deadline.plusNanos(1);
        }
        List<java.util.Optional<Instant>> tiers = reading.tierInstants();
        for (java.util.Optional<Instant> tier : tiers) {
            if (tier.isPresent() && tier.get().isAfter(asOf) && (next == null || tier.get().isBefore(next))) {
                next = tier.get();
            }
        }
        return next;
    }

    /** The reading, for the library's own reports. */
    public ClockReading reading() {
        return reading;
    }

    @Override
    public String toString() {
        return "Clock[" + clause.getId() + ", " + fact.id() + ", " + reading + "]";
    }
}
