package dev.servicestandards.internal.population;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.servicestandards.api.Scoring;
import dev.servicestandards.api.ScoreResult;

/**
 * Sums penalty points per group and dimension and turns them into scores:
 * {@code weight × max(0, 1 − points / weight)} per dimension, the total their sum. Memory grows
 * with the number of groups only. Not thread-safe. Internal.
 */
public final class ScoreAccumulator {

    private static final class Group {
        long facts;
        long violations;
        final Map<String, BigDecimal> points = new LinkedHashMap<>();
    }

    private final String standard;
    private final String version;
    private final Scoring scoring;
    private final Map<String, Group> groups = new TreeMap<>();

    public ScoreAccumulator(String standard, String version, Scoring scoring) {
        this.standard = standard;
        this.version = version;
        this.scoring = scoring;
    }

    /** The field whose value names a fact's group. */
    public String groupBy() {
        return scoring.groupBy();
    }

    /** Counts a fact of {@code group}. */
    public void fact(String group) {
        groups.computeIfAbsent(group, g -> new Group()).facts++;
    }

    /** Counts a violated finding of {@code group}. */
    public void violation(String group) {
        groups.computeIfAbsent(group, g -> new Group()).violations++;
    }

    /** Adds penalty points of a finding in {@code dimension} to {@code group}. */
    public void points(String group, String dimension, BigDecimal points) {
        if (scoring.dimensions().containsKey(dimension) && points.signum() > 0) {
            groups.computeIfAbsent(group, g -> new Group()).points.merge(dimension, points, BigDecimal::add);
        }
    }

    public List<ScoreResult> scores() {
        List<ScoreResult> out = new ArrayList<>();
        groups.forEach((name, group) -> {
            Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
            Map<String, BigDecimal> points = new LinkedHashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> d : scoring.dimensions().entrySet()) {
                BigDecimal weight = d.getValue();
                BigDecimal lost = group.points.getOrDefault(d.getKey(), BigDecimal.ZERO);
                // weight × max(0, 1 − points / weight) is exactly max(0, weight − points)
                BigDecimal score = weight.subtract(lost).max(BigDecimal.ZERO);
                dimensions.put(d.getKey(), score);
                points.put(d.getKey(), lost);
                total = total.add(score);
            }
            out.add(new ScoreResult(standard, version, name, total, grade(total), dimensions, points, group.facts,
                    group.violations));
        });
        return out;
    }

    private Optional<String> grade(BigDecimal total) {
        for (Scoring.Grade grade : scoring.grades()) {
            if (grade.atLeast().isEmpty() || total.compareTo(grade.atLeast().get()) >= 0) {
                return Optional.of(grade.grade());
            }
        }
        return Optional.empty();
    }
}
