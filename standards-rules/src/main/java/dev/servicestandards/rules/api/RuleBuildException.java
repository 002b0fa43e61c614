package dev.servicestandards.rules.api;

import java.util.List;

/**
 * A rule set that Drools cannot build. Each problem names where it is: a custom rules file and
 * its line, or, for the generated rules (a defect of Service Standards, not of the standard), the
 * clause and its place in the standard file.
 */
public final class RuleBuildException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public RuleBuildException(String what, List<String> problems) {
        super(what + " do not build:\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** One problem a line, {@code file:line:col: message}. */
    public List<String> problems() {
        return problems;
    }
}
