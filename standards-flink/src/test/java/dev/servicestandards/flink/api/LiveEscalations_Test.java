package dev.servicestandards.flink.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.servicestandards.api.Standard;
import dev.servicestandards.flink.LiveStreams;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/** The Flink job's escalations are the in-process monitor's, on a MiniCluster at parallelism 2. */
class LiveEscalations_Test {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @TempDir
    Path dir;

    private List<String> run(LiveEscalations job, List<String> lines, List<String> rejected) throws Exception {
        Path file = dir.resolve("events-" + System.nanoTime() + ".jsonl");
        Files.write(file, lines);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        DataStream<String> in = env.fromSource(FileSource.forRecordStreamFormat(new TextLineInputFormat(),
                new org.apache.flink.core.fs.Path(file.toUri())).build(), WatermarkStrategy.noWatermarks(), "event lines");
        LiveEscalations.Streams out = job.apply(in);
        List<String> all = new ArrayList<>();
        try (CloseableIterator<String> it = out.escalations().map(s -> "E" + s).union(out.rejected().map(s -> "R" + s))
                .executeAndCollect("live escalations")) {
            it.forEachRemaining(all::add);
        }
        List<String> escalations = new ArrayList<>();
        for (String s : all) {
            (s.startsWith("E") ? escalations : rejected).add(s.substring(1));
        }
        return escalations;
    }

    @Test
    void random_streams_out_of_order_escalate_as_the_in_process_monitor_does() throws Exception {
        for (String file : List.of("complaint-handling-1.1.0.yaml", "complaint-handling-1.0.0.yaml")) {
            // GIVEN a random week of complaints (fixed seed), arriving up to an hour out of order
            long seed = 22L + file.hashCode();
            Standard standard = LiveStreams.standard(file);
            RuleSet rules = RuleSets.compile(standard);
            LiveStreams.Stream stream = LiveStreams.random(seed, 120, Duration.ofHours(1));
            List<String> expected = LiveStreams.monitored(rules, stream.inTimeOrder(), stream.until());
            // WHEN the Flink job judges them at parallelism 2
            List<String> rejected = new ArrayList<>();
            List<String> actual = LiveStreams.comparable(run(LiveEscalations.of(RuleSets.kjar(standard))
                    .withAllowedLateness(Duration.ofHours(1)).withUntil(stream.until()), stream.arriving(), rejected));
            // THEN it reports the same escalations, once each
            assertThat(expected).as("seed %d, %s", seed, file).hasSizeGreaterThan(100);
            assertThat(actual).as("seed %d, %s", seed, file).isEqualTo(expected);
            assertThat(rejected).isEmpty();
        }
    }

    @Test
    void a_stop_at_the_same_instant_as_a_tier_wins_and_bad_lines_are_rejected_with_their_reason() throws Exception {
        // GIVEN complaint.accept: 24h; reminder at 18h, station at 24h; accepted exactly at 24h, just after another fact's event
        Standard standard = LiveStreams.standard("complaint-handling-1.1.0.yaml");
        List<String> lines = List.of(
                "{\"fact\":\"T-1\",\"type\":\"ticket\",\"kind\":\"complaint\",\"event\":{\"name\":\"created\",\"at\":\"2026-03-02T09:00:00+08:00\"}}",
                "{\"fact\":\"T-0\",\"type\":\"ticket\",\"event\":{\"name\":\"called\",\"at\":\"2026-03-03T09:00:00+08:00\"}}",
                "{\"fact\":\"T-1\",\"event\":{\"name\":\"accepted\",\"at\":\"2026-03-03T09:00:00+08:00\"}}",
                "{\"fact\":\"T-2\",\"event\":{\"name\":\"created\",\"at\":\"2026-03-02T09:00:00+08:00\"}}",
                "not json");
        // WHEN the job runs up to the next day
        List<String> rejected = new ArrayList<>();
        List<String> out = run(LiveEscalations.of(RuleSets.kjar(standard)).withUntil(Instant.parse("2026-03-04T01:00:00Z")),
                lines, rejected);
        // THEN only the reminder fired for complaint.accept; the stop at 24h beat the station tier
        assertThat(out).filteredOn(s -> s.contains("complaint.accept")).containsExactly(
                "{\"at\":\"2026-03-03T03:00:00+08:00\",\"standard\":\"cn.telecom.complaint-handling\",\"version\":\"1.1.0\","
                        + "\"clause\":\"complaint.accept\",\"fact\":\"T-1\",\"tier\":\"reminder\"}");
        assertThat(rejected).containsExactlyInAnyOrder(
                "{\"fact\":\"T-2\",\"reason\":\"type: must be \\\"ticket\\\" or \\\"interaction\\\" on the first line of a fact\"}",
                "{\"fact\":null,\"reason\":\"not valid JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\"}");
    }
}
