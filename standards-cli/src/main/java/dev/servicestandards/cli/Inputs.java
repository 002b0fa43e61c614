package dev.servicestandards.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import dev.servicestandards.api.Problem;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;

/** Loading a standard for a command, with its problems on stderr. */
final class Inputs {

    private Inputs() {
    }

    /** {@code --as-of}: an ISO-8601 instant with offset, or now by the command's clock when absent. */
    static java.time.Instant asOf(String text, java.time.Clock clock, picocli.CommandLine commandLine) {
        if (text == null) {
            return clock.instant();
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new picocli.CommandLine.ParameterException(commandLine,
                    "--as-of '" + text + "' is not an ISO-8601 instant with offset, e.g. 2025-03-10T00:00:00+08:00");
        }
    }

    /** The standard, after printing its warnings; null (after printing every error) if invalid. */
    static Standard standard(Path file, PrintWriter err) {
        Standards.Result result = Standards.read(file);
        for (Problem p : result.report().problems()) {
            err.println(p);
        }
        return result.standard().orElse(null);
    }
}
