package dev.servicestandards.examples;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import dev.servicestandards.test.Scenarios;

/** Every scenario the example standards ship, as a JUnit test. */
class Conformance_Test {

    @TestFactory
    Stream<DynamicNode> the_example_standards_pass_their_conformance_suites() {
        return Scenarios.dynamicTests(Path.of("scenarios"));
    }
}
