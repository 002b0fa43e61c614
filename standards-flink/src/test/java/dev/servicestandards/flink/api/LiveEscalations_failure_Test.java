package dev.servicestandards.flink.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.servicestandards.api.Standard;
import dev.servicestandards.flink.LiveStreams;
import dev.servicestandards.rules.api.RuleSets;

/**
 * The job survives a failure: state in RocksDB, checkpoints, a failure injected after N records on the first
 * attempt; after the restart from the last checkpoint, the transactional file sink holds every escalation once.
 */
class LiveEscalations_failure_Test {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    /** How often the injected failure struck (the MiniCluster runs in this JVM). */
    private static final AtomicInteger FAILURES = new AtomicInteger();

    @TempDir
    Path dir;

    /** Passes lines on; on the first attempt, fails after {@code after} lines once a checkpoint has completed. */
    static final class FailOnce extends RichMapFunction<String, String> implements CheckpointListener {
        private static final long serialVersionUID = 1L;
        private final int after;
        private transient int seen;
        private transient boolean checkpointed;

        FailOnce(int after) {
            this.after = after;
        }

        @Override
        public void open(OpenContext context) {
            seen = 0;
        }

        @Override
        public String map(String line) {
            if (++seen >= after && checkpointed && getRuntimeContext().getTaskInfo().getAttemptNumber() == 0) {
                FAILURES.incrementAndGet();
                throw new IllegalStateException("injected failure after " + seen + " lines");
            }
            return line;
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            checkpointed = true;
        }
    }

    /** Exactly-once files: written between checkpoints, committed by them. */
    private static FileSink<String> files(Path folder) {
        return FileSink.forRowFormat(new org.apache.flink.core.fs.Path(folder.toUri()), new SimpleStringEncoder<String>())
                .withRollingPolicy(OnCheckpointRollingPolicy.build()).build();
    }

    /** The lines of the committed files (in-progress and pending files start with a dot). */
    private static List<String> committed(Path folder) throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        if (!Files.exists(folder)) {
            return lines;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    @Test
    void after_a_failure_and_a_restart_from_the_checkpoint_every_escalation_is_in_the_sink_exactly_once() throws Exception {
        // GIVEN a random stream replayed 40 lines a checkpoint, checkpoints every 100 ms in RocksDB, one restart allowed
        Standard standard = LiveStreams.standard("complaint-handling-1.1.0.yaml");
        byte[] kjar = RuleSets.kjar(standard);
        LiveStreams.Stream stream = LiveStreams.random(7, 100, Duration.ofMinutes(30));
        List<String> expected = LiveStreams.monitored(RuleSets.load(kjar), stream.inTimeOrder(), stream.until());
        List<String> lines = stream.arriving();
        Configuration conf = new Configuration();
        conf.set(StateBackendOptions.STATE_BACKEND, "rocksdb");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 1);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
        conf.setString("execution.checkpointing.dir", dir.resolve("checkpoints").toUri().toString());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(2);
        env.enableCheckpointing(100, CheckpointingMode.EXACTLY_ONCE);
        DataStream<String> in = env.fromSource(new DataGeneratorSource<>(i -> lines.get(i.intValue()), lines.size(),
                RateLimiterStrategy.perCheckpoint(40), Types.STRING), WatermarkStrategy.noWatermarks(), "event lines")
                .setParallelism(1)
                .map(new FailOnce(lines.size() / 2)).setParallelism(1);
        Path out = dir.resolve("escalations");
        LiveEscalations.Streams streams = LiveEscalations.of(kjar).withAllowedLateness(Duration.ofMinutes(30)).withUntil(stream.until()).apply(in);
        streams.escalations().sinkTo(files(out));
        Path rejected = dir.resolve("rejected");
        streams.rejected().sinkTo(files(rejected));
        // WHEN it runs, fails once half-way (after several checkpoints), and restarts from its last checkpoint
        env.execute("live escalations with a failure");

        // THEN the failure struck, and the committed files hold every escalation the in-process monitor reports, once
        assertThat(FAILURES.get()).isEqualTo(1);
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(LiveStreams.comparable(committed(out))).isEqualTo(expected);
        assertThat(committed(rejected)).isEmpty();
    }
}
