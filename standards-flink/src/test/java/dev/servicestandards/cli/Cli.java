package dev.servicestandards.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Locale;

/** Runs the real {@code standards} command line in this JVM, for comparing its output with the Flink jobs'. */
public final class Cli {

    private Cli() {
    }

    /** What the command prints on standard output; fails if it exits with an error. */
    public static String run(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StandardsCommand.run(clock, Locale.ENGLISH, java.io.InputStream.nullInputStream(), new PrintWriter(out, true),
                new PrintWriter(err, true), args);
        if (code > 1) {
            throw new IllegalStateException("standards " + String.join(" ", args) + " exited with " + code + ": " + err);
        }
        return out.toString();
    }
}
