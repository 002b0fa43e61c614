package dev.servicestandards.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.servicestandards.api.Clause;
import dev.servicestandards.api.Fact;
import dev.servicestandards.api.Selector;
import dev.servicestandards.internal.facts.FieldValues;

/**
 * Which clauses of a standard apply to a fact, decided as {@link Selector#matches} decides it
 * but with the work shared: clauses sharing a selector try it once, and each field any selector
 * names is read once per fact. The hot path of every evaluation. Immutable; {@link #match} writes
 * into the caller's arrays, so one instance serves every thread. Internal.
 */
final class Applicability {

    /** The field names the selectors read, each once. */
    private final String[] keys;
    /** For each distinct selector, the index into {@link #keys} of each of its conditions. */
    private final int[][] conditionKeys;
    /** For each distinct selector, the accepted values of each of its conditions. */
    private final List<List<List<String>>> conditionValues = new ArrayList<>();
    /** The distinct selector of each clause. */
    private final int[] selectorOf;

    Applicability(List<Clause> clauses) {
        List<Selector> selectors = new ArrayList<>();
        List<String> names = new ArrayList<>();
        selectorOf = new int[clauses.size()];
        for (int c = 0; c < clauses.size(); c++) {
            Selector selector = clauses.get(c).appliesTo();
            int s = selectors.indexOf(selector);
            if (s < 0) {
                s = selectors.size();
                selectors.add(selector);
            }
            selectorOf[c] = s;
        }
        conditionKeys = new int[selectors.size()][];
        for (int s = 0; s < selectors.size(); s++) {
            Map<String, List<String>> conditions = selectors.get(s).conditions();
            int[] keyIndices = new int[conditions.size()];
            List<List<String>> values = new ArrayList<>();
            int i = 0;
            for (Map.Entry<String, List<String>> condition : conditions.entrySet()) {
                int k = names.indexOf(condition.getKey());
                if (k < 0) {
                    k = names.size();
                    names.add(condition.getKey());
                }
                keyIndices[i++] = k;
                values.add(condition.getValue());
            }
            conditionKeys[s] = keyIndices;
            conditionValues.add(values);
        }
        keys = FieldValues.names(names);
    }

    /** Scratch space for {@link #match}: one per evaluation run. */
    Object[] newValues() {
        return new Object[keys.length];
    }

    /** Scratch space for {@link #match}: one per evaluation run. */
    boolean[] newApplies() {
        return new boolean[conditionKeys.length];
    }

    /**
     * Decides every distinct selector for {@code fact}; afterwards {@link #applies} answers per
     * clause. {@code values} and {@code applies} come from {@link #newValues} and {@link #newApplies}.
     */
    void match(Fact fact, Object[] values, boolean[] applies) {
        for (int k = 0; k < keys.length; k++) {
            values[k] = FieldValues.lookup(fact, keys[k]);
        }
        for (int s = 0; s < applies.length; s++) {
            int[] keyIndices = conditionKeys[s];
            List<List<String>> accepted = conditionValues.get(s);
            boolean all = true;
            for (int i = 0; i < keyIndices.length && all; i++) {
                Object value = values[keyIndices[i]];
                all = value != null && FieldValues.equalsAny(value, accepted.get(i));
            }
            applies[s] = all;
        }
    }

    /** Whether clause {@code c} applies, after {@link #match} filled {@code applies}. */
    boolean applies(int c, boolean[] applies) {
        return applies[selectorOf[c]];
    }

}
