package dev.servicestandards.flink;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.ReportOptions;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.flink.api.BatchAudit;
import dev.servicestandards.flink.api.LiveEscalations;
import dev.servicestandards.rules.api.RuleSets;

/**
 * {@code standards-flink live|audit}: the Flink jobs from the command line. Run with {@code java} it
 * starts an embedded MiniCluster; submitted with {@code flink run} it runs on that cluster.
 */
@Command(name = "standards-flink", mixinStandardHelpOptions = true, subcommands = {StandardsFlink.Live.class,
        StandardsFlink.Audit.class}, description = "Service standards on Apache Flink: live escalations and batch audits.")
public final class StandardsFlink {

    private StandardsFlink() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new StandardsFlink()).execute(args));
    }

    /** The options every job shares. */
    static class JobOptions {
        @Option(names = "--standard", required = true, paramLabel = "FILE", description = "Standard file (YAML).")
        Path standard;

        @Option(names = "--parallelism", paramLabel = "N", description = "Parallelism of the job (default: the cluster's).")
        Integer parallelism;

        byte[] kjar(Standard s) {
            return RuleSets.kjar(s);
        }
    }

    @Command(name = "live", mixinStandardHelpOptions = true,
            description = "Live escalations: event lines in (files or Kafka), escalations out as JSON lines (files or Kafka).")
    static final class Live extends JobOptions implements Callable<Integer> {
        @Option(names = "--events", paramLabel = "PATH", description = "A file or folder of event lines (JSON Lines).")
        String events;

        @Option(names = "--kafka", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers (with --topic).")
        String kafka;

        @Option(names = "--topic", paramLabel = "TOPIC", description = "Kafka topic of event lines, keyed by fact id.")
        String topic;

        @Option(names = "--out", paramLabel = "DIR", description = "Folder the escalation files are committed to.")
        String out;

        @Option(names = "--escalations-topic", paramLabel = "TOPIC", description = "Kafka topic for escalations (transactional).")
        String escalationsTopic;

        @Option(names = "--lateness", defaultValue = "PT1M", paramLabel = "DURATION",
                description = "How far out of order events may come and still be judged in order (default: ${DEFAULT-VALUE}).")
        Duration lateness;

        @Option(names = "--until", paramLabel = "INSTANT", description = "Replay up to this ISO-8601 instant with offset.")
        String until;

        @Option(names = "--checkpoint-dir", paramLabel = "URI", description = "Where checkpoints go (file:///..., s3://...).")
        String checkpointDir;

        @Option(names = "--checkpoint-interval", defaultValue = "PT10S", paramLabel = "DURATION",
                description = "Checkpoint interval (default: ${DEFAULT-VALUE}); escalations are committed at checkpoints.")
        Duration checkpointInterval;

        @Option(names = "--rocksdb", description = "Keep keyed state in RocksDB (state larger than memory).")
        boolean rocksdb;

        @Override
        public Integer call() throws Exception {
            if ((events == null) == (kafka == null || topic == null)) {
                throw new CommandLine.ParameterException(new CommandLine(this), "give either --events or --kafka with --topic");
            }
            if ((out == null) == (escalationsTopic == null || kafka == null)) {
                throw new CommandLine.ParameterException(new CommandLine(this), "give either --out or --escalations-topic with --kafka");
            }
            Standard s = Standards.load(standard);
            Configuration conf = new Configuration();
            if (rocksdb) {
                conf.set(StateBackendOptions.STATE_BACKEND, "rocksdb");
            }
            if (checkpointDir != null) {
                conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDir);
            }
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
            if (parallelism != null) {
                env.setParallelism(parallelism);
            }
            env.enableCheckpointing(checkpointInterval.toMillis(), CheckpointingMode.EXACTLY_ONCE);
            DataStream<String> lines = events != null
                    ? env.fromSource(FileSource.forRecordStreamFormat(new TextLineInputFormat(),
                            new org.apache.flink.core.fs.Path(events)).build(), WatermarkStrategy.noWatermarks(), "event files")
                    : env.fromSource(KafkaSource.<String>builder().setBootstrapServers(kafka).setTopics(topic)
                            .setGroupId("standards-flink").setStartingOffsets(OffsetsInitializer.earliest())
                            .setValueOnlyDeserializer(new SimpleStringSchema()).build(), WatermarkStrategy.noWatermarks(), "kafka events");
            LiveEscalations job = LiveEscalations.of(kjar(s)).withAllowedLateness(lateness);
            if (until != null) {
                job = job.withUntil(OffsetDateTime.parse(until).toInstant());
            }
            LiveEscalations.Streams streams = job.apply(lines);
            if (out != null) {
                streams.escalations().sinkTo(FileSink.forRowFormat(new org.apache.flink.core.fs.Path(out, "escalations"),
                        new SimpleStringEncoder<String>()).withRollingPolicy(OnCheckpointRollingPolicy.build()).build());
                streams.rejected().sinkTo(FileSink.forRowFormat(new org.apache.flink.core.fs.Path(out, "rejected"),
                        new SimpleStringEncoder<String>()).withRollingPolicy(OnCheckpointRollingPolicy.build()).build());
            } else {
                Properties producer = new Properties();
                producer.setProperty("transaction.timeout.ms", "900000");
                streams.escalations().sinkTo(KafkaSink.<String>builder().setBootstrapServers(kafka)
                        .setRecordSerializer(KafkaRecordSerializationSchema.builder().setTopic(escalationsTopic)
                                .setValueSerializationSchema(new SimpleStringSchema()).build())
                        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE).setTransactionalIdPrefix("standards-escalations")
                        .setKafkaProducerConfig(producer).build());
            }
            env.execute("standards live escalations: " + s.coordinates());
            return 0;
        }
    }

    @Command(name = "audit", mixinStandardHelpOptions = true,
            description = "Batch audit of a facts file: the JSON report `standards evaluate` prints, judged on the cluster.")
    static final class Audit extends JobOptions implements Callable<Integer> {
        @Option(names = "--facts", required = true, paramLabel = "FILE.jsonl", description = "Facts, one JSON object a line.")
        String facts;

        @Option(names = "--as-of", required = true, paramLabel = "INSTANT", description = "Judge as of this ISO-8601 instant with offset.")
        String asOf;

        @Option(names = "--all", description = "List met findings too.")
        boolean all;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of to stdout.")
        Path out;

        @Override
        public Integer call() throws IOException, Exception {
            Standard s = Standards.load(standard);
            Instant instant = OffsetDateTime.parse(asOf).toInstant();
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            if (parallelism != null) {
                env.setParallelism(parallelism);
            }
            Report report = new BatchAudit(kjar(s), instant).run(env, new org.apache.flink.core.fs.Path(facts), all);
            ReportOptions options = ReportOptions.of(Locale.ENGLISH).withIncludeMet(all).withStandards(List.of(s));
            try (Writer w = out == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                    : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                ReportFormat.JSON.write(report, options, w);
            }
            return 0;
        }
    }
}
