package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * A KPI clause: a population indicator per group and period. Its rules count each fact
 * ({@link #count}), sum the counts of each group and period into a {@link KpiSample}
 * ({@link #sample}), and judge the sample against the target. Immutable.
 */
public final class Kpi extends Clause {

    private final String measure;
    private final String groupBy;
    private final String period;
    private final String periodEvent;
    private final ZoneId zone;
    private final String target;
    private final BigDecimal percentile;

    private Kpi(Builder b) {
        super(b.head);
        this.measure = requireNonNull(b.measure, "measure");
        this.groupBy = b.groupBy;
        this.period = b.period;
        this.periodEvent = b.periodEvent;
        this.zone = requireNonNull(b.zone, "zone");
        this.target = requireNonNull(b.target, "target");
        this.percentile = b.percentile;
    }

    /** Starts stating a KPI clause. */
    public static Builder clause(String standard, String version, String id, Severity severity, String dimension) {
        return new Builder(head(standard, version, id, severity, dimension));
    }

    /** What is measured, as the standard writes it (e.g. {@code rate of complaint.answer met}). */
    public String getMeasure() {
        return measure;
    }

    /** The field whose value names a fact's group, or null (one group, {@code all}). */
    public String getGroupBy() {
        return groupBy;
    }

    /** {@code day}, {@code week}, {@code month}, {@code quarter}, {@code year}, or null (one period, {@code all}). */
    public String getPeriod() {
        return period;
    }

    @Override
    public String getLimit() {
        return target;
    }

    /** The percentile measured (e.g. 95), or null for a rate or mean. */
    public BigDecimal getPercentile() {
        return percentile;
    }

    /**
     * The count of one fact: its group and period, and what it adds to the numerator (1 or 0 for
     * a rate, its value for a mean) and the denominator (1). Null when the fact has no period (no
     * event to date it by).
     */
    public KpiCount count(Fact fact, BigDecimal numerator) {
        String label = periodOf(fact);
        if (label == null) {
            return null;
        }
        String group = groupBy == null ? "all" : fact.field(groupBy).map(String::valueOf).orElse("(none)");
        if (percentile != null) {
            java.util.SortedMap<BigDecimal, Long> values = new java.util.TreeMap<>();
            values.put(numerator, 1L);
            return new KpiCount(getId(), group, label, numerator, 1, values);
        }
        return new KpiCount(getId(), group, label, numerator, 1);
    }

    /** The sample of a group and period from its summed count. */
    public KpiSample sample(KpiCount count) {
        return new KpiSample(this, count.getGroup(), count.getPeriod(), count.getNumerator(), count.getDenominator(),
                count.value(percentile));
    }

    /**
     * The samples of every group and period, each summed from the counts of that group and period
     * (which may be partial sums themselves), in group then period order.
     */
    public java.util.List<KpiSample> samples(java.util.List<KpiCount> counts) {
        java.util.Map<String, java.util.Map<String, KpiCount>> summed = new java.util.TreeMap<>();
        for (KpiCount c : counts) {
            if (c.getKpi().equals(getId())) {
                summed.computeIfAbsent(c.getGroup(), g -> new java.util.TreeMap<>()).merge(c.getPeriod(), c, KpiCount::plus);
            }
        }
        java.util.List<KpiSample> out = new java.util.ArrayList<>();
        summed.values().forEach(periods -> periods.values().forEach(c -> out.add(sample(c))));
        return out;
    }

    private String periodOf(Fact fact) {
        if (period == null) {
            return "all";
        }
        Instant start = null;
        for (Event e : fact.events()) {
            boolean relevant = periodEvent == null || e.name().equals(periodEvent);
            if (relevant && (start == null || e.at().isBefore(start))) {
                start = e.at();
            }
        }
        return start == null ? null : label(period, start.atZone(zone).toLocalDate());
    }

    /** {@code 2025-03-03}, {@code 2025-W10}, {@code 2025-03}, {@code 2025-Q1}, {@code 2025}. */
    static String label(String period, LocalDate day) {
        return switch (period.toLowerCase(Locale.ROOT)) {
            case "day" -> day.toString();
            case "week" -> day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + twoDigits(day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "month" -> day.getYear() + "-" + twoDigits(day.getMonthValue());
            case "quarter" -> day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
            case "year" -> Integer.toString(day.getYear());
            default -> throw new IllegalArgumentException("not a period: " + period);
        };
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** States a KPI clause; see {@link Kpi#clause}. Not thread-safe. */
    public static final class Builder {
        private final Head head;
        private String measure;
        private String groupBy;
        private String period;
        private String periodEvent;
        private ZoneId zone;
        private String target;
        private BigDecimal percentile;

        private Builder(Head head) {
            this.head = head;
        }

        /** What is measured, as reports name it. */
        public Builder measure(String text) {
            this.measure = requireNonNull(text, "text");
            return this;
        }

        /** Facts are grouped by this field's value. */
        public Builder groupBy(String field) {
            this.groupBy = requireNonNull(field, "field");
            return this;
        }

        /**
         * Facts are bucketed by {@code period} of their {@code event} (the first of that name), or
         * of their earliest event when {@code event} is null, in {@code zone}.
         */
        public Builder period(String period, String event) {
            label(period, LocalDate.EPOCH);
            this.period = period;
            this.periodEvent = event;
            return this;
        }

        /** The KPI measures this percentile of the values counted (0 &lt; p ≤ 100), e.g. {@code "95"}. */
        public Builder percentile(String p) {
            BigDecimal value = new BigDecimal(p);
            if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("a percentile is above 0 and at most 100, not " + p);
            }
            this.percentile = value;
            return this;
        }

        /** The zone in which periods begin and end. */
        public Builder zone(String zone) {
            this.zone = ZoneId.of(zone);
            return this;
        }

        /** The target as reports show it, e.g. {@code at-least 0.9}. */
        public Builder target(String text) {
            this.target = requireNonNull(text, "text");
            return this;
        }

        public Kpi build() {
            return new Kpi(this);
        }
    }
}
