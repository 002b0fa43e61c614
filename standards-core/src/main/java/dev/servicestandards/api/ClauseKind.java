package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a clause demands: exactly one of the kinds of Standard Format v1, section 2. Immutable.
 */
public sealed interface ClauseKind {

    /** The key a standard uses for this kind, e.g. {@code time-limit}. */
    String key();

    /** An interval during which the clock does not run. */
    record Pause(String from, String to) {
        public Pause {
            requireNonNull(from, "from");
            requireNonNull(to, "to");
        }
    }

    /** A clock from one event to another that must stop within the allowance. */
    record TimeLimit(String from, String to, TimeAllowance within, String calendar, Optional<Pause> pause,
            List<EscalationTier> escalation) implements ClauseKind {
        public TimeLimit {
            requireNonNull(from, "from");
            requireNonNull(to, "to");
            requireNonNull(within, "within");
            requireNonNull(calendar, "calendar");
            requireNonNull(pause, "pause");
            escalation = List.copyOf(escalation);
        }

        @Override
        public String key() {
            return "time-limit";
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
    }

    /** Period over which a KPI is bucketed. */
    enum Period { DAY, WEEK, MONTH, QUARTER, YEAR }

    /** What a KPI measures: a rate of a clause outcome, a rate of an attribute value, or a mean. */
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
    }
}
