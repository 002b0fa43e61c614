package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.servicestandards.internal.population.SummaryAccumulator;
import dev.servicestandards.model.Fact;

/**
 * The quality summary a service-quality meeting reviews (the check step of the source
 * documents' PDCA loop): for each group (a branch, a site, a team: any fact field) and period,
 * the facts judged, the outcomes, every KPI of the standard measured over that group and period,
 * the weighted score with its grade, the most violated clauses, and the change from the
 * previous period. Immutable.
 *
 * <p>A fact belongs to the period of its earliest event in the report's zone (as-of for a fact
 * without events) and to the group named by its {@code groupBy} field ({@code (none)} without
 * it). KPIs follow their clause's own definition (measure, selectors, min-sample, target) with
 * the summary's group and period in place of the clause's. Scores follow the standard's scoring
 * with the summary's group and period in place of {@code scoring.group-by}.
 *
 * @param spec how facts were grouped
 * @param rows one row per group and period, by period then group
 */
public record QualitySummary(Spec spec, List<Row> rows) {

    public QualitySummary {
        requireNonNull(spec, "spec");
        rows = List.copyOf(rows);
    }

    /**
     * How to group: by the fact field {@code groupBy}, per {@code period}, naming the
     * {@code top} most violated clauses of each row. Immutable.
     */
    public record Spec(String groupBy, ClauseKind.Period period, int top) {

        /** The number of most violated clauses a row names unless told otherwise. */
        public static final int DEFAULT_TOP = 5;

        public Spec {
            requireNonNull(groupBy, "groupBy");
            requireNonNull(period, "period");
            if (groupBy.isBlank()) {
                throw new IllegalArgumentException("groupBy must name a fact field");
            }
            if (top < 1) {
                throw new IllegalArgumentException("top must be at least 1, not " + top);
            }
        }

        /** Grouped by {@code groupBy} per {@code period}, naming the five most violated clauses. */
        public static Spec of(String groupBy, ClauseKind.Period period) {
            return new Spec(groupBy, period, DEFAULT_TOP);
        }
    }

    /**
     * One group in one period.
     *
     * @param group         the group's value
     * @param period        the period's label: {@code 2025-03-03}, {@code 2025-W10}, {@code 2025-03}, {@code 2025-Q1} or {@code 2025}
     * @param facts         facts of the group anchored in the period
     * @param met           met findings of those facts
     * @param violated      violated findings of those facts
     * @param pending       pending findings of those facts
     * @param kpis          each KPI clause measured over the group and period (group and period are this row's)
     * @param scores        the weighted score of each standard with scoring (group is this row's)
     * @param topViolations the most violated clauses, most violations first
     * @param change        the change from the previous period of the same group, when it has a row
     */
    public record Row(String group, String period, long facts, long met, long violated, long pending,
            List<KpiResult> kpis, List<ScoreResult> scores, List<ClauseCount> topViolations, Optional<Change> change) {

        public Row {
            requireNonNull(group, "group");
            requireNonNull(period, "period");
            kpis = List.copyOf(kpis);
            scores = List.copyOf(scores);
            topViolations = List.copyOf(topViolations);
            requireNonNull(change, "change");
        }
    }

    /** How often a clause was violated in a row. */
    public record ClauseCount(String standard, String version, String clause, long violations) {
        public ClauseCount {
            requireNonNull(standard, "standard");
            requireNonNull(version, "version");
            requireNonNull(clause, "clause");
        }
    }

    /**
     * This row minus the row of the same group in the previous period (the previous month of a
     * monthly summary).
     *
     * @param period   the previous period's label
     * @param facts    change in the number of facts
     * @param violated change in violated findings
     * @param kpis     change of each KPI value measured in both periods (percentage points are
     *                 fractions: {@code 0.05} is five points up)
     * @param scores   change of each standard's total score
     */
    public record Change(String period, long facts, long violated, List<KpiChange> kpis, List<ScoreChange> scores) {
        public Change {
            requireNonNull(period, "period");
            kpis = List.copyOf(kpis);
            scores = List.copyOf(scores);
        }
    }

    /** A KPI value minus its value in the previous period. */
    public record KpiChange(String standard, String clause, BigDecimal change) {
        public KpiChange {
            requireNonNull(standard, "standard");
            requireNonNull(clause, "clause");
            requireNonNull(change, "change");
        }
    }

    /** A total score minus its total in the previous period. */
    public record ScoreChange(String standard, BigDecimal change) {
        public ScoreChange {
            requireNonNull(standard, "standard");
            requireNonNull(change, "change");
        }
    }

    /**
     * Summarizes {@code report} (which must keep met findings) over {@code facts}, the facts it
     * was evaluated from, read again; {@code standards} are the revisions it was evaluated with.
     *
     * @throws IllegalArgumentException when the report left out its met findings, or names a
     *                                  revision not among {@code standards}
     */
    public static QualitySummary of(Spec spec, Collection<Standard> standards, Report report, Iterable<Fact> facts) {
        Builder builder = builder(spec, standards, report);
        facts.forEach(builder::add);
        return builder.build();
    }

    /**
     * A builder fed the facts one by one, e.g. while a facts file is read a second time; memory
     * grows with the facts that have findings and with the groups and periods, not with the facts.
     *
     * @throws IllegalArgumentException as {@link #of}
     */
    public static Builder builder(Spec spec, Collection<Standard> standards, Report report) {
        return new Builder(new SummaryAccumulator(spec, List.copyOf(standards), report));
    }

    /** Collects facts for a summary. Not thread-safe. */
    public static final class Builder {
        private final SummaryAccumulator accumulator;

        private Builder(SummaryAccumulator accumulator) {
            this.accumulator = accumulator;
        }

        /** Counts a fact; facts the report did not judge (another input) count too, without findings. */
        public Builder add(Fact fact) {
            accumulator.add(requireNonNull(fact, "fact"));
            return this;
        }

        /** The summary of the facts added so far. */
        public QualitySummary build() {
            return accumulator.build();
        }
    }
}
