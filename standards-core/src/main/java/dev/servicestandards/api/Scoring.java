package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How penalty points become scores (docs/format.md, "Scoring"). Immutable.
 *
 * @param base       the maximum total, equal to the sum of the weights
 * @param groupBy    whose score: a fact field such as {@code agent}
 * @param dimensions dimension name to weight, in the order written
 * @param grades     grade bands, highest first; the last may have no lower bound
 */
public record Scoring(BigDecimal base, String groupBy, Map<String, BigDecimal> dimensions, List<Grade> grades) {

    /** A grade band: a total at or above {@code atLeast} gets {@code grade}. */
    public record Grade(Optional<BigDecimal> atLeast, String grade) {
        public Grade {
            requireNonNull(atLeast, "atLeast");
            requireNonNull(grade, "grade");
        }
    }

    public Scoring {
        requireNonNull(base, "base");
        requireNonNull(groupBy, "groupBy");
        dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
        grades = List.copyOf(grades);
    }
}
