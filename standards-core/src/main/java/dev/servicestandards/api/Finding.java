package dev.servicestandards.api;

import dev.servicestandards.model.Outcome;
import dev.servicestandards.model.Severity;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.servicestandards.internal.report.Evidence;
import dev.servicestandards.internal.report.FindingTable;

/**
 * The outcome of one clause for one fact, naming the standard revision that produced it. Immutable.
 *
 * @param standard   the standard id
 * @param version    the standard version
 * @param clause     the clause id
 * @param fact       the fact id
 * @param outcome    met, violated or pending
 * @param severity   the clause's severity
 * @param deadline   for a time-limit, when the allowance runs out (empty while paused)
 * @param measured   for a time-limit, the working time used
 * @param limit      the limit as the standard states it ({@code PT48H}, {@code 3 working days}, {@code at-most 3})
 * @param escalation the highest escalation tier reached
 * @param penalty    the penalty this finding costs
 * @param evidence   what supports the outcome (sorted keys; values are text, numbers, lists)
 * @param position   order of several findings of one clause for one fact (0 for the first)
 */
public record Finding(String standard, String version, String clause, String fact, Outcome outcome,
        Severity severity, Optional<Instant> deadline, Optional<Duration> measured, Optional<String> limit,
        Optional<String> escalation, Optional<Charge> penalty, Map<String, Object> evidence, int position) {

    /** The report order: fact id, then clause id, then evidence position. */
    public static final Comparator<Finding> REPORT_ORDER = (a, b) -> FindingTable.reportOrder(a.fact, a.clause,
            a.position, a.standard, a.version, b.fact, b.clause, b.position, b.standard, b.version);

    /** Points (and optionally money) a finding costs. */
    public record Charge(BigDecimal points, Optional<BigDecimal> amount, Optional<String> currency) {
        public Charge {
            requireNonNull(points, "points");
            requireNonNull(amount, "amount");
            requireNonNull(currency, "currency");
        }
    }

    public Finding {
        requireNonNull(standard, "standard");
        requireNonNull(version, "version");
        requireNonNull(clause, "clause");
        requireNonNull(fact, "fact");
        requireNonNull(outcome, "outcome");
        requireNonNull(severity, "severity");
        requireNonNull(deadline, "deadline");
        requireNonNull(measured, "measured");
        requireNonNull(limit, "limit");
        requireNonNull(escalation, "escalation");
        requireNonNull(penalty, "penalty");
        // the library's own evidence is immutable and sorted already; anything else is copied
        evidence = evidence instanceof Evidence ? evidence : Collections.unmodifiableMap(new TreeMap<>(evidence));
    }
}
