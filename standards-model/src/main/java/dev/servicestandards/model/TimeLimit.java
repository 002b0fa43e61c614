package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.servicestandards.model.internal.time.ClockReading;
import dev.servicestandards.model.internal.time.Clocks;
import dev.servicestandards.model.internal.time.DurationText;

/**
 * A time-limit clause: a clock that starts at one event (or, for a follow-up, at an instant another
 * clause's rules give), stops at another, may pause between two more, and must stop within an
 * allowance counted on a calendar; escalation tiers fall due at shares of the allowance. Its rules
 * ask it to {@linkplain #read read} each fact's clock and then decide met, violated or pending and
 * the highest tier reached. Immutable and thread-safe.
 */
public final class TimeLimit extends Clause {

    private final String from;
    private final String to;
    private final TimeAllowance within;
    private final String pauseFrom;
    private final String pauseTo;
    private final BusinessCalendar calendar;
    private final List<String> tierNames;
    private final List<String> tierTexts;
    private final Clocks.Plan plan;
    private final String by;
    private final java.util.Map<String, Clocks.Plan> plans = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, TimeAllowance> allowances = new java.util.LinkedHashMap<>();

    private TimeLimit(Builder b) {
        super(b.head);
        this.from = b.from;
        this.to = requireNonNull(b.to, "to");
        this.within = requireNonNull(b.within, "within");
        this.pauseFrom = b.pauseFrom;
        this.pauseTo = b.pauseTo;
        this.calendar = requireNonNull(b.calendar, "calendar");
        this.tierNames = List.copyOf(b.tierNames);
        this.tierTexts = List.copyOf(b.tierTexts);
        this.plan = Clocks.plan(from == null ? "" : from, to, within, pauseFrom, pauseTo, b.tiers, calendar)
                .withCycles(b.cycles, b.reopenOn);
        this.by = b.by;
        b.allowances.forEach((value, allowance) -> {
            allowances.put(value, allowance);
            plans.put(value, Clocks.plan(from == null ? "" : from, to, allowance, pauseFrom, pauseTo, b.tiers, calendar)
                    .withCycles(b.cycles, b.reopenOn));
        });
    }

    /** Starts stating a time-limit clause. */
    public static Builder clause(String standard, String version, String id, Severity severity, String dimension) {
        return new Builder(head(standard, version, id, severity, dimension));
    }

    /** The event that starts the clock; null for a follow-up, whose rules give the start ({@link #readFrom}). */
    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public TimeAllowance getWithin() {
        return within;
    }

    public BusinessCalendar getCalendar() {
        return calendar;
    }

    /** The escalation tiers' names, in increasing order of their instants. */
    public List<String> getTiers() {
        return tierNames;
    }

    /** The tiers' instants as the standard writes them ({@code 75%}, {@code 100% + 24h}). */
    public List<String> getTierInstants() {
        return tierTexts;
    }

    @Override
    public String getLimit() {
        return limit(within);
    }

    /** The limit as reports show it: {@code PT48H}, {@code 3 working days}. */
    static String limit(TimeAllowance within) {
        return within instanceof TimeAllowance.Time time ? time.duration().toString() : within.toString();
    }

    /** The attribute whose value chooses the allowance, or null. */
    public String getBy() {
        return by;
    }

    /** The allowance of each value of {@link #getBy()}, in the order written. */
    public java.util.Map<String, TimeAllowance> getAllowances() {
        return java.util.Collections.unmodifiableMap(allowances);
    }

    /**
     * The clocks of {@code fact} at {@code asOf}, in the order they started: one {@link Clock} (or
     * one for each start event, or reopening, as the clause says); a single {@link NotJudged} when
     * they cannot be read (a date without calendar data, an instant too far out); none when the
     * start event has not happened by as-of (the clause does not apply yet).
     */
    public List<Reading> read(Fact fact, Instant asOf) {
        return read(fact, asOf, plan);
    }

