package dev.servicestandards.test;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How one scenario came out: passed, or failed with every reason. Immutable.
 */
public record ScenarioResult(Scenario scenario, List<String> failures) {

    public ScenarioResult {
        requireNonNull(scenario, "scenario");
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
