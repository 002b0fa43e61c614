package dev.servicestandards.model.internal.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.servicestandards.model.BusinessCalendar;
import dev.servicestandards.model.Event;
import dev.servicestandards.model.TimeAllowance;

/**
 * Reads a time-limit clock off a fact's events: start, first stop, pauses, deadline, tiers.
 * Plain computation, called by the rules. Internal.
 */
public final class Clocks {

    private static final Comparator<Event> BY_TIME = Comparator.comparing(Event::at);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Clocks() {
    }

    /**
     * The clock of a planned clause over {@code events} at {@code asOf}; empty when the start
     * event has not happened by as-of (the clause does not apply yet). Events after as-of are
     * ignored; events out of time order are sorted, equal instants keeping their given order.
     */
    public static Optional<ClockReading> read(Plan plan, List<Event> events, Instant asOf) {
        return readHistory(plan, history(events, asOf), asOf);
    }

    /**
     * The events that happened by {@code asOf}, in time order (a sort is stable: equal instants
     * keep their given order). Every clock of a fact reads the same history, so an evaluation
     * makes it once per fact. The list itself when it already is that history.
     */
    public static List<Event> history(List<Event> events, Instant asOf) {
        boolean inOrder = true;
        Instant previous = null;
        for (Event e : events) {
            if (e.at().isAfter(asOf) || previous != null && e.at().isBefore(previous)) {
                inOrder = false;
                break;
            }
            previous = e.at();
        }
        if (inOrder) {
            return events;
        }
        List<Event> sorted = new ArrayList<>(events.size());
        for (Event e : events) {
            if (!e.at().isAfter(asOf)) {
                sorted.add(e);
            }
        }
        sorted.sort(BY_TIME);
        return sorted;
    }

    /**
     * An escalation tier's instant as a time limit states it: {@code percent}% of the allowed time,
     * plus {@code offset} counted on the same calendar ({@code 100% + 24h}). Immutable.
     */
    public record Tier(BigDecimal percent, Duration offset) {
        public Tier {
            java.util.Objects.requireNonNull(percent, "percent");
            java.util.Objects.requireNonNull(offset, "offset");
        }
    }

    /**
     * What a time limit's clock reads, and what reading it needs, worked out once per clause:
     * for an allowance of time (not of days), the working time allowed and each escalation tier's
     * share of it are the same for every clock. Immutable.
     *
     * @param from             the event that starts the clock
     * @param to               the event that stops it
     * @param within           the allowance
     * @param pauseFrom        the event that pauses the clock, or null
     * @param pauseTo          the event that resumes it, or null
     * @param tiers            the escalation tiers, in increasing order
     * @param calendar         the calendar time counts on
     * @param fixedAllowed     the working time allowed whatever the start, or null (days)
     * @param fixedTierAmounts the active time after which each tier falls due, when fixed; else empty
     * @param cycles           how the fact's events make clocks: the first start event one clock, each
     *                         start event one, or reopened after the stop
     * @param reopenOn         the event that reopens a stopped clock, or null
     */
    public record Plan(String from, String to, TimeAllowance within, String pauseFrom, String pauseTo, List<Tier> tiers,
            BusinessCalendar calendar, Duration fixedAllowed, List<Duration> fixedTierAmounts, Cycles cycles,
            String reopenOn) {

        /** This plan with its clocks made as {@code cycles} say, reopened on {@code reopenOn} (or null). */
        public Plan withCycles(Cycles cycles, String reopenOn) {
            return new Plan(from, to, within, pauseFrom, pauseTo, tiers, calendar, fixedAllowed, fixedTierAmounts, cycles,
                    reopenOn);
        }
    }

    /** How a fact's events make clocks. */
    public enum Cycles {
        /** The first start event starts the one clock; the first stop after it stops it. */
        FIRST,
        /** Every start event starts a clock of its own, stopped by the first stop event after it. */
        EACH,
        /** One clock; reopened after its stop, it runs on, the time it was closed not counting. */
        RESUME,
        /** A clock for the first start event and one for each reopening after a stop, each with a fresh allowance. */
        RESTART
    }

