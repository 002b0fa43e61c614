package dev.servicestandards.rules.internal.facts;

import java.time.Instant;

import dev.servicestandards.internal.time.ClockReading;

/** A time-limit clock at the as-of instant. Immutable. Internal. */
public final class Clock extends Measure {

    private final ClockReading reading;
    private final Instant asOf;
    private final int tiersReached;

    public Clock(int clause, int fact, ClockReading reading, Instant asOf) {
        super(clause, fact);
        this.reading = reading;
        this.asOf = asOf;
        int reached = 0;
        while (reached < reading.tierCount() && reading.isTierReached(reached, asOf)) {
            reached++;
        }
        this.tiersReached = reached;
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

    /**
     * How many escalation tiers were reached by as-of. Tier instants increase, so these are the
     * first ones in the order written, and the last of them is the highest.
     */
    public int getTiersReached() {
        return tiersReached;
    }
}
