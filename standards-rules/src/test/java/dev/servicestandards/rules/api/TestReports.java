package dev.servicestandards.rules.api;

import java.time.Instant;
import java.time.OffsetDateTime;

import dev.servicestandards.api.Finding;
import dev.servicestandards.api.Report;

/** Small helpers the rule-set tests share. */
final class TestReports {

    private TestReports() {
    }

    /** A Shanghai wall-clock time, e.g. {@code 2025-03-05T09:15:00}, as an instant. */
    static Instant at(String shanghai) {
        return OffsetDateTime.parse(shanghai + "+08:00").toInstant();
    }

    /** The first finding of a clause for a fact, or a failure listing the report. */
    static Finding finding(Report report, String fact, String clause) {
        return report.findings().stream().filter(f -> f.fact().equals(fact) && f.clause().equals(clause))
                .findFirst().orElseThrow(() -> new AssertionError("no finding " + clause + " for " + fact + " in " + report.findings()));
    }
}
