package dev.servicestandards.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.Standards;

/** The report does not depend on how many threads judged the facts. */
class RuleSet_parallel_Test {

    private static final RuleSet RULES = RuleSets.compile(Standards.parse("""
            standard: cn.telecom.test-parallel
            version: 1.0.0
            effective-from: 2025-01-01
            timezone: Asia/Shanghai
            calendars:
              workdays: { base: cn-official, hours: "09:00-12:00,13:30-18:00" }
            clauses:
              - id: complaint.accept
                applies-to: { type: ticket, kind: complaint }
                dimension: responsiveness
                time-limit: { from: created, to: accepted, within: 48h, pause: { from: suspended, to: resumed } }
                escalation:
                  - { at: 75%, tier: reminder }
                  - { at: 100%, tier: station }
                  - { at: 100% + 24h, tier: branch }
                penalty: { points: 2 }
              - id: complaint.answer
                applies-to: { type: ticket }
                dimension: responsiveness
                time-limit: { from: created, to: answered, within: 3 working days, calendar: workdays }
                penalty: { points: 3 }
              - id: callbacks.max
                applies-to: { type: ticket }
                dimension: reliability
                limit: { attribute: callbacks, at-most: 2 }
                penalty: { points: 1 }
              - id: record.complete
                applies-to: { type: ticket, kind: [complaint, fault] }
                dimension: quality
                required-fields: [record, result]
                penalty: { points: 1, per: fact }
              - id: call.forbidden
                applies-to: { type: interaction }
                dimension: quality
                forbidden-phrases: { speaker: agent, phrases: [不知道, 你问我我问谁] }
                penalty: { points: 5, max: 8 }
              - id: call.greeting
                applies-to: { type: interaction }
                dimension: quality
                required-phrase: { speaker: agent, position: first, any-of: [您好] }
                penalty: { points: 2 }
              - id: kpi.answer-rate
                kpi:
                  rate-of: { clause: complaint.answer, outcome: met }
                  among: { type: ticket }
                  group-by: agent
                  period: month
                  at-least: 90%
              - id: kpi.satisfaction
                kpi: { average-of: { attribute: satisfaction }, group-by: agent, at-least: 4 }
            scoring:
              base: 100
              group-by: agent
              dimensions: { responsiveness: 40, quality: 40, reliability: 20 }
              grades: [ { at-least: 90, grade: 优秀 }, { at-least: 60, grade: 合格 }, { grade: 不合格 } ]
            """, "parallel.yaml"));

    private static final Instant AS_OF = Instant.parse("2025-04-10T00:00:00Z");

    /** Tickets and calls over a few chunks' worth of facts, some breaching, some malformed. */
    private static String facts(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder out = new StringBuilder();
        String[] kinds = {"complaint", "fault", "enquiry"};
        String[] says = {"您好,请问有什么可以帮您", "我不知道", "你问我我问谁?", "喂", "再见"};
        for (int i = 0; i < count; i++) {
            String agent = "A" + random.nextInt(7);
            if (random.nextInt(200) == 0) {
                out.append("{\"type\":\"ticket\",\"id\":\n");
                continue;
            }
            if (random.nextInt(4) == 0) {
                out.append("{\"type\":\"interaction\",\"id\":\"C").append(i).append("\",\"agent\":\"").append(agent)
                        .append("\",\"utterances\":[");
                for (int u = random.nextInt(1, 4); u > 0; u--) {
                    out.append("{\"speaker\":\"").append(random.nextBoolean() ? "agent" : "customer")
                            .append("\",\"text\":\"").append(says[random.nextInt(says.length)]).append("\"}")
                            .append(u > 1 ? "," : "");
                }
                out.append("]}\n");
                continue;
            }
            long created = Instant.parse("2025-03-01T00:00:00Z").getEpochSecond() + random.nextLong(35L * 86_400);
            out.append("{\"type\":\"ticket\",\"id\":\"T").append(i).append("\",\"agent\":\"").append(agent)
                    .append("\",\"kind\":\"").append(kinds[random.nextInt(kinds.length)]).append('"');
            if (random.nextBoolean()) {
                out.append(",\"record\":\"r\"");
            }
            if (random.nextInt(3) > 0) {
                out.append(",\"result\":\"").append(random.nextBoolean() ? "ok" : " ").append('"');
            }
            out.append(",\"events\":[").append(event("created", created));
            long at = created;
            for (String name : new String[] {"accepted", "suspended", "resumed", "answered"}) {
                at += random.nextLong(60 * 3600);
                if (random.nextInt(3) > 0) {
                    out.append(',').append(event(name, at));
                }
            }
            out.append("],\"attributes\":{\"callbacks\":").append(random.nextInt(5))
                    .append(",\"satisfaction\":").append(random.nextInt(1, 6)).append("}}\n");
        }
        return out.toString();
    }

