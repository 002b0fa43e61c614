package dev.servicestandards.rules.internal.facts;

import dev.servicestandards.api.Outcome;

/**
 * Where the rules put their decisions: the DRL's only global. Stateless; each decision is
 * recorded on its measure. Internal.
 */
public final class Verdicts {

    /** Records the outcome of a measure. */
    public void outcome(Measure measure, Outcome outcome) {
        measure.decide(outcome);
    }

    /** Records that an escalation tier was reached. */
    public void tier(Measure measure, int tier) {
        measure.reach(tier);
    }
}
