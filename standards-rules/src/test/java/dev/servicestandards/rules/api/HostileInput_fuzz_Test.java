package dev.servicestandards.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Facts;
import dev.servicestandards.api.InvalidStandardException;
import dev.servicestandards.api.Problem;
import dev.servicestandards.api.Rejection;
import dev.servicestandards.api.Standards;

/**
 * Issue 18: seeded fuzzing of every reader of outside input — the standard loader, the facts
 * reader, the live event reader and snapshot restore. Valid inputs are mutated with hostile
 * pieces (extreme numbers and instants, control characters, look-alikes, broken JSON and YAML).
 * Asserted: no exception escapes but the documented ones, every rejection is located, and
 * accepted + rejected = non-blank lines. A failure names its seed: rerun it with
 * {@code -Dfuzz.seed=N}; {@code -Dfuzz.cases=N} runs more cases (CI runs the default, bounded).
 */
class HostileInput_fuzz_Test {

    private static final long SEED = Long.getLong("fuzz.seed", 18L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 150);

    private static final String[] HOSTILE = {"1e999999999", "1E-999999999", "1e400", "-0", "99999999999999999999999",
        "\"+999999999-12-31T23:59:59Z\"", "\"-999999999-01-01T00:00:00Z\"", "\"1025-03-03T09:00:00+08:00\"",
        "\"2400-01-01T00:00:00Z\"", "\"\\u001b[2J\"", "\"\\u202e\"", "\"idi\u043et\"", "null", "true", "[]", "{}", "[[[[[[",
        "\"", "{", "}", ",", ":", "\\", "\u0000", "\uFEFF", "\uD800", "NaN", "Infinity", "\"\"", "\" \""};

    private static final String[] YAML_HOSTILE = {"-1", "0", "1e999999999", "11e999999999", "1E-999999999",
        "99999999999999999999999", "\"\"", "[]", "{}",
        "&a [*a]", "!!java.lang.Runtime", "\t", ": :", "- - -", "'", "\"", "100%", "999999999h", "2400-01-01", "1025-01-01",
        "\u001b[31m", "idi\u043et", "(a|b)+", "[", "\n  - id: x\n", "~"};

