package dev.servicestandards.flink.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.ReportOptions;
import dev.servicestandards.api.Standard;
import dev.servicestandards.cli.Cli;
import dev.servicestandards.flink.LiveStreams;
import dev.servicestandards.rules.api.RuleSets;

/** The Flink batch audit writes the report {@code standards evaluate} prints, byte for byte. */
class BatchAudit_Test {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final Instant AS_OF = Instant.parse("2025-04-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void the_sample_facts_give_the_report_of_standards_evaluate_byte_for_byte() throws Exception {
        for (List<String> sample : List.of(List.of("complaint-handling-1.0.0.yaml", "complaints.jsonl"),
                List.of("complaint-handling-1.0.0.yaml", "complaints-q1.jsonl"), List.of("call-center-1.0.0.yaml", "calls.jsonl"))) {
            // GIVEN a sample facts file, with a blank line and a malformed line added to the end
            Path facts = dir.resolve(sample.get(1));
            Files.writeString(facts, Files.readString(Path.of("..", "standards-examples", "facts", sample.get(1)),
                    StandardCharsets.UTF_8) + "\n{\"type\":\"ticket\"}\n", StandardCharsets.UTF_8);
            Path standardFile = Path.of("..", "standards-examples", "standards", sample.get(0));
            Standard standard = LiveStreams.standard(sample.get(0));
            // WHEN the Flink batch job judges it at parallelism 2
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(2);
            Report report = new BatchAudit(RuleSets.kjar(standard), AS_OF).run(env,
                    new org.apache.flink.core.fs.Path(facts.toUri()), false);
            StringWriter json = new StringWriter();
            ReportFormat.JSON.write(report, ReportOptions.of(Locale.ENGLISH).withStandards(List.of(standard)), json);
            // THEN its JSON is what the command line prints
            String cli = Cli.run(Clock.fixed(AS_OF, ZoneOffset.UTC), "evaluate", "--standard", standardFile.toString(),
                    "--facts", facts.toString(), "--as-of", AS_OF.toString());
            assertThat(report.findings()).as(sample.get(1)).isNotEmpty();
            assertThat(report.rejected()).as(sample.get(1)).isNotEmpty();
            assertThat(json.toString()).as(sample.get(1)).isEqualTo(cli);
        }
    }
}