    /** The plan of a time limit's clocks on its calendar. */
    public static Plan plan(String from, String to, TimeAllowance within, String pauseFrom, String pauseTo,
            List<Tier> tiers, BusinessCalendar calendar) {
        if (within instanceof TimeAllowance.Time time) {
            List<Duration> amounts = new ArrayList<>();
            for (Tier tier : tiers) {
                amounts.add(tierAmount(time.duration(), tier));
            }
            return new Plan(from, to, within, pauseFrom, pauseTo, List.copyOf(tiers), calendar, time.duration(),
                    List.copyOf(amounts), Cycles.FIRST, null);
        }
        return new Plan(from, to, within, pauseFrom, pauseTo, List.copyOf(tiers), calendar, null, List.of(), Cycles.FIRST,
                null);
    }

    /**
     * Every clock of a planned clause at {@code asOf} over a {@link #history history}: one for the
     * first start event, or, as the plan's cycles say, one for each start event or each
     * reopening after a stop; in the order they started.
     */
    public static List<ClockReading> readAll(Plan plan, List<Event> history, Instant asOf) {
        if (plan.cycles() == Cycles.FIRST || plan.cycles() == Cycles.RESUME) {
            return readHistory(plan, history, asOf).map(List::of).orElse(List.of());
        }
        List<Integer> starts = new ArrayList<>();
        boolean stopped = true;
        for (int i = 0; i < history.size(); i++) {
            String name = history.get(i).name();
            if (plan.cycles() == Cycles.EACH) {
                if (name.equals(plan.from())) {
                    starts.add(i);
                }
            } else if (starts.isEmpty() ? name.equals(plan.from()) : stopped && name.equals(plan.reopenOn())) {
                starts.add(i);
                stopped = false;
            } else if (!starts.isEmpty() && name.equals(plan.to())) {
                stopped = true;
            }
        }
        List<ClockReading> out = new ArrayList<>(starts.size());
        for (int start : starts) {
            // the events before this clock's start keep only what can matter to it (an open pause);
            // its start is written as the start event, so the plan reads it as the first one
            List<Event> own = new ArrayList<>(history.size());
            for (int i = 0; i < start; i++) {
                Event e = history.get(i);
                if (!e.name().equals(plan.from()) && !e.name().equals(plan.reopenOn())) {
                    own.add(e);
                }
            }
            own.add(new Event(plan.from(), history.get(start).at()));
            own.addAll(history.subList(start + 1, history.size()));
            readHistory(plan, own, asOf).ifPresent(out::add);
        }
        return out;
    }

    /** The active time after which {@code tier} falls due when {@code allowed} is allowed. */
    private static Duration tierAmount(Duration allowed, Tier tier) {
        Duration share = share(allowed, tier.percent());
        return tier.offset().isZero() ? share : share.plus(tier.offset());
    }

    /** The clock of a planned clause at {@code asOf} over a {@link #history history} made for that as-of. */
    public static Optional<ClockReading> readHistory(Plan plan, List<Event> history, Instant asOf) {
        BusinessCalendar calendar = plan.calendar();
        Instant start = null;
        Instant stop = null;
        Instant pausedSince = null;
        List<Instant[]> pauses = List.of();
        String pauseFrom = plan.pauseFrom();
        String pauseTo = plan.pauseTo();
        // a pause that opened before the start, and is still open then, makes the clock start paused
        boolean pausedBefore = false;
        for (int i = 0; i < history.size(); i++) {
            Event e = history.get(i);
            if (start == null) {
                if (e.name().equals(plan.from())) {
                    start = e.at();
                    if (pausedBefore) {
                        pausedSince = start;
                    }
                } else if (e.name().equals(pauseFrom)) {
                    pausedBefore = true;
                } else if (e.name().equals(pauseTo)) {
                    pausedBefore = false;
                }
                continue;
            }
            if (stop != null) {
                // resuming: a reopening after the stop makes the time it was closed a pause
                if (e.name().equals(plan.reopenOn())) {
                    if (e.at().isAfter(stop)) {
                        pauses = with(pauses, stop, e.at());
                    }
                    stop = null;
                }
                continue;
            }
            if (e.name().equals(plan.to())) {
                stop = e.at();
                if (plan.cycles() != Cycles.RESUME) {
                    break;
                }
                if (pausedSince != null) {
                    // closed while paused: the pause ends with it
                    pauses = with(pauses, pausedSince, stop);
                    pausedSince = null;
                }
                continue;
            }
            if (e.name().equals(pauseFrom) && pausedSince == null) {
                pausedSince = e.at();
            } else if (e.name().equals(pauseTo) && pausedSince != null) {
                if (e.at().isAfter(pausedSince)) {
                    pauses = with(pauses, pausedSince, e.at());
                }
                pausedSince = null;
            }
        }
        if (start == null) {
            return Optional.empty();
        }
        if (stop != null && pausedSince != null) {
            // the case closed while paused: the pause ends with it
            pauses = with(pauses, pausedSince, stop);
            pausedSince = null;
        }
        Timeline timeline = new Timeline(calendar, start, pauses, pausedSince);
        boolean fixed = plan.fixedAllowed() != null;
        Duration allowed = fixed ? plan.fixedAllowed() : calendar.allowed(start, plan.within());
        Instant deadline = timeline.instantAfter(allowed);
        Instant horizon = stop != null ? stop : asOf;
        Duration measured = timeline.activeTime(horizon);
        List<Tier> escalation = plan.tiers();
        Instant[] tiers = new Instant[escalation.size()];
        for (int t = 0; t < tiers.length; t++) {
            tiers[t] = timeline.instantAfter(fixed ? plan.fixedTierAmounts().get(t) : tierAmount(allowed, escalation.get(t)));
        }
        return Optional.of(new ClockReading(start, stop, deadline, allowed, measured, pausedSince, tiers));
    }

