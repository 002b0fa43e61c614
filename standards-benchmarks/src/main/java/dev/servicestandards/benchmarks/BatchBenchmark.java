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

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.benchmarks.HandWrittenSla.Outcomes;
import dev.servicestandards.model.Fact;
import dev.servicestandards.rules.api.EvaluationOptions;
import dev.servicestandards.rules.api.RuleSet;

/**
 * Batch evaluation of the 20-clause standard over generated tickets (already parsed), by each
 * contender ({@code contender}) on as many threads ({@code threads}):
 * <ul>
 * <li>{@code tunedJava}: {@link TunedSla}, the clauses hand-written in plain Java and tuned (the limit);</li>
 * <li>{@code handWrittenJava}: {@link HandWrittenSla}, the same before tuning, for reference;</li>
 * <li>{@code handWrittenDrl}: {@link HandWrittenDrl}, the clauses hand-written in DRL (the peer);</li>
 * <li>{@code ruleSet}: the library's generated rule set, {@code RuleSet.evaluate}.</li>
 * </ul>
 * One operation judges the whole batch; each keeps its violated and pending findings. Setup fails
 * unless the contender and {@code tunedJava} agree on every one of those findings (fact, clause,
 * outcome, deadline, tier, points) and on the met count.
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

    @Param({"tunedJava", "handWrittenJava", "handWrittenDrl", "ruleSet"})
    public String contender;

    private static final Instant AS_OF = Instant.parse("2025-07-01T00:00:00Z");

    private List<Fact> facts;
    private FactBatch batch;
    private RuleSet rules;
    private HandWrittenSla handWritten;
    private TunedSla tuned;
    private HandWrittenDrl drl;
    private EvaluationOptions options;
    private ExecutorService pool;

    @Setup
    public void setUp() throws IOException, ExecutionException, InterruptedException {
        facts = TwentyClauses.tickets(tickets);
        batch = new FactBatch(facts, List.of());
        options = EvaluationOptions.DEFAULT.withKeepMet(false).withParallelism(threads);
        pool = Executors.newFixedThreadPool(threads);
        tuned = new TunedSla();
        switch (contender) {
            case "ruleSet" -> rules = TwentyClauses.ruleSet();
            case "handWrittenJava" -> handWritten = new HandWrittenSla();
            case "handWrittenDrl" -> drl = new HandWrittenDrl();
            case "tunedJava" -> { }
            default -> throw new IllegalArgumentException("no contender " + contender);
        }
        Outcomes limit = tuned.evaluate(facts, AS_OF, pool, threads, false);
        Contenders.requireAgreement("tunedJava", limit, contender, judge());
        System.out.println("\n" + facts.size() + " tickets, " + contender + " agrees with tunedJava on " + limit.results.size()
                + " violated and pending findings and " + limit.met + " met");
    }

    @TearDown
    public void tearDown() {
        pool.shutdownNow();
    }

    @Benchmark
    public Object evaluate() throws ExecutionException, InterruptedException {
        return switch (contender) {
            case "tunedJava" -> tuned.evaluate(facts, AS_OF, pool, threads, false);
            case "handWrittenJava" -> handWritten.evaluate(facts, AS_OF, pool, threads);
            case "handWrittenDrl" -> drl.evaluate(facts, AS_OF, pool, threads, false);
            default -> rules.evaluate(batch, AS_OF, options);
        };
    }

    /** One evaluation by the contender, as outcomes. */
    private Outcomes judge() throws ExecutionException, InterruptedException {
        Object result = evaluate();
        return result instanceof Outcomes o ? o : Contenders.outcomes((dev.servicestandards.api.Report) result);
    }
}
