package dev.servicestandards.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

import dev.servicestandards.api.Standards;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/**
 * Loading a built KJAR, as a service does when it starts: one load in a fresh JVM, nothing of
 * Drools touched before it (each fork measures one single shot; the setup only reads the file's
 * bytes). Write the KJAR first, in another JVM:
 * {@code java -cp benchmarks.jar dev.servicestandards.benchmarks.KjarLoadBenchmark 200 /tmp/bench-200.jar},
 * then {@code java -jar benchmarks.jar KjarLoadBenchmark -p kjar=/tmp/bench-200.jar -f 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class KjarLoadBenchmark {

    /** The KJAR file to load. */
    @Param("")
    public String kjar;

    private byte[] bytes;

    @Setup
    public void read() throws IOException {
        if (kjar.isEmpty()) {
            throw new IllegalArgumentException("give the KJAR to load: -p kjar=FILE (see the class comment)");
        }
        bytes = Files.readAllBytes(Path.of(kjar));
    }

    @Benchmark
    public RuleSet load() {
        return RuleSets.load(bytes);
    }

    /** Writes the KJAR of the {@link CompileBenchmark} standard of {@code args[0]} clauses to {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        int clauses = Integer.parseInt(args[0]);
        byte[] built = RuleSets.kjar(Standards.parse(CompileBenchmark.yaml(clauses, 0), "bench.yaml"));
        Files.write(Path.of(args[1]), built);
        System.out.println(args[1] + ": " + built.length + " bytes, " + clauses + " clauses");
    }
}
