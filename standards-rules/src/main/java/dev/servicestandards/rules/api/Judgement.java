package dev.servicestandards.rules.api;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.servicestandards.api.Finding;
import dev.servicestandards.api.Unjudged;
import dev.servicestandards.model.Fact;
import dev.servicestandards.model.KpiCount;

/**
 * One fact judged by a rule set's rules at an instant (see {@link RuleSet#judge}): what a stream
 * processor keeps per key needs nothing else. Immutable.
 *
 * @param fact        the fact judged
 * @param asOf        the instant it was judged at
 * @param findings    its findings, met ones included, in report order
 * @param unjudged    the clauses that could not judge it, and why
 * @param escalations every escalation tier reached by as-of, with the instant it fell due, in
 *                    clause then tier order: a monitor reports those it has not reported yet
 * @param nextDue     the next instant at which a decision about the fact changes if no event comes
 *                    (a tier falls due, a deadline passes); empty when none can
 * @param kpiCounts   what the fact adds to each KPI's group and period; sum them by KPI, group
 *                    and period across facts, then ask {@link RuleSet#kpis} for the results
 * @param scoreGroup  the fact's group for scoring ({@code scoring.group-by}), empty without scoring
 * @param occurrences the fact as an occurrence of its key, one for each repeat clause that
 *                    applies to it: a repeat is decided among every fact of a key, so gather them
 *                    by clause and key and ask {@link RuleSet#repeats} (or {@link RuleSet#report})
 */
public record Judgement(Fact fact, Instant asOf, List<Finding> findings, List<Unjudged> unjudged,
        List<Escalation> escalations, Optional<Instant> nextDue, List<KpiCount> kpiCounts, Optional<String> scoreGroup,
        List<dev.servicestandards.model.Occurrence> occurrences) {

    public Judgement {
        requireNonNull(fact, "fact");
        requireNonNull(asOf, "asOf");
        findings = List.copyOf(findings);
        unjudged = List.copyOf(unjudged);
        escalations = List.copyOf(escalations);
        requireNonNull(nextDue, "nextDue");
        kpiCounts = List.copyOf(kpiCounts);
        requireNonNull(scoreGroup, "scoreGroup");
        occurrences = List.copyOf(occurrences);
    }

    /** A judgement of a fact no repeat clause applies to. */
    public Judgement(Fact fact, Instant asOf, List<Finding> findings, List<Unjudged> unjudged,
            List<Escalation> escalations, Optional<Instant> nextDue, List<KpiCount> kpiCounts, Optional<String> scoreGroup) {
        this(fact, asOf, findings, unjudged, escalations, nextDue, kpiCounts, scoreGroup, List.of());
    }
}
