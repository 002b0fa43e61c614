package dev.servicestandards.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Finding;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.rules.api.EvaluationOptions;
import dev.servicestandards.rules.api.RuleSet;

/**
 * What reading a report costs, now that a report makes each finding when it is read: the batch of
 * {@link BatchBenchmark} (100k tickets, 20 clauses) is evaluated once, then every finding is read
 * back, or the JSON report written to a discarding writer. The evaluation itself is the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
// heap pages touched before measuring, not during it (BENCHMARKS.md, "The machine")
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class ReportReadBenchmark {

    private static final Instant AS_OF = Instant.parse("2025-07-01T00:00:00Z");

    private FactBatch batch;
    private RuleSet rules;
    private EvaluationOptions options;
    private Report report;

    @Setup
    public void setUp() throws IOException {
        batch = new FactBatch(TwentyClauses.tickets(100_000), List.of());
        rules = TwentyClauses.ruleSet();
        options = EvaluationOptions.DEFAULT.withKeepMet(false);
        report = rules.evaluate(batch, AS_OF, options);
    }

    @Benchmark
    public Report evaluate() {
        return rules.evaluate(batch, AS_OF, options);
    }

    /** Every finding made and read: its outcome, deadline, charge and evidence. */
    @Benchmark
    public long readEveryFinding() {
        long sum = 0;
        for (Finding finding : report.findings()) {
            sum += finding.outcome().ordinal() + finding.evidence().size()
                    + finding.deadline().map(Instant::getNano).orElse(0) + (finding.penalty().isPresent() ? 1 : 0);
        }
        return sum;
    }

    @Benchmark
    public void writeJson() throws IOException {
        ReportFormat.JSON.write(report, false, Writer.nullWriter());
    }
}
