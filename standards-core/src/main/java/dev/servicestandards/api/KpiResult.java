package dev.servicestandards.api;

import dev.servicestandards.model.Outcome;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;

/**
 * The outcome of a KPI clause for one group and period. Immutable.
 *
 * @param standard    the standard id
 * @param version     the standard version
 * @param clause      the KPI clause id
 * @param group       the group-by value, or {@code all} without group-by
 * @param period      the period label ({@code 2025-03}, {@code 2025-W10}, {@code 2025-Q1} ...), or {@code all}
 * @param outcome     met, violated, or insufficient (sample below min-sample)
 * @param value       the measured rate (a fraction) or mean; empty for an empty sample
 * @param numerator   facts with the outcome or value counted (for a mean: the sum)
 * @param denominator the sample size
 * @param target      the target as the standard states it, e.g. {@code at-least 0.9}
 */
public record KpiResult(String standard, String version, String clause, String group, String period, Outcome outcome,
        Optional<BigDecimal> value, BigDecimal numerator, long denominator, String target) {

    /** Report order: clause, group, period. */
    public static final Comparator<KpiResult> REPORT_ORDER = Comparator.comparing(KpiResult::clause)
            .thenComparing(KpiResult::group).thenComparing(KpiResult::period)
            .thenComparing(KpiResult::standard).thenComparing(KpiResult::version);

    public KpiResult {
        requireNonNull(standard, "standard");
        requireNonNull(version, "version");
        requireNonNull(clause, "clause");
        requireNonNull(group, "group");
        requireNonNull(period, "period");
        requireNonNull(outcome, "outcome");
        requireNonNull(value, "value");
        requireNonNull(numerator, "numerator");
        requireNonNull(target, "target");
    }
}
