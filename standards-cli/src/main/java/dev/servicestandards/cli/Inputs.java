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
    static java.time.Instant asOf(String text, java.time.Clock clock, picocli.CommandLine commandLine, CliText messages) {
        return instant(text, clock, commandLine, messages, "bad-as-of");
    }

    /** An ISO-8601 instant with offset given to an option, or now when absent; {@code key} names the complaint. */
    static java.time.Instant instant(String text, java.time.Clock clock, picocli.CommandLine commandLine,
            CliText messages, String key) {
        if (text == null) {
            return clock.instant();
        }
        java.time.Instant instant;
        try {
            instant = java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new picocli.CommandLine.ParameterException(commandLine, messages.get(key, text));
        }
        if (!dev.servicestandards.model.internal.Limits.isSupported(instant)) {
            // outside the years the library computes with (docs/limits.md): refused before any work
            throw new picocli.CommandLine.ParameterException(commandLine, messages.get(key + "-range", text,
                    Integer.toString(dev.servicestandards.model.internal.Limits.FIRST_YEAR),
                    Integer.toString(dev.servicestandards.model.internal.Limits.LAST_YEAR)));
        }
        return instant;
    }

    /**
     * The standard, its official calendars on {@code calendars}, after printing its warnings;
     * null (after printing every error) if invalid or if {@code calendars} is null (invalid data).
     */
    static Standard standard(Path file, dev.servicestandards.api.CalendarData calendars, PrintWriter err,
            CliText messages) {
        if (calendars == null) {
            return null;
        }
        Standards.Result result = Standards.read(file, calendars);
        for (Problem p : result.report().problems()) {
            err.println(p.toString(messages.locale()));
        }
        return result.standard().orElse(null);
    }
}
