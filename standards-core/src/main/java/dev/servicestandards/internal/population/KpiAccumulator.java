package dev.servicestandards.internal.population;

import java.math.BigDecimal;
import java.math.MathContext;
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
import dev.servicestandards.api.Event;
import dev.servicestandards.api.Fact;
import dev.servicestandards.api.Outcome;
import dev.servicestandards.internal.facts.FieldValues;

/**
 * Counts one KPI clause over a population, fact by fact, in memory proportional to the number
 * of groups and periods (not facts). Not thread-safe: one per evaluation. Internal.
 */
public final class KpiAccumulator {

    /** What a group and period measured. */
    public record Sample(String group, String period, BigDecimal numerator, long denominator,
            Optional<BigDecimal> value) {
    }

    private static final class Counter {
        BigDecimal numerator = BigDecimal.ZERO;
        long denominator;
    }

    private final Clause clause;
    private final ClauseKind.Kpi kpi;
    private final ZoneId zone;
    private final Optional<String> startEvent;
    private final Map<String, Map<String, Counter>> counters = new TreeMap<>();

    /**
     * @param startEvent the event that starts the referenced clause's clock (a time-limit's
     *                   {@code from}), used to bucket periods; otherwise the fact's earliest event
     */
    public KpiAccumulator(Clause clause, ZoneId zone, Optional<String> startEvent) {
        this.clause = clause;
        this.kpi = (ClauseKind.Kpi) clause.kind();
        this.zone = zone;
        this.startEvent = startEvent;
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
            Optional<BigDecimal> value = fact.field(((ClauseKind.AverageOf) kpi.measure()).attribute())
                    .flatMap(FieldValues::number);
            if (value.isEmpty()) {
                return;
            }
            counted = value.get();
        }
        Optional<String> period = period(fact);
        if (period.isEmpty()) {
            return;
        }
        String group = kpi.groupBy().map(g -> fact.field(g).map(String::valueOf).orElse("(none)")).orElse("all");
        Counter counter = counters.computeIfAbsent(group, g -> new TreeMap<>()).computeIfAbsent(period.get(), p -> new Counter());
        counter.numerator = counter.numerator.add(counted);
        counter.denominator++;
    }

    private Optional<String> period(Fact fact) {
        if (kpi.period().isEmpty()) {
            return Optional.of("all");
        }
        Optional<Instant> start = Optional.empty();
        for (Event e : fact.events()) {
            boolean relevant = startEvent.isEmpty() || e.name().equals(startEvent.get());
            if (relevant && (start.isEmpty() || e.at().isBefore(start.get()))) {
                start = Optional.of(e.at());
            }
        }
        return start.map(instant -> label(kpi.period().get(), instant.atZone(zone).toLocalDate()));
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
        counters.forEach((group, periods) -> periods.forEach((period, c) -> out.add(new Sample(group, period,
                c.numerator, c.denominator, c.denominator == 0 ? Optional.empty()
                        : Optional.of(c.numerator.divide(BigDecimal.valueOf(c.denominator), MathContext.DECIMAL64))))));
        return out;
    }
}
