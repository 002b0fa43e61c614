package dev.servicestandards.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.rules.api.RuleSets;

/**
 * Golden files: {@code golden/<case>.yaml} next to {@code golden/<case>.drl}. The generated DRL
 * must equal the golden byte for byte and compile without errors. Run with
 * {@code -Dgolden.update=true} to rewrite the goldens after an intended change, then review the diff.
 */
class DrlGenerator_golden_Test {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private static Path goldenDir() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(DrlGenerator_golden_Test.class.getResource("/golden")).toURI());
    }

    private static List<Path> standards() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(goldenDir())) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void every_golden_drl_has_its_standard() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(goldenDir())) {
            files.filter(p -> p.toString().endsWith(".drl")).forEach(drl ->
                    assertThat(drl.resolveSibling(drl.getFileName().toString().replace(".drl", ".yaml"))).exists());
        }
    }

    @TestFactory
    Stream<DynamicTest> generated_drl_equals_the_golden_and_compiles() throws IOException, URISyntaxException {
        return standards().stream().map(yaml -> DynamicTest.dynamicTest(yaml.getFileName().toString(), () -> {
            // GIVEN
            Standard standard = Standards.load(yaml);
            String name = yaml.getFileName().toString().replace(".yaml", ".drl");

            // WHEN
            String drl = DrlGenerator.generate(standard);

            // THEN
            if (UPDATE) {
                Path source = Path.of("src/test/resources/golden").resolve(name);
                Files.writeString(source, drl, StandardCharsets.UTF_8);
            }
            Path golden = yaml.resolveSibling(name);
            assertThat(golden).as("golden file %s (run with -Dgolden.update=true to create it)", name).exists();
            assertThat(drl).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
            assertThat(DrlGenerator.generate(Standards.load(yaml))).as("deterministic").isEqualTo(drl);
            assertThat(RuleSets.compile(standard).drl()).isEqualTo(drl);
        }));
    }

    /**
     * Sessions fire rules directly, bypassing the agenda, and measures alike in what the rules
     * read share one verdict: no rule may depend on precedence, joins or anything beyond its one
     * measure.
     */
    @Test
    void every_rule_is_one_pattern_without_precedence() throws IOException, URISyntaxException {
        for (Path yaml : standards()) {
            String drl = DrlGenerator.generate(Standards.load(yaml));
            assertThat(drl).as(yaml.getFileName().toString())
                    .doesNotContain("salience", "no-loop", "agenda-group", "activation-group", "lock-on-active")
                    .doesNotContainPattern("(?m)^\\s*(not|exists|forall|accumulate)\\b");
            for (String when : drl.split("\\bwhen\\b")) {
                String conditions = when.contains("then") ? when.substring(0, when.indexOf("then")) : "";
                assertThat(conditions.lines().filter(line -> line.contains("(")).count())
                        .as("patterns in %s: %s", yaml.getFileName(), conditions).isLessThanOrEqualTo(1);
                assertThat(conditions).as("conditions in %s", yaml.getFileName())
                        .doesNotContainPattern("\\b(from|collect|eval|window|over|verdicts)\\b");
            }
        }
    }
}
