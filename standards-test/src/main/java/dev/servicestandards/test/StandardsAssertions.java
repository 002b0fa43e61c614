package dev.servicestandards.test;

import dev.servicestandards.api.Report;

/**
 * Entry point for AssertJ assertions on reports.
 *
 * <pre>{@code
 * assertThat(report).hasViolation("complaint.accept").forFact("T1").atTier("station");
 * }</pre>
 */
public final class StandardsAssertions {

    private StandardsAssertions() {
    }

    /** Assertions on a report. */
    public static ReportAssert assertThat(Report actual) {
        return new ReportAssert(actual);
    }
}
