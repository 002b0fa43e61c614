package dev.servicestandards.rules.internal.facts;

import java.time.Instant;

import dev.servicestandards.internal.time.ClockReading;

/**
 * A time-limit clock at the as-of instant, as the rules see it: whether it stopped, whether it
 * stopped after its deadline, whether it runs past its deadline, and how many escalation tiers it
 * reached. Equal when these and the clause are. Internal.
 */
public final class Clock extends Measure {

    private final boolean stopped;
    private final boolean late;
    private final boolean overdue;
    private final int tiersReached;

    public Clock(int clause, ClockReading reading, Instant asOf) {
        super(clause);
        this.stopped = reading.isStopped();
        this.late = reading.isLate();
        this.overdue = reading.isOverdue(asOf);
        int reached = 0;
        while (reached < reading.tierCount() && reading.isTierReached(reached, asOf)) {
            reached++;
        }
        this.tiersReached = reached;
    }

    public boolean isStopped() {
        return stopped;
    }

    public boolean isLate() {
        return late;
    }

    public boolean isOverdue() {
        return overdue;
    }

    /**
     * How many escalation tiers were reached by as-of. Tier instants increase, so these are the
     * first ones in the order written, and the last of them is the highest.
     */
    public int getTiersReached() {
        return tiersReached;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Clock c && c.getClause() == getClause() && c.stopped == stopped && c.late == late
                && c.overdue == overdue && c.tiersReached == tiersReached;
    }

    @Override
    public int hashCode() {
        // no boxing: every clock a fact makes is looked up by it
        return ((31 * getClause() + tiersReached) << 3) + (stopped ? 4 : 0) + (late ? 2 : 0) + (overdue ? 1 : 0);
    }
}
