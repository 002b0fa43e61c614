package dev.servicestandards.benchmarks;

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
import org.openjdk.jmh.annotations.Warmup;

import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/**
 * The first compile in a fresh JVM, as a service that compiles its standard at start pays it:
 * each fork parses the {@link CompileBenchmark} standard (not measured) and compiles it once
 * (measured), with no Drools class loaded or warmed before. ({@link CompileBenchmark#cold} warms
 * the compiler in its trial setup, so it measures a compile after others.)
 * {@code java -jar benchmarks.jar ColdCompileBenchmark -p clauses=200 -f 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdCompileBenchmark {

    @Param({"200"})
    public int clauses;

    private Standard standard;

    @Setup
    public void parse() {
        standard = Standards.parse(CompileBenchmark.yaml(clauses, 0), "bench.yaml");
    }

    @Benchmark
    public RuleSet compile() {
        return RuleSets.compile(standard);
    }
}
