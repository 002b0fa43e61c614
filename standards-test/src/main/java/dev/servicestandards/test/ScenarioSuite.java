package dev.servicestandards.test;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * A scenario file: the standard it checks and its scenarios. Immutable.
 *
 * @param file      the scenario file
 * @param standard  the standard file, resolved against the scenario file's folder
 * @param scenarios the scenarios, in file order
 */
public record ScenarioSuite(Path file, Path standard, List<Scenario> scenarios) {

    public ScenarioSuite {
        requireNonNull(file, "file");
        requireNonNull(standard, "standard");
        scenarios = List.copyOf(scenarios);
    }
}
