package dev.servicestandards.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.servicestandards.api.Outcome;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.InvalidStandardException;
import dev.servicestandards.rules.api.Catalog;
import dev.servicestandards.rules.api.EvaluationOptions;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/** {@code standards evaluate --standard FILE --facts FILE.jsonl}: judges facts, prints a report. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Evaluate facts (JSON Lines) against a standard or a catalog of revisions and print a report. "
        + "Facts are streamed: memory grows with the violated and pending findings, not with the input.")
final class EvaluateCommand implements Callable<Integer> {

    /** Exactly one of --standard and --catalog. */
    static final class Source {
        @Option(names = "--standard", required = true, paramLabel = "FILE", description = "Standard file (YAML).")
        Path standardFile;

        @Option(names = "--catalog", required = true, paramLabel = "DIR",
                description = "Folder of standard revisions; each fact is judged by the revision in force at its earliest event.")
        Path catalog;
    }

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--facts", required = true, paramLabel = "FILE.jsonl", description = "Facts, one JSON object a line; '-' for stdin.")
    String factsFile;

    @Option(names = "--as-of", paramLabel = "INSTANT", description = "Judge as of this ISO-8601 instant with offset (default: now).")
    String asOf;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|text|html", description = "Report format: json (default), text or html.")
    String format;

    @Option(names = "--all", description = "List met findings too.")
    boolean all;

    @Option(names = "--no-mask", description = "Show phone numbers, ID-card numbers and other long digit runs in evidence (trusted audits only).")
    boolean noMask;

    @Option(names = "--fail-on", paramLabel = "OUTCOME", description = "Exit with 1 if a finding has this outcome (violated or pending).")
    String failOn;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that judge facts (default: one per processor, here ${DEFAULT-VALUE}). The report is the same for any number.")
    int threads = Runtime.getRuntime().availableProcessors();

    @ParentCommand
    StandardsCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ReportFormat reportFormat = switch (format) {
            case "json" -> ReportFormat.JSON;
            case "text" -> ReportFormat.TEXT;
            case "html" -> ReportFormat.HTML;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be json, text or html, not '" + format + "'");
        };
        Outcome failOutcome = failOn == null ? null : switch (failOn) {
            case "violated" -> Outcome.VIOLATED;
            case "pending" -> Outcome.PENDING;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--fail-on must be violated or pending, not '" + failOn + "'");
        };
        if (threads < 1 || threads > EvaluationOptions.MAX_PARALLELISM) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be 1 to " + EvaluationOptions.MAX_PARALLELISM + ", not " + threads);
        }
        Instant instant = Inputs.asOf(asOf, root.clock(), spec.commandLine());
        Catalog catalog = null;
        RuleSet rules = null;
        if (source.catalog != null) {
            try {
                catalog = Catalog.load(source.catalog);
            } catch (InvalidStandardException e) {
                e.report().problems().forEach(spec.commandLine().getErr()::println);
                return StandardsCommand.USAGE;
            }
        } else {
            Standard standard = Inputs.standard(source.standardFile, spec.commandLine().getErr());
            if (standard == null) {
                return StandardsCommand.USAGE;
            }
            rules = RuleSets.compile(standard);
        }
        EvaluationOptions options = EvaluationOptions.DEFAULT.withMaskEvidence(!noMask).withKeepMet(all)
                .withParallelism(threads);
        java.util.concurrent.atomic.AtomicBoolean progressShown = new java.util.concurrent.atomic.AtomicBoolean();
        if (System.console() != null) {
            // a person is watching: show progress on stderr, which stays out of the report
            options = options.withProgress(read -> {
                progressShown.set(true);
                spec.commandLine().getErr().print("\r" + read + " facts evaluated");
                spec.commandLine().getErr().flush();
            });
        }
        Report report;
        try (Reader in = openFacts()) {
            report = catalog != null ? catalog.evaluate(in, instant, options) : rules.evaluate(in, instant, options);
        }
        if (progressShown.get()) {
            spec.commandLine().getErr().println();
        }
        for (var rejection : report.rejected()) {
            spec.commandLine().getErr().println(factsFile + ":" + rejection.line() + ": rejected: " + rejection.reason());
        }
        reportFormat.write(report, all, spec.commandLine().getOut());
        boolean fail = failOutcome != null && report.findings().stream().anyMatch(f -> f.outcome() == failOutcome);
        return fail ? 1 : 0;
    }

    private Reader openFacts() throws IOException {
        if (factsFile.equals("-")) {
            return new InputStreamReader(System.in, StandardCharsets.UTF_8);
        }
        try {
            return Files.newBufferedReader(Path.of(factsFile), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException(factsFile + ": no such file", e);
        }
    }
}
