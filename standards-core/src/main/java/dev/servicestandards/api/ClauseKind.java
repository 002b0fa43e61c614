package dev.servicestandards.api;

import dev.servicestandards.model.Outcome;

import dev.servicestandards.model.TimeAllowance;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a clause demands: exactly one of the kinds of the standard format (docs/format.md, "Clauses"). Immutable.
 */
public sealed interface ClauseKind {

    /** The key a standard uses for this kind, e.g. {@code time-limit}. */
    String key();

    /** Calls the method of {@code visitor} for this kind. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of clause: code that must handle every kind implements it, so a new kind
     * it does not handle is a compile error, not a silent default.
     *
     * @param <R> what each method returns
     */
    interface Visitor<R> {
        R timeLimit(TimeLimit kind);

        R followUp(FollowUp kind);

        R forbiddenPhrases(ForbiddenPhrases kind);

        R requiredPhrase(RequiredPhrase kind);

        R limit(Limit kind);

        R requiredFields(RequiredFields kind);

        R kpi(Kpi kind);

        R repeat(Repeat kind);
    }

    /**
     * A kind with a clock that must stop within an allowance: a {@link TimeLimit} or a
     * {@link FollowUp}. Such clauses run late, reach escalation tiers and can be followed up.
     */
    sealed interface Timed extends ClauseKind {
        /** The event that stops the clock. */
        String to();

        /** The allowance (with {@link #withinBy()}, the allowance of any other value). */
        TimeAllowance within();

        /** The calendar time counts on. */
        String calendar();

        /** The events between which the clock does not run. */
        Optional<Pause> pause();

        /** The escalation tiers, strictly increasing. */
        List<EscalationTier> escalation();

        /** The allowance chosen by an attribute, if so. */
        Optional<Choice> withinBy();

        /** Every allowance the clause may give: those chosen by value, then {@code within}. */
        default List<TimeAllowance> allowances() {
            List<TimeAllowance> out = new java.util.ArrayList<>();
            withinBy().ifPresent(c -> out.addAll(c.allowances().values()));
            out.add(within());
            return out;
        }
    }

    /** An interval during which the clock does not run. */
    record Pause(String from, String to) {
        public Pause {
            requireNonNull(from, "from");
            requireNonNull(to, "to");
        }
    }

