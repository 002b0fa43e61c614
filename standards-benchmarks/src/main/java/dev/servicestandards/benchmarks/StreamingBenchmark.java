package dev.servicestandards.benchmarks;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
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

import dev.servicestandards.api.Report;
import dev.servicestandards.internal.facts.JsonLineParser;
import dev.servicestandards.rules.api.EvaluationOptions;
import dev.servicestandards.rules.api.RuleSet;

/**
 * The batch workload streamed: the tickets of {@link TwentyClauses} as UTF-8 JSON Lines held
 * in memory, decoded, parsed and judged one chunk at a time, as {@code standards evaluate}
 * reads a file. Unlike {@link BatchBenchmark}, no parsed input is held: only what each side
 * keeps grows with the tickets. The baseline reads the same lines, parses each with the parser
 * the library uses and judges it with {@link HandWrittenSla}. One thread. Setup fails unless
 * both agree on the met, violated and pending counts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
// heap pages touched before measuring, not during it (BENCHMARKS.md, "The machine")
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class StreamingBenchmark {

    @Param({"100000", "1000000"})
    public int tickets;

    private static final Instant AS_OF = Instant.parse("2025-07-01T00:00:00Z");
    /** How the generator begins a ticket's line. */
    private static final String TICKET = "{\"type\":\"ticket\"";

    private byte[] jsonLines;
    private RuleSet rules;
    private HandWrittenSla handWritten;
    private EvaluationOptions options;

    @Setup
    public void setUp() throws IOException {
        jsonLines = ticketLines(tickets);
        rules = TwentyClauses.ruleSet();
        handWritten = new HandWrittenSla();
        options = EvaluationOptions.DEFAULT.withKeepMet(false);
        Report report = ruleSet();
        String counts = HandWrittenSla.agreedCounts(report, handWritten());
        if (report.summary().facts() != tickets) {
            throw new IllegalStateException(report.summary().facts() + " facts judged, not " + tickets);
        }
        System.out.println("\n" + tickets + " tickets, " + jsonLines.length / 1_000_000 + " MB of JSON Lines, " + counts);
    }

    /** The first {@code count} generated tickets' lines, in UTF-8; held as bytes, as a file's are. */
    private static byte[] ticketLines(int count) throws IOException {
        ByteArrayOutputStream generated = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(generated, StandardCharsets.UTF_8)) {
            new FactGenerator(42, 0.2).write(count * 4L / 3 + 3, out);
        }
        byte[] all = generated.toByteArray();
        byte[] ticket = TICKET.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream lines = new ByteArrayOutputStream(all.length);
        int kept = 0;
        for (int start = 0, end; start < all.length && kept < count; start = end + 1) {
            end = start;
            while (all[end] != '\n') {
                end++;
            }
            // the tickets only, as in the batch benchmark
            if (Arrays.equals(all, start, Math.min(start + ticket.length, end), ticket, 0, ticket.length)) {
                lines.write(all, start, end + 1 - start);
                kept++;
            }
        }
        return lines.toByteArray();
    }

    private Reader reader() {
        return new InputStreamReader(new ByteArrayInputStream(jsonLines), StandardCharsets.UTF_8);
    }

    @Benchmark
    public Object baselineHandWrittenJava() throws IOException {
        return handWritten();
    }

    private HandWrittenSla.Outcomes handWritten() throws IOException {
        HandWrittenSla.Outcomes out = new HandWrittenSla.Outcomes();
        JsonLineParser parser = new JsonLineParser();
        try (BufferedReader in = new BufferedReader(reader())) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                handWritten.judge(parser.parse(line).fact().orElseThrow(), AS_OF, out);
            }
        }
        return out;
    }

    @Benchmark
    public Report ruleSet() throws IOException {
        try (Reader in = reader()) {
            return rules.evaluate(in, AS_OF, options);
        }
    }
}
