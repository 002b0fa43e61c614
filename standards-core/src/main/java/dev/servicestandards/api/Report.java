package dev.servicestandards.api;

import dev.servicestandards.model.Outcome;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import dev.servicestandards.internal.report.FindingTable;

/**
 * The result of evaluating facts against one or more standard revisions at an as-of instant.
 * Findings are in report order. Immutable.
 *
 * <p>An evaluation's findings are kept compactly (a batch may find millions) and each
 * {@link Finding} is made as it is read: every read gives an equal finding, not the same object.
 *
 * @param standards the revisions used
 * @param asOf      the instant of judgement
 * @param zone      the zone in which instants are printed (the standard's)
 * @param findings  every finding, met ones included (writers may leave them out)
 * @param kpis      KPI outcomes per clause, group and period
 * @param scores    weighted scores per group
 * @param summary   counts
 * @param rejected  input lines that could not be used
 * @param unjudged  clause judgements that could not be made, in input order (the facts themselves were judged)
 */
public record Report(List<StandardRef> standards, Instant asOf, ZoneId zone, List<Finding> findings,
        List<KpiResult> kpis, List<ScoreResult> scores, Summary summary, List<Rejection> rejected,
        List<Unjudged> unjudged) {

    /** A standard revision: id and version. */
    public record StandardRef(String standard, String version) {
    }

    /**
     * How many facts were judged, how many input lines were rejected (facts and rejected lines
     * add up to the lines read), how the findings came out, and how many clause judgements could
     * not be made.
     */
    public record Summary(long facts, long rejected, long met, long violated, long pending, long unjudged) {

        /** A summary without unjudged clauses. */
        public Summary(long facts, long rejected, long met, long violated, long pending) {
            this(facts, rejected, met, violated, pending, 0);
        }
    }

    public Report {
        standards = List.copyOf(standards);
        requireNonNull(asOf, "asOf");
        requireNonNull(zone, "zone");
        // findings the library made are kept in columns (FindingTable) and ordered without being made
        findings = FindingTable.inReportOrder(findings);
        kpis = kpis.stream().sorted(KpiResult.REPORT_ORDER).toList();
        scores = scores.stream().sorted(java.util.Comparator.comparing(ScoreResult::group)
                .thenComparing(ScoreResult::standard).thenComparing(ScoreResult::version)).toList();
        requireNonNull(summary, "summary");
        rejected = List.copyOf(rejected);
        unjudged = List.copyOf(unjudged);
    }

    /** A report in which every clause judged every fact. */
    public Report(List<StandardRef> standards, Instant asOf, ZoneId zone, List<Finding> findings,
            List<KpiResult> kpis, List<ScoreResult> scores, Summary summary, List<Rejection> rejected) {
        this(standards, asOf, zone, findings, kpis, scores, summary, rejected, List.of());
    }

    /** A report without KPIs and scores. */
    public Report(List<StandardRef> standards, Instant asOf, ZoneId zone, List<Finding> findings, Summary summary,
            List<Rejection> rejected) {
        this(standards, asOf, zone, findings, List.of(), List.of(), summary, rejected, List.of());
    }

    /** The findings with the given outcome. */
    public List<Finding> findings(Outcome outcome) {
        return findings.stream().filter(f -> f.outcome() == outcome).toList();
    }
}
