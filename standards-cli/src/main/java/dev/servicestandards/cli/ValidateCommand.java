package dev.servicestandards.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.servicestandards.api.Problem;
import dev.servicestandards.api.Standards;
import dev.servicestandards.api.ValidationReport;

/** {@code standards validate FILE...}: every problem of every file, one a line, on stderr. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Load and validate standards; print every problem as file:line:col: path: message.")
final class ValidateCommand implements Callable<Integer> {

    /** How problems name standard input. */
    static final String STDIN = "<stdin>";

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Standard files (YAML); '-' reads one from stdin.")
    List<Path> files;

    @ParentCommand
    StandardsCommand root;

    @picocli.CommandLine.Mixin
    CalendarOption calendars;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CliText text = root.text();
        dev.servicestandards.api.CalendarData data = calendars.data(spec.commandLine().getErr(), text);
        if (data == null) {
            return 1;
        }
        boolean valid = true;
        for (Path file : files) {
            boolean stdin = file.toString().equals("-");
            ValidationReport report = stdin
                    ? Standards.read(root.in(), STDIN, data).report()
                    : Standards.read(file, data).report();
            for (Problem p : report.problems()) {
                spec.commandLine().getErr().println(dev.servicestandards.internal.report.TerminalText.escape(p.toString(text.locale())));
            }
            if (report.hasErrors()) {
                valid = false;
            } else {
                spec.commandLine().getOut().println(text.get("valid", stdin ? STDIN : file));
            }
        }
        return valid ? 0 : 1;
    }
}
