package dev.servicestandards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each command, run as its own program (a JVM of its own, on the command line's class path), says
 * on stderr only what it has to say: no "No SLF4J providers" warning, no Drools INFO line, no
 * Log4j "no provider" warning from the .docx reader.
 */
class StandardsCommand_logging_Test {

    private static final String EXAMPLES = Path.of("../standards-examples").toAbsolutePath().normalize().toString();
    private static final String STANDARD = EXAMPLES + "/standards/complaint-handling-1.1.0.yaml";

    record Ran(int code, String out, String err) {
    }

    private static Ran run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StandardsCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not end in 120 s: " + command);
        }
        return new Ran(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void assertNoLoggingNoise(Ran ran) {
        assertThat(ran.err()).as("stderr").doesNotContain("SLF4J").doesNotContain("No SLF4J providers")
                .doesNotContain("[INFO]").doesNotContain(" INFO ").doesNotContainIgnoringCase("log4j")
                .doesNotContain("StatusLogger");
    }

    @Test
    void evaluating_which_builds_a_drools_rule_set_prints_no_logging_warning(@TempDir Path dir) throws Exception {
        // WHEN the first SLF4J logger is made (by Drools) and a KieBase is built
        Ran ran = run(dir, "evaluate", "--standard", STANDARD, "--facts", EXAMPLES + "/facts/complaints.jsonl",
                "--as-of", "2025-03-10T00:00:00+08:00");
        // THEN it ran, and its stderr has its own lines only (the two rejected lines of the sample)
        assertThat(ran.code()).as(ran.err()).isZero();
        assertThat(ran.out()).contains("\"findings\"");
        assertThat(ran.err()).contains("complaints.jsonl:7: rejected:");
        assertNoLoggingNoise(ran);
    }

    @Test
    void drafting_from_a_docx_prints_no_logging_warning(@TempDir Path dir) throws Exception {
        // WHEN the .docx reader (Apache POI, which logs through the Log4j API) runs
        Ran ran = run(dir, "draft", EXAMPLES + "/documents/broadband-maintenance.docx");
        // THEN
        assertThat(ran.code()).as(ran.err()).isZero();
        assertThat(ran.out()).contains("clauses:");
        assertNoLoggingNoise(ran);
    }
}
