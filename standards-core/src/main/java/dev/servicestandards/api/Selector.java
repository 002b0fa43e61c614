package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

import dev.servicestandards.internal.facts.FieldValues;

/**
 * Which facts a clause applies to ({@code applies-to}): every key must match. A key names a fact
 * field or attribute; the fact's value must equal one of the listed values. A fact without the
 * field does not match. An empty selector matches every fact. Immutable.
 *
 * @param conditions field name to the accepted values (one value for a scalar, several for a list)
 */
public record Selector(Map<String, List<String>> conditions) {

    /** Matches everything. */
    public static final Selector ANY = new Selector(Map.of());

    public Selector {
        requireNonNull(conditions, "conditions");
        conditions = FieldValues.copySorted(conditions);
    }

    /** Whether the fact satisfies every condition. */
    public boolean matches(Fact fact) {
        for (Map.Entry<String, List<String>> condition : conditions.entrySet()) {
            Object value = FieldValues.lookup(fact, condition.getKey());
            if (value == null || !FieldValues.equalsAny(value, condition.getValue())) {
                return false;
            }
        }
        return true;
    }
}
