package dev.servicestandards.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * Compile time of standards with 10, 200 and 1,000 clauses (time-limits with tiers, limits,
 * required fields and forbidden phrases in turn): cold, a fresh standard each time (YAML parse
 * excluded, DRL generation and the Drools build included), and from a compiler's cache.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class CompileBenchmark {

    @Param({"10", "200", "1000"})
    public int clauses;

    private Standard standard;
    private int revision;
    private RuleSets.Compiler compiler;

    static String yaml(int clauses, int revision) {
        StringBuilder y = new StringBuilder("standard: bench.compile\nversion: 1.0." + revision
                + "\neffective-from: 2025-01-01\ntimezone: Asia/Shanghai\nclauses:\n");
        for (int i = 0; i < clauses; i++) {
            y.append("  - id: clause.").append(i).append("\n    applies-to: { type: ticket, kind: k").append(i % 7).append(" }\n");
            switch (i % 4) {
                case 0 -> y.append("    time-limit: { from: created, to: e").append(i).append(", within: ").append(1 + i % 48)
                        .append("h }\n    escalation:\n      - { at: 75%, tier: reminder }\n      - { at: 100%, tier: station }\n")
                        .append("      - { at: 100% + 24h, tier: branch }\n");
                case 1 -> y.append("    limit: { attribute: a").append(i).append(", at-most: ").append(i).append(" }\n");
                case 2 -> y.append("    required-fields: [f").append(i).append(", g").append(i).append("]\n");
                default -> y.append("    forbidden-phrases: { speaker: agent, phrases: [不知道").append(i).append(", 急什么").append(i)
                        .append("] }\n");
            }
            y.append("    penalty: { points: 1 }\n");
        }
        return y.toString();
    }

    @Setup(Level.Invocation)
    public void freshStandard() {
        // a new revision each time, so nothing can be reused
        standard = Standards.parse(yaml(clauses, revision++), "bench.yaml");
    }

    @Setup(Level.Trial)
    public void warmCompiler() {
        compiler = RuleSets.newCompiler();
        compiler.compile(Standards.parse(yaml(clauses, 999_999), "cached.yaml"));
    }

    @Benchmark
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public RuleSet cold() {
        return RuleSets.compile(standard);
    }

    @Benchmark
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public RuleSet fromCache() {
        return compiler.compile(Standards.parse(yaml(clauses, 999_999), "cached.yaml"));
    }
}
