package dev.servicestandards.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standards;
import dev.servicestandards.rules.api.EvaluationOptions;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/**
 * Evaluates a large generated JSON Lines file by streaming, to show that memory stays bounded:
 * run it with a small heap ({@code -Xmx}) and read the peak heap it prints.
 *
 * <pre>java -Xmx256m -cp standards-benchmarks/target/benchmarks.jar dev.servicestandards.benchmarks.LargeInputHarness 1000000 STANDARD.yaml [THREADS]</pre>
 */
public final class LargeInputHarness {

    private LargeInputHarness() {
    }

    public static void main(String[] args) throws IOException {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        Path standardFile = Path.of(args.length > 1 ? args[1] : "standards-examples/standards/complaint-handling-1.0.0.yaml");
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path facts = Files.createTempFile("facts-", ".jsonl");
        try {
            long t0 = System.nanoTime();
            try (BufferedWriter out = Files.newBufferedWriter(facts, StandardCharsets.UTF_8)) {
                new FactGenerator(42, 0.2).write(count, out);
            }
            long generated = System.nanoTime() - t0;
            RuleSet rules = RuleSets.compile(Standards.load(standardFile));
            System.gc();
            long t1 = System.nanoTime();
            Report report;
            try (Reader in = Files.newBufferedReader(facts, StandardCharsets.UTF_8)) {
                report = rules.evaluate(in, Instant.parse("2025-07-01T00:00:00Z"), EvaluationOptions.DEFAULT.withKeepMet(false)
                        .withParallelism(threads));
            }
            long evaluated = System.nanoTime() - t1;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("facts %,d (%,d MB of JSON Lines, generated in %s)%n", report.summary().facts(),
                    Files.size(facts) / 1_000_000, Duration.ofNanos(generated));
            System.out.printf("evaluated on %d thread(s) in %s: %,.0f facts/s; kept %,d findings; summary %s; %d KPI results, %d scores%n",
                    threads, Duration.ofNanos(evaluated), report.summary().facts() / (evaluated / 1e9), report.findings().size(),
                    report.summary(), report.kpis().size(), report.scores().size());
            System.out.printf("max heap %,d MB, peak heap used %,d MB%n", Runtime.getRuntime().maxMemory() / 1_048_576,
                    peak / 1_048_576);
        } finally {
            Files.deleteIfExists(facts);
        }
    }
}
