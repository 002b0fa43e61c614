package dev.servicestandards.flink.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.servicestandards.api.Standard;
import dev.servicestandards.flink.LiveStreams;
import dev.servicestandards.rules.api.RuleSets;

/**
 * Events from Kafka, escalations to Kafka through the transactional sink: a real KRaft broker started in this
 * JVM (Kafka's own test kit), the job on a MiniCluster at parallelism 2 reading two partitions.
 */
class LiveEscalations_kafka_Test {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void events_from_a_kafka_topic_escalate_to_a_topic_exactly_once_as_the_in_process_monitor_does() throws Exception {
        try (KafkaClusterTestKit kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
                .setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0").build()) {
            kafka.format();
            kafka.startup();
            kafka.waitForReadyBrokers();
            String bootstrap = kafka.bootstrapServers();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.createTopics(List.of(new NewTopic("events", 2, (short) 1), new NewTopic("escalations", 1, (short) 1)))
                        .all().get();
            }
            // GIVEN a random stream on a topic of two partitions, keyed by fact (a fact's lines stay in order)
            Standard standard = LiveStreams.standard("complaint-handling-1.1.0.yaml");
            byte[] kjar = RuleSets.kjar(standard);
            LiveStreams.Stream stream = LiveStreams.random(11, 60, Duration.ofMinutes(30));
            List<String> expected = LiveStreams.monitored(RuleSets.load(kjar), stream.inTimeOrder(), stream.until());
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                    new StringSerializer(), new StringSerializer())) {
                for (String line : stream.arriving()) {
                    String fact = line.substring(9, line.indexOf('"', 9));
                    producer.send(new ProducerRecord<>("events", fact, line));
                }
                producer.flush();
            }
            // WHEN the job reads the topic to its end and writes escalations transactionally
            org.apache.flink.configuration.Configuration conf = new org.apache.flink.configuration.Configuration();
            // a failing job fails the test at once rather than restarting for ever
            conf.set(org.apache.flink.configuration.RestartStrategyOptions.RESTART_STRATEGY, "none");
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
            env.setParallelism(2);
            env.enableCheckpointing(200, CheckpointingMode.EXACTLY_ONCE);
            KafkaSource<String> source = KafkaSource.<String>builder().setBootstrapServers(bootstrap).setTopics("events")
                    .setGroupId("standards-flink-test").setStartingOffsets(OffsetsInitializer.earliest())
                    .setBounded(OffsetsInitializer.latest()).setValueOnlyDeserializer(new SimpleStringSchema()).build();
            Properties producerConfig = new Properties();
            producerConfig.setProperty("transaction.timeout.ms", "60000");
            KafkaSink<String> sink = KafkaSink.<String>builder().setBootstrapServers(bootstrap)
                    .setRecordSerializer(KafkaRecordSerializationSchema.builder().setTopic("escalations")
                            .setValueSerializationSchema(new SimpleStringSchema()).build())
                    .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE).setTransactionalIdPrefix("standards-escalations")
                    .setKafkaProducerConfig(producerConfig).build();
            LiveEscalations.of(kjar).withAllowedLateness(Duration.ofMinutes(30)).withUntil(stream.until())
                    .apply(env.fromSource(source, WatermarkStrategy.noWatermarks(), "kafka events")).escalations().sinkTo(sink);
            env.execute("live escalations on kafka");
            // THEN a read-committed consumer finds the monitor's escalations, once each
            List<String> committed = new ArrayList<>();
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new StringDeserializer(), new StringDeserializer())) {
                TopicPartition partition = new TopicPartition("escalations", 0);
                consumer.assign(List.of(partition));
                long end = consumer.endOffsets(List.of(partition)).get(partition);
                while (consumer.position(partition) < end) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                        committed.add(r.value());
                    }
                }
            }
            assertThat(expected).hasSizeGreaterThan(50);
            assertThat(LiveStreams.comparable(committed)).isEqualTo(expected);
        }
    }
}
