package dev.servicestandards.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Lint;
import dev.servicestandards.api.LintReport;
import dev.servicestandards.api.Problem;
import dev.servicestandards.api.Standard;

/**
 * {@code standards lint --standard FILE --facts FILE.jsonl}: what the standard silently does not
 * judge in the facts, one problem a line on stdout, then a summary with the counts. Exit code 0
 * when nothing was found, 1 otherwise, 2 on a usage or input error.
 */
@Command(name = "lint", mixinStandardHelpOptions = true, description = "Check facts (JSON Lines) against a standard: "
        + "facts no clause selects, event names no clause reads, values a clause reads as numbers that are not numbers, with counts.")
final class LintCommand implements Callable<Integer> {

    @Option(names = "--standard", required = true, paramLabel = "FILE", description = "Standard file (YAML).")
    Path standardFile;

    @Option(names = "--facts", required = true, paramLabel = "FILE.jsonl", description = "Facts, one JSON object a line; '-' for stdin.")
    String factsFile;

    @ParentCommand
    StandardsCommand root;

    @picocli.CommandLine.Mixin
    CalendarOption calendars;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CliText text = root.text();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Standard standard = Inputs.standard(standardFile, calendars.data(err, text), err, text);
        if (standard == null) {
            return StandardsCommand.USAGE;
        }
        Lint lint = Lint.of(standard, factsFile.equals("-") ? ValidateCommand.STDIN : factsFile);
        try (Reader in = openFacts()) {
            Facts.forEachJsonLine(in, lint::add,
                    rejection -> err.println(text.get("rejected", factsFile, rejection.line(), rejection.reason(text.locale()))));
        }
        LintReport report = lint.report();
        for (Problem problem : report.problems()) {
            out.println(problem.toString(text.locale()));
        }
        out.println(text.get("lint-summary", report.facts(), report.unselected(), report.unreadEvents().size(),
                report.wrongTypes().size()));
        return report.isClean() ? 0 : 1;
    }

    private Reader openFacts() {
        return Inputs.open(factsFile, root.in());
    }
}