    /** {@code pauses} and one more: most clocks never pause, and then no list is made. */
    private static List<Instant[]> with(List<Instant[]> pauses, Instant from, Instant to) {
        List<Instant[]> out = pauses.isEmpty() ? new ArrayList<>(2) : pauses;
        out.add(new Instant[] {from, to});
        return out;
    }

    /** {@code percent}% of {@code allowed}, rounded up to the nanosecond. */
    static Duration share(Duration allowed, BigDecimal percent) {
        if (percent.compareTo(HUNDRED) == 0) {
            return allowed;
        }
        // a percentage as written ("75%") has scale 0: only others need stripping to be tested
        boolean whole = percent.scale() <= 0 || percent.stripTrailingZeros().scale() <= 0;
        if (whole && allowed.getSeconds() < 1L << 32) {
            // whole percentages of allowances under a century: exact in long arithmetic
            long nanos = allowed.toNanos();
            long p = percent.longValue();
            return Duration.ofNanos(Math.floorDiv(Math.multiplyExact(nanos, p) + 99, 100));
        }
        BigDecimal nanos = new BigDecimal(allowed.getSeconds()).movePointRight(9)
                .add(BigDecimal.valueOf(allowed.getNano()))
                .multiply(percent).movePointLeft(2).setScale(0, RoundingMode.CEILING);
        BigDecimal[] parts = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
        return Duration.ofSeconds(parts[0].longValueExact(), parts[1].longValueExact());
    }

    /** Active working time from the start: the calendar's working time outside pauses. */
    private static final class Timeline {
        private final BusinessCalendar calendar;
        private final Instant start;
        private final List<Instant[]> pauses;
        private final Instant openPause;

        Timeline(BusinessCalendar calendar, Instant start, List<Instant[]> pauses, Instant openPause) {
            this.calendar = calendar;
            this.start = start;
            this.pauses = pauses;
            this.openPause = openPause;
        }

        /** Active time in {@code [start, until)}. */
        Duration activeTime(Instant until) {
            Duration total = Duration.ZERO;
            Instant from = start;
            for (Instant[] pause : pauses) {
                if (!pause[0].isBefore(until)) {
                    break;
                }
                total = total.plus(calendar.workingTime(from, pause[0]));
                from = pause[1];
            }
            Instant end = openPause != null && openPause.isBefore(until) ? openPause : until;
            return total.plus(calendar.workingTime(from, end));
        }

        /** The earliest instant by which {@code amount} of active time has passed; null if an open pause comes first. */
        Instant instantAfter(Duration amount) {
            Duration remaining = amount;
            Instant from = start;
            for (Instant[] pause : pauses) {
                Duration segment = calendar.workingTime(from, pause[0]);
                if (segment.compareTo(remaining) >= 0) {
                    return calendar.plusWorkingTime(from, remaining);
                }
                remaining = remaining.minus(segment);
                from = pause[1];
            }
            if (openPause != null) {
                Duration segment = calendar.workingTime(from, openPause);
                return segment.compareTo(remaining) >= 0 ? calendar.plusWorkingTime(from, remaining) : null;
            }
            return calendar.plusWorkingTime(from, remaining);
        }
    }
}
