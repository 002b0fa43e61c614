package dev.servicestandards.test;

import java.util.List;
import java.util.stream.Collectors;

import org.assertj.core.api.AbstractAssert;

import dev.servicestandards.api.Finding;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Report;

/** Assertions on a {@link Report}. Failure messages say what was expected and list what there is. */
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {

    ReportAssert(Report actual) {
        super(actual, ReportAssert.class);
    }

    /** Some finding of {@code clause} is violated; narrow it down with the returned assertion. */
    public FindingsAssert hasViolation(String clause) {
        return hasFinding(clause, Outcome.VIOLATED);
    }

    /** Some finding of {@code clause} is pending. */
    public FindingsAssert hasPending(String clause) {
        return hasFinding(clause, Outcome.PENDING);
    }

    /** Some finding of {@code clause} is met. */
    public FindingsAssert hasMet(String clause) {
        return hasFinding(clause, Outcome.MET);
    }

    /** Some finding of {@code clause} has {@code outcome}. */
    public FindingsAssert hasFinding(String clause, Outcome outcome) {
        isNotNull();
        List<Finding> matching = actual.findings().stream()
                .filter(f -> f.clause().equals(clause) && f.outcome() == outcome).toList();
        if (matching.isEmpty()) {
            failWithMessage("%nExpecting a %s finding of clause %s but the report has:%n%s", outcome.label(), clause,
                    describe(actual.findings()));
        }
        return new FindingsAssert(matching, clause + " " + outcome.label());
    }

    /** No finding is violated. */
    public ReportAssert hasNoViolations() {
        isNotNull();
        List<Finding> violated = actual.findings(Outcome.VIOLATED);
        if (!violated.isEmpty()) {
            failWithMessage("%nExpecting no violated finding but the report has:%n%s", describe(violated));
        }
        return this;
    }

    /** No input line was rejected. */
    public ReportAssert hasNoRejectedLines() {
        isNotNull();
        if (!actual.rejected().isEmpty()) {
            failWithMessage("%nExpecting no rejected line but found:%n%s", actual.rejected().stream()
                    .map(r -> "  line " + r.line() + ": " + r.reason()).collect(Collectors.joining("\n")));
        }
        return this;
    }

    /** One finding a line, as {@code fact clause outcome [tier]}, or {@code  (none)}. */
    static String describe(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "  (none)";
        }
        return findings.stream().map(f -> "  " + f.fact() + " " + f.clause() + " " + f.outcome().label()
                + f.escalation().map(t -> " at tier " + t).orElse("")).collect(Collectors.joining("\n"));
    }
}