    /** The clocks of {@code fact} with the allowance chosen for the value {@code value} of {@link #getBy()}. */
    public List<Reading> read(Fact fact, Instant asOf, String value) {
        return read(fact, asOf, chosen(value));
    }

    /**
     * The clock of a follow-up that starts at {@code start}, read off the fact's events as
     * {@link #read(Fact, Instant)} reads them: only a stop event at or after the start counts, and a
     * pause open at the start holds the clock. None while {@code start} is null or after as-of.
     *
     * @param occurrence the position of the clock that started it, so that each gets its own
     */
    public List<Reading> readFrom(Fact fact, Instant start, Instant asOf, int occurrence) {
        return readFrom(fact, start, asOf, occurrence, plan);
    }

    /** {@link #readFrom(Fact, Instant, Instant, int)} with the allowance chosen for {@code value} of {@link #getBy()}. */
    public List<Reading> readFrom(Fact fact, Instant start, Instant asOf, int occurrence, String value) {
        return readFrom(fact, start, asOf, occurrence, chosen(value));
    }

    private List<Reading> readFrom(Fact fact, Instant start, Instant asOf, int occurrence, Clocks.Plan chosen) {
        if (from != null) {
            throw new IllegalStateException("clause " + getId() + " starts at " + from + ", not at an instant");
        }
        if (start == null || start.isAfter(asOf)) {
            return List.of();
        }
        try {
            List<Event> history = Clocks.history(fact.events(), asOf);
            // the start is written as the start event, before any event at the same instant; events
            // before it matter only if they open or close a pause
            List<Event> withStart = new ArrayList<>(history.size() + 1);
            int i = 0;
            while (i < history.size() && history.get(i).at().isBefore(start)) {
                withStart.add(history.get(i++));
            }
            withStart.add(new Event(chosen.from(), start));
            withStart.addAll(history.subList(i, history.size()));
            return Clocks.readHistory(chosen, withStart, asOf)
                    .<List<Reading>>map(r -> List.of(new Clock(this, fact, asOf, r, occurrence, limit(chosen.within()))))
                    .orElse(List.of());
        } catch (CalendarRangeException e) {
            return List.of(new NotJudged(this, fact, e.getMessage()));
        } catch (ArithmeticException | DateTimeException e) {
            return List.of(new NotJudged(this, fact, "an instant of the clock is out of range: " + e.getMessage()));
        }
    }

    private Clocks.Plan chosen(String value) {
        Clocks.Plan chosen = plans.get(value);
        if (chosen == null) {
            throw new IllegalArgumentException("clause " + getId() + " has no allowance for " + by + " " + value);
        }
        return chosen;
    }

    private List<Reading> read(Fact fact, Instant asOf, Clocks.Plan chosen) {
        if (from == null) {
            throw new IllegalStateException("follow-up " + getId() + " starts when its rules say: read it with readFrom");
        }
        try {
            List<ClockReading> readings = Clocks.readAll(chosen, Clocks.history(fact.events(), asOf), asOf);
            if (readings.isEmpty()) {
                return List.of();
            }
            List<Reading> out = new ArrayList<>(readings.size());
            for (ClockReading r : readings) {
                out.add(new Clock(this, fact, asOf, r, out.size(), limit(chosen.within())));
            }
            return out;
        } catch (CalendarRangeException e) {
            return List.of(new NotJudged(this, fact, e.getMessage()));
        } catch (ArithmeticException | DateTimeException e) {
            return List.of(new NotJudged(this, fact, "an instant of the clock is out of range: " + e.getMessage()));
        }
    }

    /** States a time-limit clause; see {@link TimeLimit#clause}. Not thread-safe. */
    public static final class Builder {
        private final Head head;
        private String from;
        private String to;
        private TimeAllowance within;
        private String pauseFrom;
        private String pauseTo;
        private BusinessCalendar calendar;
        private final List<String> tierNames = new ArrayList<>();
        private final List<String> tierTexts = new ArrayList<>();
        private final List<Clocks.Tier> tiers = new ArrayList<>();
        private String by;
        private final java.util.Map<String, TimeAllowance> allowances = new java.util.LinkedHashMap<>();
        private Clocks.Cycles cycles = Clocks.Cycles.FIRST;
        private String reopenOn;