    private static String event(String name, long epochSecond) {
        return "{\"name\":\"" + name + "\",\"at\":\"" + Instant.ofEpochSecond(epochSecond) + "\"}";
    }

    private static String json(Report report) {
        StringWriter out = new StringWriter();
        try {
            ReportFormat.JSON.write(report, true, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Report evaluate(String facts, int threads) throws IOException {
        return RULES.evaluate(new StringReader(facts), AS_OF, EvaluationOptions.DEFAULT.withParallelism(threads));
    }

    @Test
    void one_two_and_three_threads_write_the_same_report() throws IOException {
        for (long seed = 1; seed <= 3; seed++) {
            String facts = facts(seed, 4_321);
            Report alone = evaluate(facts, 1);
            assertThat(alone.summary().violated()).as("the facts breach clauses").isGreaterThan(1_000);
            assertThat(alone.kpis()).isNotEmpty();
            assertThat(alone.scores()).isNotEmpty();
            assertThat(alone.rejected()).isNotEmpty();
            String expected = json(alone);
            for (int threads = 2; threads <= 3; threads++) {
                assertThat(json(evaluate(facts, threads))).as("seed %d, %d threads", seed, threads).isEqualTo(expected);
            }
        }
    }

    @Test
    void findings_come_in_report_order_whatever_order_the_facts_came_in() throws IOException {
        String facts = facts(8, 3_210);
        java.util.List<String> lines = new java.util.ArrayList<>(facts.lines().toList());
        java.util.Collections.shuffle(lines, new java.util.Random(8));
        Report given = evaluate(facts, 1);
        Report shuffled = evaluate(String.join("\n", lines), 2);

        assertThat(given.findings()).isSortedAccordingTo(dev.servicestandards.api.Finding.REPORT_ORDER)
                .hasSizeGreaterThan(1_000);
        // ids T0, T1, T10, T100 …: the report's order is not the input's
        java.util.List<String> ids = given.findings().stream().map(dev.servicestandards.api.Finding::fact).distinct()
                .toList();
        assertThat(ids).isNotEqualTo(ids.stream().sorted(java.util.Comparator.comparingInt(
                (String id) -> Integer.parseInt(id.substring(1)))).toList());
        assertThat(shuffled.findings()).isEqualTo(given.findings());
        assertThat(shuffled.kpis()).isEqualTo(given.kpis());
        assertThat(shuffled.summary()).isEqualTo(given.summary());
    }

    @Test
    void a_batch_of_parsed_facts_too() throws IOException {
        var batch = dev.servicestandards.api.Facts.readJsonLines(new StringReader(facts(9, 2_222)));
        Report alone = RULES.evaluate(batch, AS_OF, EvaluationOptions.DEFAULT.withKeepMet(false));
        Report two = RULES.evaluate(batch, AS_OF, EvaluationOptions.DEFAULT.withKeepMet(false).withParallelism(2));
        assertThat(json(two)).isEqualTo(json(alone));
    }

    @Test
    void progress_is_told_on_the_feeding_thread_and_no_worker_outlives_the_evaluation() throws IOException {
        Thread caller = Thread.currentThread();
        AtomicLong told = new AtomicLong();
        RULES.evaluate(new StringReader(facts(4, 20_500)), AS_OF, EvaluationOptions.DEFAULT.withParallelism(2)
                .withProgress(n -> {
                    assertThat(Thread.currentThread()).isSameAs(caller);
                    told.set(n);
                }));
        assertThat(told.get()).isEqualTo(20_000);
        awaitNoWorkers();
    }

    @Test
    void an_input_error_midway_stops_the_workers() {
        java.io.Reader failing = new java.io.Reader() {
            private final StringReader facts = new StringReader(facts(5, 3_000));

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = facts.read(buffer, offset, length);
                if (n < 0) {
                    throw new IOException("disk gone");
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> RULES.evaluate(failing, AS_OF, EvaluationOptions.DEFAULT.withParallelism(2)))
                .isInstanceOf(IOException.class).hasMessage("disk gone");
        awaitNoWorkers();
    }

    /** Worker threads end soon after their evaluation; they are never left running. */
    private static void awaitNoWorkers() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().startsWith("standards-evaluation-"))) {
            assertThat(System.nanoTime()).as("worker threads still alive after 10 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    @Test
    void parallelism_is_1_to_256() {
        assertThatThrownBy(() -> EvaluationOptions.DEFAULT.withParallelism(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("parallelism must be 1 to 256, not 0");
        assertThatThrownBy(() -> EvaluationOptions.DEFAULT.withParallelism(257))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EvaluationOptions.DEFAULT.withParallelism(256).parallelism()).isEqualTo(256);
        assertThat(EvaluationOptions.DEFAULT.parallelism()).isEqualTo(1);
    }
}
