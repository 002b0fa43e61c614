package dev.servicestandards.api;

import java.util.List;

/**
 * Every problem found in one standard, errors and warnings, in document order. Immutable.
 */
public record ValidationReport(List<Problem> problems) {

    public ValidationReport {
        problems = List.copyOf(problems);
    }

    /** Whether any problem is an error (the standard cannot be used). */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.level() == Problem.Level.ERROR);
    }

    /** Only the errors. */
    public List<Problem> errors() {
        return problems.stream().filter(p -> p.level() == Problem.Level.ERROR).toList();
    }

    /** Only the warnings. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.level() == Problem.Level.WARNING).toList();
    }

    /** One problem a line, as {@code file:line:col: path: message [code]}, in English. */
    @Override
    public String toString() {
        return toString(java.util.Locale.ROOT);
    }

    /** One problem a line, as {@code file:line:col: path: message [code]}, in {@code locale}. */
    public String toString(java.util.Locale locale) {
        StringBuilder out = new StringBuilder();
        problems.forEach(p -> out.append(p.toString(locale)).append('\n'));
        return out.toString();
    }
}
