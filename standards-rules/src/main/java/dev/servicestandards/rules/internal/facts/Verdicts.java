package dev.servicestandards.rules.internal.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.servicestandards.api.Outcome;

/**
 * Where the rules put their decisions: an outcome per measure, and the highest escalation tier
 * reached. One instance per evaluation; not thread-safe. Internal.
 */
public final class Verdicts {

    /** A decision about one measure. */
    public static final class Verdict {
        private final Measure measure;
        private Outcome outcome;
        private int tier = -1;

        Verdict(Measure measure) {
            this.measure = measure;
        }

        public Measure measure() {
            return measure;
        }

        public Outcome outcome() {
            return outcome;
        }

        /** The highest tier reached, or -1. */
        public int tier() {
            return tier;
        }
    }

    private final Map<Measure, Verdict> byMeasure = new HashMap<>();
    private final List<Verdict> inOrder = new ArrayList<>();

    private Verdict of(Measure measure) {
        return byMeasure.computeIfAbsent(measure, m -> {
            Verdict v = new Verdict(m);
            inOrder.add(v);
            return v;
        });
    }

    /** Records the outcome of a measure; two different outcomes for one measure are a rule-set defect. */
    public void outcome(Measure measure, Outcome outcome) {
        Verdict v = of(measure);
        if (v.outcome != null && v.outcome != outcome) {
            throw new IllegalStateException("clause " + measure.getClause() + " decided both " + v.outcome
                    + " and " + outcome + " for one fact");
        }
        v.outcome = outcome;
    }

    /** Records that a tier was reached; the highest one is kept. */
    public void tier(Measure measure, int tier) {
        Verdict v = of(measure);
        v.tier = Math.max(v.tier, tier);
    }

    /** Every verdict, in the order first decided. */
    public List<Verdict> all() {
        return inOrder;
    }
}
