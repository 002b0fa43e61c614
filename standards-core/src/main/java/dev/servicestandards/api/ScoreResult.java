package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The weighted score of one group (docs/format.md, "Scoring"). Immutable.
 *
 * @param standard   the standard id
 * @param version    the standard version
 * @param group      the group-by value ({@code (none)} for facts without it)
 * @param total      the sum of the dimension scores, out of the scoring base
 * @param grade      the grade band the total falls in, if grades are declared
 * @param dimensions dimension to score, in the order the standard declares them
 * @param points     dimension to penalty points that produced the score
 * @param facts      how many facts of the group were judged
 * @param violations how many violated findings the group's facts have
 */
public record ScoreResult(String standard, String version, String group, BigDecimal total, Optional<String> grade,
        Map<String, BigDecimal> dimensions, Map<String, BigDecimal> points, long facts, long violations) {

    public ScoreResult {
        requireNonNull(standard, "standard");
        requireNonNull(version, "version");
        requireNonNull(group, "group");
        requireNonNull(total, "total");
        requireNonNull(grade, "grade");
        dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
        points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
    }
}