        private Builder(Head head) {
            this.head = head;
        }

        /** The allowance is chosen by this attribute's value: see {@link #within(String, String)}. */
        public Builder by(String attribute) {
            this.by = requireNonNull(attribute, "attribute");
            return this;
        }

        /** The allowance of a fact whose {@link #by} attribute is {@code value}; {@link #within(String)} is any other's. */
        public Builder within(String value, String allowance) {
            allowances.put(requireNonNull(value, "value"), TimeAllowance.parse(allowance)
                    .orElseThrow(() -> new IllegalArgumentException("not an allowance: " + allowance)));
            return this;
        }

        /** Every start event starts a clock of its own, stopped by the first stop event after it. */
        public Builder each() {
            this.cycles = Clocks.Cycles.EACH;
            return this;
        }

        /**
         * After the stop, the event {@code on} reopens the fact: the clock {@code resume}s (the
         * time closed does not count) or {@code restart}s with a fresh allowance (a clock a cycle).
         */
        public Builder reopen(String on, String clock) {
            this.reopenOn = requireNonNull(on, "on");
            this.cycles = switch (clock) {
                case "resume" -> Clocks.Cycles.RESUME;
                case "restart" -> Clocks.Cycles.RESTART;
                default -> throw new IllegalArgumentException("a reopened clock resumes or restarts, not " + clock);
            };
            return this;
        }

        /** The event that starts the clock; a follow-up has none: its rules give the start instant. */
        public Builder from(String event) {
            this.from = requireNonNull(event, "event");
            return this;
        }

        /** The event that stops the clock. */
        public Builder to(String event) {
            this.to = requireNonNull(event, "event");
            return this;
        }

        /** The allowance, as a standard writes it: {@code 48h}, {@code 1h30m}, {@code 3 working days}, {@code 3 days}. */
        public Builder within(String allowance) {
            this.within = TimeAllowance.parse(allowance)
                    .orElseThrow(() -> new IllegalArgumentException("not an allowance: " + allowance));
            return this;
        }

        /** The events between which the clock does not run. */
        public Builder pause(String from, String to) {
            this.pauseFrom = requireNonNull(from, "from");
            this.pauseTo = requireNonNull(to, "to");
            return this;
        }

        /** The calendar time counts on. */
        public Builder on(BusinessCalendar calendar) {
            this.calendar = requireNonNull(calendar, "calendar");
            return this;
        }

        /** An escalation tier, e.g. {@code ("branch", "100% + 24h")}; tiers come in increasing order. */
        public Builder tier(String name, String at) {
            tiers.add(parseTier(at));
            tierNames.add(requireNonNull(name, "name"));
            tierTexts.add(at);
            return this;
        }

        public TimeLimit build() {
            return new TimeLimit(this);
        }
    }

    /** {@code P%} or {@code P% + duration}. */
    static Clocks.Tier parseTier(String at) {
        String t = at.strip();
        int percent = t.indexOf('%');
        if (percent < 0) {
            throw new IllegalArgumentException("not a tier instant: " + at);
        }
        BigDecimal share = new BigDecimal(t.substring(0, percent).strip());
        String rest = t.substring(percent + 1).strip();
        Duration offset = Duration.ZERO;
        if (!rest.isEmpty()) {
            if (!rest.startsWith("+")) {
                throw new IllegalArgumentException("not a tier instant: " + at);
            }
            offset = DurationText.parse(rest.substring(1))
                    .orElseThrow(() -> new IllegalArgumentException("not a tier instant: " + at));
        }
        return new Clocks.Tier(share, offset);
    }
}
