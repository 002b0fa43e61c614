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
     * Opens a UTF-8 input file for reading, {@code -} for {@code stdin}. Every failure names the
     * file and the reason, now or while it is read: a directory, a missing or unreadable file, a
     * read error ({@code file: Is a directory}, not a bare path or a bare reason).
     */
    static java.io.Reader open(String name, java.io.InputStream stdin) {
        // split into lines before decoding: an invalid byte rejects its line, not the run; the
        // stream names the file in a read error
        return dev.servicestandards.api.Facts.utf8(openStream(name, stdin));
    }

    /** The bytes of an input file, {@code -} for {@code stdin}, with every failure naming the file and the reason. */
    static java.io.InputStream openStream(String name, java.io.InputStream stdin) {
        if (name.equals("-")) {
            return stdin;
        }
        Path file = Path.of(name);
        if (java.nio.file.Files.isDirectory(file)) {
            throw new CliException("cannot-read", null, name, new CliText(java.util.Locale.ROOT).get("is-a-directory"));
        }
        java.io.InputStream in;
        try {
            in = java.nio.file.Files.newInputStream(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CliException("no-such-file", e, name);
        } catch (java.io.IOException e) {
            throw new CliException("cannot-read", e, name, reason(e));
        }
        return new java.io.BufferedInputStream(new java.io.FilterInputStream(in) {
            @Override
            public int read() throws java.io.IOException {
                try {
                    return super.read();
                } catch (java.io.IOException e) {
                    throw named(name, e);
                }
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                try {
                    return super.read(buffer, offset, length);
                } catch (java.io.IOException e) {
                    throw named(name, e);
                }
            }
        });
    }

    /** {@code e} as an exception whose message is {@code file: reason}. */
    private static java.io.IOException named(String name, java.io.IOException e) {
        return e instanceof java.nio.file.FileSystemException ? e
                : (java.io.IOException) new java.nio.file.FileSystemException(name, null, reason(e)).initCause(e);
    }

    /** The reason of an I/O failure, without the path the JDK sometimes puts in its place. */
    static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.FileSystemException fs) {
            return StandardsCommand.describe(fs, new CliText(java.util.Locale.ROOT)).replaceFirst("^.*?: ", "");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
            err.println(dev.servicestandards.internal.report.TerminalText.escape(p.toString(messages.locale())));
        }
        return result.standard().orElse(null);
    }
}
