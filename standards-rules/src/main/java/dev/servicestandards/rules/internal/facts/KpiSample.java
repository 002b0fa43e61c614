package dev.servicestandards.rules.internal.facts;

import java.math.BigDecimal;

import dev.servicestandards.internal.population.KpiAccumulator;

/**
 * What a KPI measured for one group and period. Samples are few and judged one by one, so,
 * unlike other measures, a sample is equal only to itself. Internal.
 */
public final class KpiSample extends Measure {

    private final KpiAccumulator.Sample sample;

    public KpiSample(int clause, KpiAccumulator.Sample sample) {
        super(clause);
        this.sample = sample;
    }

    public KpiAccumulator.Sample getSample() {
        return sample;
    }

    public long getDenominator() {
        return sample.denominator();
    }

    /** The rate or mean; null for an empty sample (which the rules judge insufficient first). */
    public BigDecimal getValue() {
        return sample.value().orElse(null);
    }
}
