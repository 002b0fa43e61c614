package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a standard cannot be used; carries the structured report with every problem.
 */
public final class InvalidStandardException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    public InvalidStandardException(ValidationReport report) {
        super(summary(requireNonNull(report, "report")));
        this.report = report;
    }

    /** Every problem found, not just the first. */
    public ValidationReport report() {
        return report;
    }

    private static String summary(ValidationReport report) {
        var errors = report.errors();
        if (errors.isEmpty()) {
            return "invalid standard";
        }
        String first = errors.get(0).toString();
        return errors.size() == 1 ? first : first + " (and " + (errors.size() - 1) + " more)";
    }
}
