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

    /** The standard, after printing its warnings; null (after printing every error) if invalid. */
    static Standard standard(Path file, PrintWriter err) {
        Standards.Result result = Standards.read(file);
        for (Problem p : result.report().problems()) {
            err.println(p);
        }
        return result.standard().orElse(null);
    }
}
