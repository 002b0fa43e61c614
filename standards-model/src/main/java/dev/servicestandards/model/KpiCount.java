package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * What one fact (or, summed, several) adds to a KPI's group and period. Immutable. Equal only to
 * itself: two facts that count the same are two counts (truth maintenance would otherwise merge
 * equal logical insertions into one).
 */
public final class KpiCount {

    private final String kpi;
    private final String group;
    private final String period;
    private final BigDecimal numerator;
    private final long denominator;

    private final java.util.SortedMap<BigDecimal, Long> values;

    /**
     * @param kpi         the KPI clause's id
     * @param group       the group, {@code all} without group-by, {@code (none)} for facts without the field
     * @param period      the period label, {@code all} without a period
     * @param numerator   facts with the outcome or value counted (for a mean or a percentile: the sum)
     * @param denominator facts counted
     */
    public KpiCount(String kpi, String group, String period, BigDecimal numerator, long denominator) {
        this(kpi, group, period, numerator, denominator, java.util.Collections.emptySortedMap());
    }

    /**
     * A count that also keeps its values, for a percentile: each value counted and how many facts
     * had it (values compare numerically: {@code 2.0} and {@code 2} are one value).
     */
    public KpiCount(String kpi, String group, String period, BigDecimal numerator, long denominator,
            java.util.SortedMap<BigDecimal, Long> values) {
        this.kpi = requireNonNull(kpi, "kpi");
        this.group = requireNonNull(group, "group");
        this.period = requireNonNull(period, "period");
        this.numerator = requireNonNull(numerator, "numerator");
        this.denominator = denominator;
        this.values = values.isEmpty() ? java.util.Collections.emptySortedMap()
                : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(values));
    }

    /** The count of both: same KPI, group and period, numerators and denominators summed, values merged. */
    public KpiCount plus(KpiCount other) {
        if (!kpi.equals(other.kpi) || !group.equals(other.group) || !period.equals(other.period)) {
            throw new IllegalArgumentException("not the same KPI, group and period: " + this + " and " + other);
        }
        java.util.SortedMap<BigDecimal, Long> merged = values;
        if (!other.values.isEmpty()) {
            merged = new java.util.TreeMap<>(values);
            for (java.util.Map.Entry<BigDecimal, Long> e : other.values.entrySet()) {
                merged.merge(e.getKey(), e.getValue(), Long::sum);
            }
        }
        return new KpiCount(kpi, group, period, numerator.add(other.numerator), denominator + other.denominator, merged);
    }

    /** Each value counted for a percentile and how many facts had it, in increasing order; empty otherwise. */
    public java.util.SortedMap<BigDecimal, Long> getValues() {
        return values;
    }

    /**
     * What the count measures: with {@code percentile} (e.g. 95) the nearest-rank percentile of
     * its values, the smallest value that at least that share of the facts do not exceed;
     * otherwise the rate or mean, numerator over denominator. Null when nothing was counted.
     */
    public BigDecimal value(BigDecimal percentile) {
        if (denominator == 0) {
            return null;
        }
        if (percentile == null) {
            return numerator.divide(BigDecimal.valueOf(denominator), java.math.MathContext.DECIMAL64);
        }
        long total = 0;
        for (long n : values.values()) {
            total += n;
        }
        if (total == 0) {
            return null;
        }
        // rank = ⌈p / 100 × n⌉, at least 1
        long rank = Math.max(1, percentile.multiply(BigDecimal.valueOf(total))
                .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.CEILING).longValueExact());
        long seen = 0;
        for (java.util.Map.Entry<BigDecimal, Long> e : values.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return e.getKey();
            }
        }
        return values.lastKey();
    }

    public String getKpi() {
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

    @Override
    public String toString() {
        return "KpiCount[" + kpi + ", " + group + ", " + period + ", " + numerator + "/" + denominator
                + (values.isEmpty() ? "" : ", " + values) + "]";
    }
}
