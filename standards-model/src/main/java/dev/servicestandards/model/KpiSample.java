package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A KPI's measurement of one group and period, summed from its counts; the KPI's rules decide its
 * outcome (met, violated, or insufficient below the minimum sample). Mutable only by those rules.
 */
public final class KpiSample {

    private final Kpi kpi;
    private final String group;
    private final String period;
    private final BigDecimal numerator;
    private final long denominator;
    private final BigDecimal value;
    private Outcome outcome;

    KpiSample(Kpi kpi, String group, String period, BigDecimal numerator, long denominator, BigDecimal value) {
        this.kpi = requireNonNull(kpi, "kpi");
        this.group = requireNonNull(group, "group");
        this.period = requireNonNull(period, "period");
        this.numerator = requireNonNull(numerator, "numerator");
        this.denominator = denominator;
        this.value = value;
    }

    /** The KPI clause's id. */
    public String getKpi() {
        return kpi.getId();
    }

    public Kpi getDefinition() {
        return kpi;
    }

    public String getGroup() {
        return group;
    }

    public String getPeriod() {
        return period;
    }

    public BigDecimal getNumerator() {
        return numerator;
    }

    public long getDenominator() {
        return denominator;
    }

    /** The rate (a fraction) or mean; null for an empty sample. */
    public BigDecimal getValue() {
        return value;
    }

    /** The outcome the rules decided; null until they do. */
    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    @Override
    public String toString() {
        return "KpiSample[" + kpi.getId() + ", " + group + ", " + period + ", " + numerator + "/" + denominator + ", "
                + outcome + "]";
    }
}
