package dev.servicestandards.rules.api;

import static dev.servicestandards.rules.MixedFacts.AS_OF;
import static dev.servicestandards.rules.MixedFacts.facts;
import static dev.servicestandards.rules.MixedFacts.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Report;
import dev.servicestandards.rules.MixedFacts;

/** The report does not depend on how many threads judged the facts. */
class RuleSet_parallel_Test {

    private static final RuleSet RULES = RuleSets.compile(MixedFacts.STANDARD);

    private static Report evaluate(String facts, int threads) throws IOException {
        return RULES.evaluate(new StringReader(facts), AS_OF, EvaluationOptions.DEFAULT.withParallelism(threads));
    }

    @Test
    void one_two_and_three_threads_write_the_same_report() throws IOException {
        for (long seed = 1; seed <= 3; seed++) {
            String facts = facts(seed, 4_321);
            Report alone = evaluate(facts, 1);
            assertThat(alone.summary().violated()).as("the facts breach clauses").isGreaterThan(1_000);
            assertThat(alone.kpis()).isNotEmpty();
            assertThat(alone.scores()).isNotEmpty();
            assertThat(alone.rejected()).isNotEmpty();
            String expected = json(alone);
            for (int threads = 2; threads <= 3; threads++) {
                assertThat(json(evaluate(facts, threads))).as("seed %d, %d threads", seed, threads).isEqualTo(expected);
            }
        }
    }

    @Test
    void findings_come_in_report_order_whatever_order_the_facts_came_in() throws IOException {
        String facts = facts(8, 3_210);
        java.util.List<String> lines = new java.util.ArrayList<>(facts.lines().toList());
        java.util.Collections.shuffle(lines, new java.util.Random(8));
        Report given = evaluate(facts, 1);
        Report shuffled = evaluate(String.join("\n", lines), 2);

        assertThat(given.findings()).isSortedAccordingTo(dev.servicestandards.api.Finding.REPORT_ORDER)
                .hasSizeGreaterThan(1_000);
        // ids T0, T1, T10, T100 …: the report's order is not the input's
        java.util.List<String> ids = given.findings().stream().map(dev.servicestandards.api.Finding::fact).distinct()
                .toList();
        assertThat(ids).isNotEqualTo(ids.stream().sorted(java.util.Comparator.comparingInt(
                (String id) -> Integer.parseInt(id.substring(1)))).toList());
        assertThat(shuffled.findings()).isEqualTo(given.findings());
        assertThat(shuffled.kpis()).isEqualTo(given.kpis());
        assertThat(shuffled.summary()).isEqualTo(given.summary());
    }

    @Test
    void a_batch_of_parsed_facts_too() throws IOException {
        var batch = dev.servicestandards.api.Facts.readJsonLines(new StringReader(facts(9, 2_222)));
        Report alone = RULES.evaluate(batch, AS_OF, EvaluationOptions.DEFAULT.withKeepMet(false));
        Report two = RULES.evaluate(batch, AS_OF, EvaluationOptions.DEFAULT.withKeepMet(false).withParallelism(2));
        assertThat(json(two)).isEqualTo(json(alone));
    }

    @Test
    void progress_is_told_on_the_feeding_thread_and_no_worker_outlives_the_evaluation() throws IOException {
        Thread caller = Thread.currentThread();
        AtomicLong told = new AtomicLong();
        RULES.evaluate(new StringReader(facts(4, 20_500)), AS_OF, EvaluationOptions.DEFAULT.withParallelism(2)
                .withProgress(n -> {
                    assertThat(Thread.currentThread()).isSameAs(caller);
                    told.set(n);
                }));
        assertThat(told.get()).isEqualTo(20_000);
        awaitNoWorkers();
    }

    @Test
    void an_input_error_midway_stops_the_workers() {
        java.io.Reader failing = new java.io.Reader() {
            private final StringReader facts = new StringReader(facts(5, 3_000));

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = facts.read(buffer, offset, length);
                if (n < 0) {
                    throw new IOException("disk gone");
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> RULES.evaluate(failing, AS_OF, EvaluationOptions.DEFAULT.withParallelism(2)))
                .isInstanceOf(IOException.class).hasMessage("disk gone");
        awaitNoWorkers();
    }

    /** Worker threads end soon after their evaluation; they are never left running. */
    private static void awaitNoWorkers() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().startsWith("standards-evaluation-"))) {
            assertThat(System.nanoTime()).as("worker threads still alive after 10 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    @Test
    void parallelism_is_1_to_256() {
        assertThatThrownBy(() -> EvaluationOptions.DEFAULT.withParallelism(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("parallelism must be 1 to 256, not 0");
        assertThatThrownBy(() -> EvaluationOptions.DEFAULT.withParallelism(257))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EvaluationOptions.DEFAULT.withParallelism(256).parallelism()).isEqualTo(256);
        assertThat(EvaluationOptions.DEFAULT.parallelism()).isEqualTo(1);
    }
}
