package dev.servicestandards.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.servicestandards.api.Problem;
import dev.servicestandards.api.Standards;
import dev.servicestandards.api.ValidationReport;

/**
 * Every file under {@code invalid/} marks its own expectations: a {@code # EXPECT: STD-E012}
 * comment stands on the line above the YAML that must be reported. The harness asserts exactly
 * those codes on exactly those lines, and nothing anywhere else.
 */
class InvalidFixtures_Test {

    @TestFactory
    Stream<DynamicTest> every_invalid_fixture_reports_exactly_its_marked_problems() throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(getClass().getResource("/invalid")).toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        // GIVEN the marked expectations
        List<String> lines = Files.readAllLines(file);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("# EXPECT:")) {
                for (String code : line.substring("# EXPECT:".length()).split(",")) {
                    expected.add((i + 2) + " " + code.strip());
                }
            }
        }
        assertThat(expected).as("fixture %s marks no expectation", file).isNotEmpty();

        // WHEN
        ValidationReport report = Standards.validate(file);

        // THEN
        List<String> actual = report.errors().stream().map(p -> p.location().line() + " " + p.code().code()).toList();
        assertThat(actual).as("problems of %s:%n%s", file.getFileName(), report).containsExactlyInAnyOrderElementsOf(expected);
        for (Problem p : report.errors()) {
            assertThat(p.toString()).startsWith(file + ":" + p.location().line() + ":" + p.location().column() + ": ");
        }
    }
}
