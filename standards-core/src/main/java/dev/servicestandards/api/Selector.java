package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.servicestandards.model.Fact;
import dev.servicestandards.model.internal.facts.FieldValues;

/**
 * Which facts a clause applies to ({@code applies-to}): every condition must hold. A key names a
 * fact field or attribute; its value must equal one of the listed values, or, for a range, be a
 * number within it. {@code not} holds when the selector inside does not match; {@code any-of}
 * when one of its selectors does. A fact without a field meets no condition on it (so
 * {@code not: { channel: web }} holds for a fact without a channel). An empty selector matches
 * every fact. Immutable.
 *
 * @param conditions field name to the accepted values (one value for a scalar, several for a list)
 * @param ranges     field name to the range its number must be in
 * @param not        a selector the fact must not match, if any
 * @param anyOf      selectors of which the fact must match one, if any
 */
public record Selector(Map<String, List<String>> conditions, Map<String, Range> ranges, Optional<Selector> not,
        List<Selector> anyOf) {

    /** Matches everything. */
    public static final Selector ANY = new Selector(Map.of());

    /**
     * Bounds of a numeric field; each present one must hold.
     *
     * @param atLeast  the number is at least this
     * @param atMost   the number is at most this
     * @param moreThan the number is more than this
     * @param lessThan the number is less than this
     */
    public record Range(Optional<BigDecimal> atLeast, Optional<BigDecimal> atMost, Optional<BigDecimal> moreThan,
            Optional<BigDecimal> lessThan) {
        public Range {
            requireNonNull(atLeast, "atLeast");
            requireNonNull(atMost, "atMost");
            requireNonNull(moreThan, "moreThan");
            requireNonNull(lessThan, "lessThan");
        }

        /** Whether {@code value} is within every bound. */
        public boolean contains(BigDecimal value) {
            return atLeast.map(b -> value.compareTo(b) >= 0).orElse(true) && atMost.map(b -> value.compareTo(b) <= 0).orElse(true)
                    && moreThan.map(b -> value.compareTo(b) > 0).orElse(true) && lessThan.map(b -> value.compareTo(b) < 0).orElse(true);
        }

        /** {@code at least 1000, less than 5000}. */
        public String describe() {
            List<String> parts = new ArrayList<>();
            atLeast.ifPresent(b -> parts.add("at least " + b.toPlainString()));
            moreThan.ifPresent(b -> parts.add("more than " + b.toPlainString()));
            atMost.ifPresent(b -> parts.add("at most " + b.toPlainString()));
            lessThan.ifPresent(b -> parts.add("less than " + b.toPlainString()));
            return String.join(", ", parts);
        }
    }

    public Selector {
        requireNonNull(conditions, "conditions");
        conditions = FieldValues.copySorted(conditions);
        ranges = Collections.unmodifiableMap(new TreeMap<>(ranges));
        requireNonNull(not, "not");
        anyOf = List.copyOf(anyOf);
    }

    /** A selector of equality conditions only. */
    public Selector(Map<String, List<String>> conditions) {
        this(conditions, Map.of(), Optional.empty(), List.of());
    }

    /** Whether it has no condition at all. */
    public boolean isEmpty() {
        return conditions.isEmpty() && ranges.isEmpty() && not.isEmpty() && anyOf.isEmpty();
    }

    /** Whether the fact satisfies every condition. */
    public boolean matches(Fact fact) {
        for (Map.Entry<String, List<String>> condition : conditions.entrySet()) {
            Object value = FieldValues.lookup(fact, condition.getKey());
            if (value == null || !FieldValues.equalsAny(value, condition.getValue())) {
                return false;
            }
        }
        for (Map.Entry<String, Range> range : ranges.entrySet()) {
            BigDecimal number = fact.number(range.getKey());
            if (number == null || !range.getValue().contains(number)) {
                return false;
            }
        }
        if (not.isPresent() && not.get().matches(fact)) {
            return false;
        }
        if (!anyOf.isEmpty()) {
            for (Selector one : anyOf) {
                if (one.matches(fact)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** {@code {kind=[complaint], type=[ticket]}}, with ranges, {@code not} and {@code any-of} when present: how revisions compare it. */
    public String text() {
        StringBuilder out = new StringBuilder(conditions.toString());
        ranges.forEach((field, range) -> out.append(' ').append(field).append(' ').append(range.describe()));
        not.ifPresent(n -> out.append(" not ").append(n.text()));
        if (!anyOf.isEmpty()) {
            out.append(" any-of ").append(anyOf.stream().map(Selector::text).toList());
        }
        return out.toString();
    }
}
