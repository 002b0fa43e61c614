package dev.servicestandards.rules.internal.monitor;

import java.time.Instant;

/** An escalation tier that falls due at an instant, for a fact and clause. Immutable. Internal. */
public final class DueTier {

    private final String fact;
    private final int clause;
    private final int tier;
    private final Instant at;
    private final long delay;

    DueTier(String fact, int clause, int tier, Instant at, long delay) {
        this.fact = fact;
        this.clause = clause;
        this.tier = tier;
        this.at = at;
        this.delay = delay;
    }

    public String getFact() {
        return fact;
    }

    public int getClause() {
        return clause;
    }

    public int getTier() {
        return tier;
    }

    public Instant getAt() {
        return at;
    }

    /** Milliseconds from insertion on the session clock until the tier falls due. */
    public long getDelay() {
        return delay;
    }
}
