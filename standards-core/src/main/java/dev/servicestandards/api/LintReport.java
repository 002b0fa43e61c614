package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link Lint} found in a set of facts against a standard: input a standard silently does not
 * judge. Immutable.
 *
 * @param source       how the facts are named in the problems (a file name, or {@code facts})
 * @param facts        how many facts were checked
 * @param unselected   how many facts no clause selects (no {@code applies-to}, and for a KPI no
 *                     {@code among}, matches them)
 * @param unreadEvents event names no clause reads, each with the number of facts that carry it,
 *                     in name order
 * @param wrongTypes   values a clause reads as numbers that are not numbers, by name and clause
 * @param problems     the same findings as problems, one a line when printed: {@code STD-W006}
 *                     for the unselected facts, {@code STD-W007} for each unread event name,
 *                     {@code STD-E070} for each value of the wrong type
 */
public record LintReport(String source, int facts, int unselected, Map<String, Integer> unreadEvents,
        List<WrongType> wrongTypes, List<Problem> problems) {

    /**
     * A field or attribute a clause reads as a number, which some facts hold as something else
     * (text that is not a number, or a boolean): the clause cannot judge those facts by it.
     *
     * @param name       the field or attribute
     * @param clause     the clause that reads it
     * @param facts      how many facts hold it as something other than a number
     * @param firstFact  the id of the first such fact
     * @param firstValue that fact's value, as text
     */
    public record WrongType(String name, String clause, int facts, String firstFact, String firstValue) {
        public WrongType {
            requireNonNull(name, "name");
            requireNonNull(clause, "clause");
            requireNonNull(firstFact, "firstFact");
            requireNonNull(firstValue, "firstValue");
        }
    }

    public LintReport {
        requireNonNull(source, "source");
        unreadEvents = Collections.unmodifiableMap(new TreeMap<>(unreadEvents));
        wrongTypes = List.copyOf(wrongTypes);
        problems = List.copyOf(problems);
    }

    /** Whether nothing was found: every fact is selected, every event read, every number a number. */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
