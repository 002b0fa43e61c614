package dev.servicestandards.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Report;
import dev.servicestandards.rules.MixedFacts;
import dev.servicestandards.rules.api.EvaluationOptions;
import dev.servicestandards.rules.internal.facts.Fields;
import dev.servicestandards.rules.internal.facts.Measured;
import dev.servicestandards.rules.internal.facts.Occurrence;
import dev.servicestandards.rules.internal.facts.Presence;

/**
 * Facts in one situation share one verdict: the report is the one the rules give when they
 * judge every measure on its own, however few situations a judge remembers.
 */
class Evaluator_situations_Test {

    private static Report evaluate(Evaluator evaluator, String facts, EvaluationOptions options) {
        try (Evaluator.Run run = evaluator.start(MixedFacts.AS_OF, options)) {
            List<String> lines = facts.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                run.addLine(i + 1, lines.get(i));
            }
            return run.finish();
        }
    }

    @Test
    void sharing_verdicts_changes_no_report() {
        var standard = MixedFacts.STANDARD;
        var kieBase = KieBases.build(standard, DrlGenerator.generate(standard));
        Evaluator alone = new Evaluator(standard, kieBase, 0);
        for (long seed = 11; seed <= 12; seed++) {
            String facts = MixedFacts.facts(seed, 3_456);
            for (EvaluationOptions options : List.of(EvaluationOptions.DEFAULT,
                    EvaluationOptions.DEFAULT.withKeepMet(false).withParallelism(2))) {
                Report expected = evaluate(alone, facts, options);
                assertThat(expected.summary().violated()).as("the facts breach clauses").isGreaterThan(1_000);
                assertThat(expected.summary().pending()).isPositive();
                for (int limit : new int[] {1, 3, Evaluator.SITUATIONS}) {
                    Report shared = evaluate(new Evaluator(standard, kieBase, limit), facts, options);
                    assertThat(MixedFacts.json(shared)).as("seed %d, %d situations remembered", seed, limit)
                            .isEqualTo(MixedFacts.json(expected));
                }
            }
        }
    }

    @Test
    void situations_are_alike_in_what_the_rules_read_and_nothing_else() {
        assertThat(new Measured(2, new BigDecimal("2.5"))).isEqualTo(new Measured(2, new BigDecimal("2.5")))
                .hasSameHashCodeAs(new Measured(2, new BigDecimal("2.5")))
                .isNotEqualTo(new Measured(2, new BigDecimal("2.50")))
                .isNotEqualTo(new Measured(3, new BigDecimal("2.5")));
        assertThat(new Fields(1, 2)).isEqualTo(new Fields(1, 2)).isNotEqualTo(new Fields(1, 1))
                .isNotEqualTo(new Fields(2, 2));
        assertThat(new Presence(4, true)).isEqualTo(new Presence(4, true)).isNotEqualTo(new Presence(4, false));
        assertThat(new Occurrence(5)).isEqualTo(new Occurrence(5)).isNotEqualTo(new Occurrence(6))
                .isNotEqualTo(new Fields(5, 0));
    }

    @Test
    void a_negative_situation_limit_is_refused() {
        var standard = MixedFacts.STANDARD;
        var kieBase = KieBases.build(standard, DrlGenerator.generate(standard));
        assertThatThrownBy(() -> new Evaluator(standard, kieBase, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
