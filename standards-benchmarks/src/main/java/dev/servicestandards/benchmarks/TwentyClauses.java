package dev.servicestandards.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.servicestandards.model.Fact;
import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Standards;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/**
 * The batch workload: the 20-clause standard {@code twenty-clauses.yaml} and the tickets it is
 * measured on (seed 42, 20% generated to breach something), parsed. One place for both, so every
 * benchmark of the batch judges the same input.
 */
final class TwentyClauses {

    private TwentyClauses() {
    }

    /** The standard, compiled. */
    static RuleSet ruleSet() throws IOException {
        try (InputStream yaml = TwentyClauses.class.getResourceAsStream("/twenty-clauses.yaml")) {
            return RuleSets.compile(Standards.parse(new String(yaml.readAllBytes(), StandardCharsets.UTF_8),
                    "twenty-clauses.yaml"));
        }
    }

    /** The first {@code count} generated tickets, parsed. */
    static List<Fact> tickets(int count) throws IOException {
        StringWriter lines = new StringWriter();
        // tickets only: the interactions (one fact in four) match no clause of this standard
        new FactGenerator(42, 0.2).write(count * 4L / 3 + 3, lines);
        return Facts.readJsonLines(new StringReader(lines.toString())).facts().stream()
                .filter(f -> f.type().equals("ticket")).limit(count).toList();
    }
}