    /**
     * The allowance of a time limit chosen by an attribute of the fact ({@code within: { by:
     * priority, P1: 4h, P2: 8h, otherwise: 24h }}); a fact whose value is none of these, or that has
     * none, gets the time limit's {@code within}.
     *
     * @param attribute  the field or attribute whose value chooses
     * @param allowances the allowance of each value, in the order written
     */
    record Choice(String attribute, java.util.Map<String, TimeAllowance> allowances) {
        public Choice {
            requireNonNull(attribute, "attribute");
            allowances = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(allowances));
        }
    }

    /**
     * What a time limit's clock does when its fact is reopened after the stop event.
     *
     * @param on      the event that reopens the fact
     * @param restart whether the clock starts again with a fresh allowance (one finding per
     *                cycle), rather than resuming where it stopped (the time closed does not count)
     */
    record Reopen(String on, boolean restart) {
        public Reopen {
            requireNonNull(on, "on");
        }
    }

    /**
     * A clock from one event to another that must stop within the allowance.
     *
     * @param from       the event that starts the clock
     * @param to         the event that stops it
     * @param within     the allowance (with {@code withinBy}, the allowance of any other value)
     * @param calendar   the calendar time counts on
     * @param pause      the events between which the clock does not run
     * @param escalation the tiers, strictly increasing
     * @param withinBy   the allowance chosen by an attribute, if so
     * @param each       whether every start event opens a clock of its own (stopped by the next
     *                   stop event), one finding each, rather than the first start event one clock
     * @param reopen     what a reopened fact's clock does, if the clause says
     */
    record TimeLimit(String from, String to, TimeAllowance within, String calendar, Optional<Pause> pause,
            List<EscalationTier> escalation, Optional<Choice> withinBy, boolean each, Optional<Reopen> reopen)
            implements Timed {
        public TimeLimit {
            requireNonNull(from, "from");
            requireNonNull(to, "to");
            requireNonNull(within, "within");
            requireNonNull(calendar, "calendar");
            requireNonNull(pause, "pause");
            escalation = List.copyOf(escalation);
            requireNonNull(withinBy, "withinBy");
            requireNonNull(reopen, "reopen");
        }

        /** A time limit with one allowance, one clock a fact, not reopened. */
        public TimeLimit(String from, String to, TimeAllowance within, String calendar, Optional<Pause> pause,
                List<EscalationTier> escalation) {
            this(from, to, within, calendar, pause, escalation, Optional.empty(), false, Optional.empty());
        }

        @Override
        public String key() {
            return "time-limit";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.timeLimit(this);
        }
    }

    /**
     * What a follow-up waits for: another timed clause of the same standard reaching one of its
     * escalation tiers, or (without a tier) being violated.
     *
     * @param clause the id of a time-limit or follow-up clause
     * @param tier   the tier of that clause whose instant starts the follow-up; empty: its deadline
     *               passing unmet starts it
     */
    record After(String clause, Optional<String> tier) {
        public After {
            requireNonNull(clause, "clause");
            requireNonNull(tier, "tier");
        }
    }

    /**
     * A clock that starts when another clause is violated or reaches a tier ("escalated to the
     * branch → the supervisor calls back within 4 hours"), one for each clock of that clause that
     * does, and must stop within the allowance.
     *
     * @param after      what starts the clock
     * @param to         the event that stops it; only one at or after the start counts
     * @param within     the allowance (with {@code withinBy}, the allowance of any other value)
     * @param calendar   the calendar time counts on
     * @param pause      the events between which the clock does not run
     * @param escalation the tiers, strictly increasing
     * @param withinBy   the allowance chosen by an attribute, if so
     */
    record FollowUp(After after, String to, TimeAllowance within, String calendar, Optional<Pause> pause,
            List<EscalationTier> escalation, Optional<Choice> withinBy) implements Timed {
        public FollowUp {
            requireNonNull(after, "after");
            requireNonNull(to, "to");
            requireNonNull(within, "within");
            requireNonNull(calendar, "calendar");
            requireNonNull(pause, "pause");
            escalation = List.copyOf(escalation);
            requireNonNull(withinBy, "withinBy");
        }

        @Override
        public String key() {
            return "follow-up";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.followUp(this);
        }
    }

    /** Phrases and patterns a speaker must never say. */
    record ForbiddenPhrases(String speaker, List<String> phrases, List<String> patterns) implements ClauseKind {
        public ForbiddenPhrases {
            requireNonNull(speaker, "speaker");
            phrases = List.copyOf(phrases);
            patterns = List.copyOf(patterns);
        }

        @Override
        public String key() {
            return "forbidden-phrases";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.forbiddenPhrases(this);
        }
    }

    /** Where a required phrase must be said. */
    enum Position { FIRST, LAST, ANY }

    /** One of some phrases a speaker must say, in the first, last or any utterance. */
    record RequiredPhrase(String speaker, Position position, List<String> anyOf) implements ClauseKind {
        public RequiredPhrase {
            requireNonNull(speaker, "speaker");
            requireNonNull(position, "position");
            anyOf = List.copyOf(anyOf);
        }

        @Override
        public String key() {
            return "required-phrase";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.requiredPhrase(this);
        }
    }

    /** A numeric attribute bounded from above or below (exactly one of the two is present). */
    record Limit(String attribute, Optional<BigDecimal> atMost, Optional<BigDecimal> atLeast) implements ClauseKind {
        public Limit {
            requireNonNull(attribute, "attribute");
            requireNonNull(atMost, "atMost");
            requireNonNull(atLeast, "atLeast");
            if (atMost.isPresent() == atLeast.isPresent()) {
                throw new IllegalArgumentException("a limit needs exactly one of at-most and at-least");
            }
        }

        @Override
        public String key() {
            return "limit";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.limit(this);
        }
    }

    /** Attributes that must be present and not blank. */
    record RequiredFields(List<String> fields) implements ClauseKind {
        public RequiredFields {
            fields = List.copyOf(fields);
        }

        @Override
        public String key() {
            return "required-fields";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.requiredFields(this);
        }
    }

    /**
     * At most {@code atMost} facts with the same {@code key} within {@code within}: the fact that
     * makes one more is violated, the others met.
     *
     * @param keyField the field or attribute whose value says whose facts count together (a customer)
     * @param within  the window, as written: elapsed time ({@code 30 days}, {@code 720h})
     * @param atMost  how many facts of one key a window may hold
     * @param datedBy the event that dates a fact; empty: its earliest event
     */
    record Repeat(String keyField, String within, int atMost, Optional<String> datedBy) implements ClauseKind {
        public Repeat {
            requireNonNull(keyField, "keyField");
            requireNonNull(within, "within");
            requireNonNull(datedBy, "datedBy");
        }

        @Override
        public String key() {
            return "repeat";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.repeat(this);
        }
    }

    /** Period over which a KPI is bucketed. */
    enum Period { DAY, WEEK, MONTH, QUARTER, YEAR }

    /** What a KPI measures: a rate of a clause outcome, a rate of an attribute value, a mean or a percentile. */
    sealed interface Measure {
    }

    /** Share of facts whose outcome of {@code clause} is {@code outcome}. */
    record RateOfOutcome(String clause, Outcome outcome) implements Measure {
    }

    /** Share of facts whose attribute equals a value. */
    record RateOfAttribute(String attribute, String equalsValue) implements Measure {
    }

    /** Mean of a numeric attribute over the facts that have it. */
    record AverageOf(String attribute) implements Measure {
    }

    /**
     * A percentile of a numeric attribute over the facts that have it, by nearest rank: the
     * smallest value that at least {@code percentile}% of them do not exceed.
     *
     * @param percentile above 0 and at most 100
     */
    record PercentileOf(String attribute, BigDecimal percentile) implements Measure {
        public PercentileOf {
            requireNonNull(attribute, "attribute");
            requireNonNull(percentile, "percentile");
        }
    }

    /** A population indicator with a target. Targets of rates are fractions (90% is 0.9). */
    record Kpi(Measure measure, Selector among, Optional<String> groupBy, Optional<Period> period,
            Optional<BigDecimal> atLeast, Optional<BigDecimal> atMost, int minSample) implements ClauseKind {
        public Kpi {
            requireNonNull(measure, "measure");
            requireNonNull(among, "among");
            requireNonNull(groupBy, "groupBy");
            requireNonNull(period, "period");
            requireNonNull(atLeast, "atLeast");
            requireNonNull(atMost, "atMost");
        }

        @Override
        public String key() {
            return "kpi";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.kpi(this);
        }
    }
}
