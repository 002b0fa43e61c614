package dev.servicestandards.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.benchmarks.HandWrittenSla.Outcomes;
import dev.servicestandards.benchmarks.HandWrittenSla.Result;
import dev.servicestandards.model.Fact;
import dev.servicestandards.rules.api.EvaluationOptions;

/**
 * The batch benchmark's contenders judge alike: the generated rule set, the hand-written DRL, the
 * tuned and the first hand-written Java find the same findings, met ones included (fact, clause,
 * outcome, deadline, highest tier, points), on 2,000 generated tickets with pauses and office-hours
 * clocks, on one thread and on two.
 */
class Contenders_agree_Test {

    private static final Instant AS_OF = Instant.parse("2025-07-01T00:00:00Z");
    private static List<Fact> facts;
    private static Outcomes library;
    private static ExecutorService pool;

    @BeforeAll
    static void judgeWithTheLibrary() throws Exception {
        facts = TwentyClauses.tickets(2_000);
        library = Contenders.outcomes(TwentyClauses.ruleSet().evaluate(new FactBatch(facts, List.of()), AS_OF,
                EvaluationOptions.DEFAULT.withKeepMet(true)));
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    @Test
    void the_generated_facts_exercise_pauses_office_hours_tiers_and_every_outcome() {
        assertThat(facts).hasSize(2_000);
        assertThat(facts).filteredOn(f -> f.events().stream().anyMatch(e -> e.name().equals("suspended"))).hasSizeGreaterThan(100);
        assertThat(library.results).hasSize((int) (library.met + library.violated + library.pending));
        assertThat(library.met).isPositive();
        assertThat(library.violated).isPositive();
        assertThat(library.pending).isPositive();
        // office-hours clauses decided every way, paused clocks without deadline, tiers of both shapes
        for (String clause : List.of("fault.accept", "fault.investigate", "enquiry.accept", "enquiry.answer")) {
            assertThat(library.results).filteredOn(r -> r.clause().equals(clause)).extracting(Result::outcome)
                    .contains("met", "violated");
        }
        assertThat(library.results).filteredOn(r -> r.clause().endsWith(".investigate") && r.deadline() == null).isNotEmpty();
        assertThat(library.results).extracting(Result::tier).contains("reminder", "station", "branch", "headquarters");
        assertThat(library.results).filteredOn(r -> r.clause().equals("p1.accept")).extracting(Result::tier)
                .contains("station", "branch");
        assertThat(library.results).extracting(Result::points).contains(0, 1, 2, 3);
    }

    @Test
    void the_hand_written_drl_finds_what_the_library_finds() throws Exception {
        HandWrittenDrl drl = new HandWrittenDrl();
        assertThat(Contenders.difference("library", library, "handWrittenDrl", drl.evaluate(facts, AS_OF, true))).isNull();
        assertThat(Contenders.difference("library", library, "handWrittenDrl (2 threads)",
                drl.evaluate(facts, AS_OF, pool, 2, true))).isNull();
    }

    @Test
    void the_tuned_java_finds_what_the_library_finds() throws Exception {
        TunedSla tuned = new TunedSla();
        assertThat(Contenders.difference("library", library, "tunedJava", tuned.evaluate(facts, AS_OF, true))).isNull();
        assertThat(Contenders.difference("library", library, "tunedJava (2 threads)",
                tuned.evaluate(facts, AS_OF, pool, 2, true))).isNull();
    }

    @Test
    void the_first_hand_written_java_finds_what_the_library_finds() {
        assertThat(Contenders.difference("library", library, "handWrittenJava",
                new HandWrittenSla().evaluate(facts, AS_OF, true))).isNull();
    }

    @Test
    void a_difference_is_told_row_by_row() {
        Outcomes changed = new Outcomes(true);
        changed.addAll(library);
        Result first = changed.results.get(0);
        changed.results.set(0, new Result(first.ticket(), first.clause(), first.outcome(), first.deadline(),
                first.tier() == null ? "station" : null, first.points()));
        assertThat(Contenders.difference("library", library, "changed", changed))
                .contains("first differences").contains(first.ticket()).contains(first.clause());
    }
}
