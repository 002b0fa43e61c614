package dev.servicestandards.internal.population;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;
import dev.servicestandards.model.KpiCount;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.model.internal.facts.FieldValues;

/**
 * Counts one KPI clause over a population, fact by fact, in memory proportional to the number
 * of groups and periods (not facts). Not thread-safe: one per evaluation. Internal.
 */
public final class KpiAccumulator {

    /** What a group and period measured. */
    public record Sample(String group, String period, BigDecimal numerator, long denominator,
            Optional<BigDecimal> value) {
    }

    private final Clause clause;
    private final ClauseKind.Kpi kpi;
    private final ZoneId zone;
    private final Optional<String> startEvent;
    private final Optional<String> groupBy;
    private final Optional<ClauseKind.Period> period;
    private final Map<String, Map<String, KpiCount>> counts = new TreeMap<>();

    /**
     * @param startEvent the event that starts the referenced clause's clock (a time-limit's
     *                   {@code from}), used to bucket periods; otherwise the fact's earliest event
     */
    public KpiAccumulator(Clause clause, ZoneId zone, Optional<String> startEvent) {
        this(clause, zone, startEvent, ((ClauseKind.Kpi) clause.kind()).groupBy(), ((ClauseKind.Kpi) clause.kind()).period());
    }

    /**
     * Counts the KPI grouped by {@code groupBy} per {@code period} instead of the clause's own
     * group and period (a quality summary regroups every KPI of a standard).
     */
    public KpiAccumulator(Clause clause, ZoneId zone, Optional<String> startEvent, Optional<String> groupBy,
            Optional<ClauseKind.Period> period) {
        this.clause = clause;
        this.kpi = (ClauseKind.Kpi) clause.kind();
        this.zone = zone;
        this.startEvent = startEvent;
        this.groupBy = groupBy;
        this.period = period;
    }

    public Clause clause() {
        return clause;
    }

    /** The clause whose outcomes a {@code rate-of: {clause: ...}} KPI counts, if any. */
    public Optional<String> referencedClause() {
        return kpi.measure() instanceof ClauseKind.RateOfOutcome rate ? Optional.of(rate.clause()) : Optional.empty();
    }

    /**
     * Counts a fact. {@code outcome} is the fact's outcome of the referenced clause (the worst of
     * its findings), empty if the clause did not judge it.
     */
    public void add(Fact fact, Optional<Outcome> outcome) {
        if (!clause.appliesTo().matches(fact) || !kpi.among().matches(fact)) {
            return;
        }
        BigDecimal counted;
        if (kpi.measure() instanceof ClauseKind.RateOfOutcome rate) {
            // only decided facts count: a pending clock is neither met nor violated yet
            if (outcome.isEmpty() || outcome.get() == Outcome.PENDING && rate.outcome() != Outcome.PENDING) {
                return;
            }
            counted = outcome.get() == rate.outcome() ? BigDecimal.ONE : BigDecimal.ZERO;
        } else if (kpi.measure() instanceof ClauseKind.RateOfAttribute rate) {
            Optional<Object> value = fact.field(rate.attribute());
            if (value.isEmpty()) {
                return;
            }
            counted = FieldValues.equalsText(value.get(), rate.equalsValue()) ? BigDecimal.ONE : BigDecimal.ZERO;
        } else {
            String attribute = kpi.measure() instanceof ClauseKind.PercentileOf p ? p.attribute()
                    : ((ClauseKind.AverageOf) kpi.measure()).attribute();
            Optional<BigDecimal> value = fact.field(attribute).flatMap(FieldValues::number);
            if (value.isEmpty()) {
                return;
            }
            counted = value.get();
        }
        Optional<String> period = period(fact);
        if (period.isEmpty()) {
            return;
        }
        String group = groupBy.map(g -> fact.field(g).map(String::valueOf).orElse("(none)")).orElse("all");
        String id = clause.id();
        KpiCount count = kpi.measure() instanceof ClauseKind.PercentileOf
                ? new KpiCount(id, group, period.get(), counted, 1, new TreeMap<>(Map.of(counted, 1L)))
                : new KpiCount(id, group, period.get(), counted, 1);
        counts.computeIfAbsent(group, g -> new TreeMap<>()).merge(period.get(), count, KpiCount::plus);
    }

    private Optional<String> period(Fact fact) {
        if (period.isEmpty()) {
            return Optional.of("all");
        }
        Optional<Instant> start = Optional.empty();
        for (Event e : fact.events()) {
            boolean relevant = startEvent.isEmpty() || e.name().equals(startEvent.get());
            if (relevant && (start.isEmpty() || e.at().isBefore(start.get()))) {
                start = Optional.of(e.at());
            }
        }
        return start.map(instant -> label(period.get(), instant.atZone(zone).toLocalDate()));
    }

    /** {@code 2025-03-03}, {@code 2025-W10}, {@code 2025-03}, {@code 2025-Q1}, {@code 2025}. */
    static String label(ClauseKind.Period period, LocalDate day) {
        return switch (period) {
            case DAY -> day.toString();
            case WEEK -> day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + twoDigits(day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> day.getYear() + "-" + twoDigits(day.getMonthValue());
            case QUARTER -> day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(day.getYear());
        };
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** Every group and period counted, in group then period order. */
    public List<Sample> samples() {
        List<Sample> out = new ArrayList<>();
        BigDecimal percentile = kpi.measure() instanceof ClauseKind.PercentileOf p ? p.percentile() : null;
        counts.forEach((group, periods) -> periods.forEach((period, c) -> out.add(new Sample(group, period,
                c.getNumerator(), c.getDenominator(), Optional.ofNullable(c.value(percentile))))));
        return out;
    }
}
