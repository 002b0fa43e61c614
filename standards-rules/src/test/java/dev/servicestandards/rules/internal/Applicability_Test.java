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
import dev.servicestandards.api.Fact;
import dev.servicestandards.api.Selector;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;

/** Sharing selectors and field reads decides exactly what each clause's own selector decides. */
class Applicability_Test {

    private static final List<String> KEYS = List.of("type", "id", "kind", "priority", "channel", "level");
    private static final List<Object> VALUES = List.of("ticket", "interaction", "complaint", "fault", "P1", "P2",
            "hotline", "web", new BigDecimal("2"), new BigDecimal("2.0"), "2", true, "true");

    @Test
    void every_clause_applies_exactly_when_its_selector_matches() {
        SplittableRandom random = new SplittableRandom(7);
        int[] decided = new int[2];
        for (int round = 0; round < 200; round++) {
            List<Clause> clauses = standard(random).clauses();
            Applicability applicability = new Applicability(clauses);
            Object[] values = applicability.newValues();
            boolean[] applies = applicability.newApplies();
            for (int f = 0; f < 50; f++) {
                Fact fact = fact(random);
                applicability.match(fact, values, applies);
                for (int c = 0; c < clauses.size(); c++) {
                    assertThat(applicability.applies(c, applies))
                            .as("seed 7, round %d: %s on %s", round, clauses.get(c).appliesTo(), fact)
                            .isEqualTo(clauses.get(c).appliesTo().matches(fact));
                    if (!clauses.get(c).appliesTo().conditions().isEmpty()) {
                        decided[applicability.applies(c, applies) ? 1 : 0]++;
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
        for (int c = random.nextInt(1, 12); c > 0; c--) {
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
            yaml.append(" }\n    required-fields: [record]\n");
        }
        return Standards.parse(yaml.toString(), "applicability.yaml");
    }

    private static String text(SplittableRandom random) {
        Object value = VALUES.get(random.nextInt(VALUES.size()));
        return value instanceof String s ? '"' + s + '"' : String.valueOf(value);
    }

    private static Fact fact(SplittableRandom random) {
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
        return new Fact(random.nextBoolean() ? "ticket" : "interaction", random.nextBoolean() ? "P1" : "T-1",
                fields, attributes, List.of(), List.of());
    }

    @Test
    void no_clauses_and_an_empty_selector() {
        Applicability none = new Applicability(List.of());
        none.match(Fact.of("ticket", "T-1", List.of()), none.newValues(), none.newApplies());
        Standard any = Standards.parse("""
                standard: t.any
                version: 1.0.0
                effective-from: 2025-01-01
                timezone: Asia/Shanghai
                clauses:
                  - id: c1
                    required-fields: [record]
                """, "any.yaml");
        assertThat(any.clauses().get(0).appliesTo()).isEqualTo(Selector.ANY);
        Applicability applicability = new Applicability(any.clauses());
        boolean[] applies = applicability.newApplies();
        applicability.match(Fact.of("interaction", "I-1", List.of()), applicability.newValues(), applies);
        assertThat(applicability.applies(0, applies)).isTrue();
    }
}
