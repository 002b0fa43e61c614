package dev.servicestandards.benchmarks;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.servicestandards.model.Fact;
import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Report;
import dev.servicestandards.rules.api.EvaluationOptions;
import dev.servicestandards.rules.api.RuleSet;

/**
 * Batch evaluation of the 20-clause standard over generated tickets (already parsed), against
 * {@link HandWrittenSla}, the same clauses hand-written in plain Java, in the same run and on as
 * many threads ({@code threads}: the library's parallelism, the baseline's slices). One
 * operation evaluates the whole batch; tickets/s = tickets / (seconds per operation). Setup
 * fails unless both agree on the met, violated and pending counts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
// heap pages touched before measuring, not during it (BENCHMARKS.md, "The machine")
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class BatchBenchmark {

    @Param({"100000", "1000000"})
    public int tickets;

    @Param({"1", "2"})
    public int threads;

    private static final Instant AS_OF = Instant.parse("2025-07-01T00:00:00Z");

    private List<Fact> facts;
    private FactBatch batch;
    private RuleSet rules;
    private HandWrittenSla handWritten;
    private EvaluationOptions options;
    private ExecutorService pool;

    @Setup
    public void setUp() throws IOException, ExecutionException, InterruptedException {
        facts = TwentyClauses.tickets(tickets);
        batch = new FactBatch(facts, List.of());
        rules = TwentyClauses.ruleSet();
        handWritten = new HandWrittenSla();
        options = EvaluationOptions.DEFAULT.withKeepMet(false).withParallelism(threads);
        pool = Executors.newFixedThreadPool(threads);
        Report report = rules.evaluate(batch, AS_OF, options);
        String counts = HandWrittenSla.agreedCounts(report, handWritten.evaluate(facts, AS_OF, pool, threads));
        System.out.println("\n" + facts.size() + " tickets, " + counts);
    }

    @TearDown
    public void tearDown() {
        pool.shutdownNow();
    }

    @Benchmark
    public Object baselineHandWrittenJava() throws ExecutionException, InterruptedException {
        return handWritten.evaluate(facts, AS_OF, pool, threads);
    }

    @Benchmark
    public Report ruleSet() {
        return rules.evaluate(batch, AS_OF, options);
    }
}
