package dev.servicestandards.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.benchmarks.HandWrittenSla.Outcomes;
import dev.servicestandards.model.Fact;
import dev.servicestandards.rules.api.EvaluationOptions;
import dev.servicestandards.rules.api.RuleSet;

/**
 * The three contenders of {@link BatchBenchmark} in one JVM, taking turns: each round runs every
 * contender once on the same parsed tickets (the order rotating from round to round), so a ratio
 * of two contenders' times in one round was measured under the same load. On a shared machine
 * whose load moves a lot within minutes, JMH's trials (one contender after another, minutes
 * apart) cannot give such ratios; this can. Prints each round and the median of each ratio over
 * the rounds after the warm-up ones.
 *
 * <pre>java -Xms6g -Xmx6g -XX:+AlwaysPreTouch -cp benchmarks.jar dev.servicestandards.benchmarks.InterleavedHarness TICKETS THREADS ROUNDS WARMUP</pre>
 */
public final class InterleavedHarness {

    private static final Instant AS_OF = Instant.parse("2025-07-01T00:00:00Z");

    private InterleavedHarness() {
    }

    public static void main(String[] args) throws Exception {
        int tickets = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        List<Fact> facts = TwentyClauses.tickets(tickets);
        FactBatch batch = new FactBatch(facts, List.of());
        RuleSet rules = TwentyClauses.ruleSet();
        HandWrittenDrl drl = new HandWrittenDrl();
        TunedSla tuned = new TunedSla();
        EvaluationOptions options = EvaluationOptions.DEFAULT.withKeepMet(false).withParallelism(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Outcomes limit = tuned.evaluate(facts, AS_OF, pool, threads, false);
            Contenders.requireAgreement("tunedJava", limit, "handWrittenDrl", drl.evaluate(facts, AS_OF, pool, threads, false));
            Contenders.requireAgreement("tunedJava", limit, "ruleSet", Contenders.outcomes(rules.evaluate(batch, AS_OF, options)));
            System.out.printf("%,d tickets, %d thread(s): all three agree on %,d violated and pending findings and %,d met%n",
                    facts.size(), threads, limit.results.size(), limit.met);
            String[] names = {"tunedJava", "handWrittenDrl", "ruleSet"};
            List<double[]> kept = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                double[] ms = new double[3];
                for (int k = 0; k < 3; k++) {
                    int c = (round + k) % 3;
                    long start = System.nanoTime();
                    Object result = switch (c) {
                        case 0 -> tuned.evaluate(facts, AS_OF, pool, threads, false);
                        case 1 -> drl.evaluate(facts, AS_OF, pool, threads, false);
                        default -> rules.evaluate(batch, AS_OF, options);
                    };
                    ms[c] = (System.nanoTime() - start) / 1e6;
                    if (result == null) {
                        throw new IllegalStateException();
                    }
                }
                System.out.printf("round %d%s: %s %.0f ms, %s %.0f ms, %s %.0f ms; ruleSet/handWrittenDrl speed %.2f, ruleSet/tunedJava speed %.3f (1/%.1f)%n",
                        round, round < warmup ? " (warm-up)" : "", names[0], ms[0], names[1], ms[1], names[2], ms[2],
                        ms[1] / ms[2], ms[0] / ms[2], ms[2] / ms[0]);
                if (round >= warmup) {
                    kept.add(ms);
                }
            }
            double[] vsDrl = kept.stream().mapToDouble(ms -> ms[1] / ms[2]).sorted().toArray();
            double[] vsJava = kept.stream().mapToDouble(ms -> ms[0] / ms[2]).sorted().toArray();
            double[] drlVsJava = kept.stream().mapToDouble(ms -> ms[0] / ms[1]).sorted().toArray();
            System.out.printf("medians over %d rounds: tunedJava %.0f ms, handWrittenDrl %.0f ms, ruleSet %.0f ms; "
                    + "ruleSet speed / handWrittenDrl %.2f (range %.2f-%.2f); ruleSet speed / tunedJava %.3f (1/%.1f; range 1/%.1f-1/%.1f); "
                    + "handWrittenDrl speed / tunedJava 1/%.1f%n",
                    kept.size(), median(kept, 0), median(kept, 1), median(kept, 2), median(vsDrl), vsDrl[0], vsDrl[vsDrl.length - 1],
                    median(vsJava), 1 / median(vsJava), 1 / vsJava[vsJava.length - 1], 1 / vsJava[0], 1 / median(drlVsJava));
        } finally {
            pool.shutdownNow();
        }
    }

    private static double median(List<double[]> rows, int column) {
        return median(rows.stream().mapToDouble(r -> r[column]).sorted().toArray());
    }

    private static double median(double[] sorted) {
        double[] s = Arrays.copyOf(sorted, sorted.length);
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