    private static String mutate(String text, SplittableRandom random, String[] pieces) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.insert(at, pieces[random.nextInt(pieces.length)]);
                case 1 -> {
                    // replace a token: from here to the next delimiter
                    int end = at;
                    while (end < s.length() && ",:}]\n".indexOf(s.charAt(end)) < 0) {
                        end++;
                    }
                    s.replace(at, end, pieces[random.nextInt(pieces.length)]);
                }
                case 2 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(8)));
                default -> s.setLength(at);
            }
        }
        return s.toString();
    }

    /** Lines with something on them; a byte-order mark opening the input is not something. */
    private static long nonBlankLines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.lines().filter(l -> !l.isBlank()).count();
    }

    @Test
    void the_facts_reader_locates_every_rejection_and_loses_no_line() throws IOException {
        List<String> good = Files.readAllLines(Path.of("../standards-examples/facts/complaints.jsonl"));
        SplittableRandom random = new SplittableRandom(SEED);
        for (int n = 0; n < CASES; n++) {
            long seed = random.nextLong();
            SplittableRandom r = new SplittableRandom(seed);
            StringBuilder input = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                String line = good.get(r.nextInt(good.size()));
                input.append(r.nextBoolean() ? mutate(line, r, HOSTILE) : line).append('\n');
            }
            String text = input.toString();
            AtomicLong accepted = new AtomicLong();
            List<Rejection> rejected = new ArrayList<>();
            long lines = text.lines().count();
            try {
                Facts.forEachJsonLine(new StringReader(text), f -> accepted.incrementAndGet(), rejected::add);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("seed=" + seed + ": " + e + " on\n" + text, e);
            }
            assertThat(rejected).as("seed=%d", seed).allSatisfy(x -> assertThat(x.line()).isBetween(1L, lines));
            assertThat(accepted.get() + rejected.size()).as("seed=%d: accepted + rejected = lines in\n%s", seed, text)
                    .isEqualTo(nonBlankLines(text));
        }
    }

    @Test
    void the_event_reader_locates_every_rejection_and_loses_no_line() throws IOException {
        List<String> good = Files.readAllLines(Path.of("../standards-examples/facts/complaint-events.jsonl"));
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int n = 0; n < CASES; n++) {
            long seed = random.nextLong();
            SplittableRandom r = new SplittableRandom(seed);
            StringBuilder input = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                String line = good.get(r.nextInt(good.size()));
                input.append(r.nextBoolean() ? mutate(line, r, HOSTILE) : line).append('\n');
            }
            String text = input.toString();
            List<LiveEvent> events = new ArrayList<>();
            List<Rejection> rejected = new ArrayList<>();
            long lines = text.lines().count();
            try {
                LiveEvents.readJsonLines(new StringReader(text), events::add, rejected::add);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("seed=" + seed + ": " + e + " on\n" + text, e);
            }
            assertThat(rejected).as("seed=%d", seed).allSatisfy(x -> assertThat(x.line()).isBetween(1L, lines));
            assertThat(events.size() + rejected.size()).as("seed=%d: accepted + rejected = lines in\n%s", seed, text)
                    .isEqualTo(nonBlankLines(text));
            // what was accepted the monitor takes without complaint
            try (LiveMonitor m = LiveMonitor_Test.RULES.monitor(Clock.fixed(Instant.parse("1900-01-01T00:00:00Z"),
                    ZoneOffset.UTC), e -> { })) {
                events.stream().sorted(java.util.Comparator.comparing(e -> e.event().at())).forEach(m::accept);
            } catch (RuntimeException e) {
                throw new AssertionError("seed=" + seed + ": the monitor refused an accepted event: " + e, e);
            }
        }
    }

    @Test
    void the_standard_loader_throws_only_its_located_report() throws IOException {
        String good = Files.readString(Path.of("../standards-examples/standards/complaint-handling-1.0.0.yaml"));
        SplittableRandom random = new SplittableRandom(SEED + 2);
        for (int n = 0; n < CASES; n++) {
            long seed = random.nextLong();
            String yaml = mutate(good, new SplittableRandom(seed), YAML_HOSTILE);
            long lines = yaml.lines().count() + 1;
            try {
                Standards.parse(yaml, "fuzz.yaml");
            } catch (InvalidStandardException e) {
                for (Problem p : e.report().problems()) {
                    assertThat(p.location().line()).as("seed=%d: %s", seed, p).isBetween(1, (int) lines);
                    assertThat(p.location().file()).as("seed=%d", seed).isEqualTo("fuzz.yaml");
                }
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("seed=" + seed + ": " + e + " on\n" + yaml, e);
            }
        }
    }

    @Test
    void snapshot_restore_refuses_a_damaged_snapshot_whole_or_restores_it() {
        String snapshot;
        try (LiveMonitor m = LiveMonitor_Test.RULES.monitor(Clock.fixed(TestReports.at("2025-03-03T00:00:00"), ZoneOffset.UTC),
                e -> { })) {
            m.accept(new LiveEvent("T1", "ticket", new dev.servicestandards.model.Event("created",
                    TestReports.at("2025-03-03T09:00:00")), java.util.Map.of("kind", "complaint", "w", 2), java.util.Map.of()));
            m.accept(new LiveEvent("F1", "ticket", new dev.servicestandards.model.Event("created",
                    TestReports.at("2025-03-04T09:00:00")), java.util.Map.of("kind", "fault"), java.util.Map.of()));
            m.advanceTo(TestReports.at("2025-03-05T00:00:00"));
            snapshot = m.snapshot();
        }
        SplittableRandom random = new SplittableRandom(SEED + 3);
        Clock later = Clock.fixed(TestReports.at("2025-03-06T00:00:00"), ZoneOffset.UTC);
        // a restore builds a session: fewer cases, each one dearer
        for (int n = 0; n < Math.max(10, CASES / 5); n++) {
            long seed = random.nextLong();
            String bad = mutate(snapshot, new SplittableRandom(seed), HOSTILE);
            List<Escalation> fired = new ArrayList<>();
            try (LiveMonitor m = LiveMonitor_Test.RULES.restoreMonitor(bad, later, fired::add)) {
                // restored: each tier at most once per fact and clause
                assertThat(fired.stream().map(e -> e.fact() + e.clause() + e.clock() + e.tier()).distinct().count())
                        .as("seed=%d", seed).isEqualTo(fired.size());
            } catch (IllegalArgumentException e) {
                assertThat(fired).as("seed=%d: a refused snapshot fires nothing", seed).isEmpty();
                assertThat(e.getMessage()).as("seed=%d", seed).containsAnyOf("not a monitor snapshot",
                        "invalid monitor snapshot: ", "the snapshot is not of ");
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("seed=" + seed + ": " + e + " on\n" + bad, e);
            }
        }
    }
}
