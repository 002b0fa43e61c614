package dev.servicestandards.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.servicestandards.api.Problem;
import dev.servicestandards.api.Standards;
import dev.servicestandards.api.ValidationReport;

/** {@code standards validate FILE...}: every problem of every file, one a line, on stderr. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Load and validate standards; print every problem as file:line:col: path: message.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Standard files (YAML).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean valid = true;
        for (Path file : files) {
            ValidationReport report = Standards.validate(file);
            for (Problem p : report.problems()) {
                spec.commandLine().getErr().println(p);
            }
            if (report.hasErrors()) {
                valid = false;
            } else {
                spec.commandLine().getOut().println(file + ": valid");
            }
        }
        return valid ? 0 : 1;
    }
}
