package dev.servicestandards.rules.api;

import java.util.List;

import dev.servicestandards.api.Finding;
import dev.servicestandards.model.KpiCount;

/**
 * What the repeat clauses decided among a set of occurrences (see {@link RuleSet#repeats}).
 * Immutable.
 *
 * @param findings  one finding for each occurrence, met or violated, in the order of the
 *                  occurrences given, then clause
 * @param kpiCounts what those findings add to KPIs that count a repeat clause's outcomes
 */
public record Repeats(List<Finding> findings, List<KpiCount> kpiCounts) {

    public Repeats {
        findings = List.copyOf(findings);
        kpiCounts = List.copyOf(kpiCounts);
    }
}
