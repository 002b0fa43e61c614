package dev.servicestandards.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Clause;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.model.Fact;
import dev.servicestandards.rules.api.RuleSets;

/** The generated rules' selectors, shared across clauses by the Rete network, decide what each clause's selector decides. */
class Selectors_Test {

    private static final List<String> KEYS = List.of("type", "id", "kind", "priority", "channel", "level");
    private static final List<Object> VALUES = List.of("ticket", "interaction", "complaint", "fault", "P1", "P2",
            "hotline", "web", new BigDecimal("2"), new BigDecimal("2.0"), "2", true, "true");

    /**
     * The selectors as the generated rules state them ({@code text( "kind" ) in ( ... )},
     * {@code is( "level", "2" )}) select exactly the facts {@link dev.servicestandards.api.Selector#matches} does:
     * a required-fields clause has a finding for a fact exactly when its selector matches it.
     */
    @Test
    void every_clause_applies_exactly_when_its_selector_matches() {
        SplittableRandom random = new SplittableRandom(7);
        int[] decided = new int[2];
        for (int round = 0; round < 4; round++) {
            Standard standard = standard(random);
            List<Clause> clauses = standard.clauses();
            List<Fact> facts = new ArrayList<>();
            for (int f = 0; f < 300; f++) {
                facts.add(fact(random, f));
            }
            Report report = RuleSets.compile(standard).evaluate(facts, java.time.Instant.EPOCH);
            for (Fact fact : facts) {
                for (Clause clause : clauses) {
                    boolean judged = report.findings().stream()
                            .anyMatch(x -> x.fact().equals(fact.id()) && x.clause().equals(clause.id()));
                    assertThat(judged).as("seed 7, round %d: %s on %s", round, clause.appliesTo(), fact)
                            .isEqualTo(clause.appliesTo().matches(fact));
                    if (!clause.appliesTo().conditions().isEmpty()) {
                        decided[judged ? 1 : 0]++;
                    }
                }
            }
        }
        // selectors with conditions were decided both ways, many times
        assertThat(decided[0]).isGreaterThan(1_000);
        assertThat(decided[1]).isGreaterThan(1_000);
    }

    private static Standard standard(SplittableRandom random) {
        StringBuilder yaml = new StringBuilder("""
                standard: t.applicability
                version: 1.0.0
                effective-from: 2025-01-01
                timezone: Asia/Shanghai
                clauses:
                """);
        for (int c = 24; c > 0; c--) {
            yaml.append("  - id: c").append(c).append("\n    applies-to: {");
            List<String> keys = new ArrayList<>(KEYS);
            for (int k = random.nextInt(0, 4); k > 0; k--) {
                String key = keys.remove(random.nextInt(keys.size()));
                yaml.append(' ').append(key).append(": ");
                if (key.equals("type")) {
                    // the format allows the two fact types only
                    yaml.append(random.nextBoolean() ? "ticket," : "interaction,");
                } else {
                    yaml.append('[').append(text(random)).append(", ").append(text(random)).append("],");
                }
            }
            switch (random.nextInt(5)) {
                case 0 -> yaml.append(" amount: { at-least: ").append(random.nextInt(0, 60)).append(", less-than: ")
                        .append(random.nextInt(60, 120)).append(" },");
                case 1 -> yaml.append(" not: { kind: ").append(text(random)).append(" },");
                case 2 -> yaml.append(" any-of: [ { priority: ").append(text(random)).append(" }, { amount: { more-than: ")
                        .append(random.nextInt(0, 100)).append(" } } ],");
                case 3 -> yaml.append(" not: { any-of: [ { channel: ").append(text(random)).append(" }, { level: ")
                        .append(text(random)).append(" } ] },");
                default -> { }
            }
            yaml.append(" }\n    required-fields: [record]\n");
        }
        return Standards.parse(yaml.toString(), "applicability.yaml");
    }

    private static String text(SplittableRandom random) {
        Object value = VALUES.get(random.nextInt(VALUES.size()));
        return value instanceof String s ? '"' + s + '"' : String.valueOf(value);
    }

    private static Fact fact(SplittableRandom random, int n) {
        Map<String, Object> fields = new HashMap<>();
        Map<String, Object> attributes = new HashMap<>();
        for (String key : KEYS.subList(2, KEYS.size())) {
            switch (random.nextInt(4)) {
                case 0 -> fields.put(key, VALUES.get(random.nextInt(VALUES.size())));
                case 1 -> attributes.put(key, VALUES.get(random.nextInt(VALUES.size())));
                case 2 -> {
                    fields.put(key, VALUES.get(random.nextInt(VALUES.size())));
                    attributes.put(key, VALUES.get(random.nextInt(VALUES.size())));
                }
                default -> { }
            }
        }
        switch (random.nextInt(4)) {
            case 0 -> attributes.put("amount", new BigDecimal(random.nextInt(0, 130)));
            case 1 -> fields.put("amount", String.valueOf(random.nextInt(0, 130)));
            case 2 -> attributes.put("amount", "many");
            default -> { }
        }
        return new Fact(random.nextBoolean() ? "ticket" : "interaction", "F-" + n, fields, attributes, List.of(), List.of());
    }
}
