package dev.servicestandards.rules.internal.facts;

import java.time.Instant;

import dev.servicestandards.internal.time.ClockReading;

/** A time-limit clock at the as-of instant. Immutable. Internal. */
public final class Clock extends Measure {

    private final ClockReading reading;
    private final Instant asOf;

    public Clock(int clause, int fact, ClockReading reading, Instant asOf) {
        super(clause, fact);
        this.reading = reading;
        this.asOf = asOf;
    }

    public ClockReading getReading() {
        return reading;
    }

    public boolean isStopped() {
        return reading.isStopped();
    }

    public boolean isLate() {
        return reading.isLate();
    }

    public boolean isOverdue() {
        return reading.isOverdue(asOf);
    }

    /** Whether escalation tier {@code index} (0-based, in the order written) was reached by as-of. */
    public boolean tierReached(int index) {
        return reading.isTierReached(index, asOf);
    }
}
