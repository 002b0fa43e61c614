package dev.servicestandards.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.Facts;
import dev.servicestandards.api.QualitySummary;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.ReportOptions;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.InvalidStandardException;
import dev.servicestandards.internal.report.TerminalText;
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

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|text|html|csv|xlsx",
            description = "Report format: json (default, for machines), text, html, csv (one file per table, in --out FOLDER) or xlsx (in --out FILE).")
    String format;

    @Option(names = "--out", paramLabel = "PATH",
            description = "Write the report here instead of to stdout: a file, or a folder for csv.")
    Path out;

    @Option(names = "--summary-by", paramLabel = "FIELD",
            description = "Add a quality summary per value of this fact field (site, branch, team...) and period to html, text, csv and xlsx reports.")
    String summaryBy;

    @Option(names = "--period", paramLabel = "day|week|month|quarter|year",
            description = "The summary's period (default: month).")
    String period;

    @Option(names = "--top", paramLabel = "N",
            description = "How many of the most violated clauses each summary row names (default: 5).")
    Integer top;

    @Option(names = "--all", description = "List met findings too.")
    boolean all;

    @Option(names = "--no-mask", description = "Show phone numbers, ID-card numbers and other long digit runs in evidence (trusted audits only).")
    boolean noMask;

    @Option(names = "--fail-on", paramLabel = "OUTCOME", description = "Exit with 1 if a finding has this outcome (violated or pending).")
    String failOn;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that judge facts (default: one per processor, here ${DEFAULT-VALUE}). The report is the same for any number.")
    int threads = Runtime.getRuntime().availableProcessors();

    @picocli.CommandLine.Mixin
    CalendarOption calendars;

    @ParentCommand
    StandardsCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CliText text = root.text();
        ReportFormat reportFormat = switch (format) {
            case "json" -> ReportFormat.JSON;
            case "text" -> ReportFormat.TEXT;
            case "html" -> ReportFormat.HTML;
            case "csv" -> ReportFormat.CSV;
            case "xlsx" -> ReportFormat.XLSX;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), text.get("bad-format", format));
        };
        if (out == null && reportFormat == ReportFormat.CSV) {
            throw new CommandLine.ParameterException(spec.commandLine(), text.get("csv-needs-out"));
        }
        if (out == null && reportFormat == ReportFormat.XLSX) {
            throw new CommandLine.ParameterException(spec.commandLine(), text.get("xlsx-needs-out"));
        }
        Optional<QualitySummary.Spec> summarySpec = summarySpec(text, reportFormat);
        Outcome failOutcome = failOn == null ? null : switch (failOn) {
            case "violated" -> Outcome.VIOLATED;
            case "pending" -> Outcome.PENDING;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), text.get("bad-fail-on", failOn));
        };
        if (threads < 1 || threads > EvaluationOptions.MAX_PARALLELISM) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    text.get("bad-threads", EvaluationOptions.MAX_PARALLELISM, threads));
        }
        Instant instant = Inputs.asOf(asOf, root.clock(), spec.commandLine(), text);
        Catalog catalog = null;
        RuleSet rules = null;
        List<Standard> standards;
        if (source.catalog != null) {
            try {
                dev.servicestandards.api.CalendarData data = calendars.data(spec.commandLine().getErr(), text);
                if (data == null) {
                    return StandardsCommand.USAGE;
                }
                catalog = Catalog.load(source.catalog, data);
            } catch (InvalidStandardException e) {
                e.report().problems().forEach(p -> spec.commandLine().getErr().println(dev.servicestandards.internal.report.TerminalText.escape(p.toString(text.locale()))));
                return StandardsCommand.USAGE;
            }
            standards = catalog.standards();
        } else {
            Standard standard = Inputs.standard(source.standardFile, calendars.data(spec.commandLine().getErr(), text),
                    spec.commandLine().getErr(), text);
            if (standard == null) {
                return StandardsCommand.USAGE;
            }
            rules = RuleSets.compile(standard);
            standards = List.of(standard);
        }
        // a summary counts met findings too
        EvaluationOptions options = EvaluationOptions.DEFAULT.withMaskEvidence(!noMask)
                .withKeepMet(all || summarySpec.isPresent()).withParallelism(threads);
        java.util.concurrent.atomic.AtomicBoolean progressShown = new java.util.concurrent.atomic.AtomicBoolean();
        if (System.console() != null) {
            // a person is watching: show progress on stderr, which stays out of the report
            options = options.withProgress(read -> {
                progressShown.set(true);
                spec.commandLine().getErr().print("\r" + text.get("progress", read));
                spec.commandLine().getErr().flush();
            });
        }
        // a summary reads the facts twice: standard input is kept in a temporary file for that
        Path facts = null;
        Path copied = null;
        if (summarySpec.isPresent()) {
            if (factsFile.equals("-")) {
                copied = Files.createTempFile("standards-facts", ".jsonl");
                Files.copy(root.in(), copied, StandardCopyOption.REPLACE_EXISTING);
                facts = copied;
            } else {
                facts = Path.of(factsFile);
            }
        }
        try {
            Report report;
            try (Reader in = facts != null ? open(facts) : openFacts()) {
                report = catalog != null ? catalog.evaluate(in, instant, options) : rules.evaluate(in, instant, options);
            }
            if (progressShown.get()) {
                spec.commandLine().getErr().println();
            }
            for (var rejection : report.rejected()) {
                spec.commandLine().getErr().println(TerminalText.escape(
                        text.get("rejected", factsFile, rejection.line(), rejection.reason(text.locale()))));
            }
            ReportOptions reportOptions = ReportOptions.of(text.locale()).withIncludeMet(all).withStandards(standards);
            if (summarySpec.isPresent()) {
                QualitySummary.Builder summary = QualitySummary.builder(summarySpec.get(), standards, report);
                try (Reader in = open(facts)) {
                    Facts.forEachJsonLine(in, summary::add, rejected -> { });
                }
                reportOptions = reportOptions.withSummary(summary.build());
            }
            if (out == null) {
                reportFormat.write(report, reportOptions, spec.commandLine().getOut());
            } else {
                try {
                    reportFormat.write(report, reportOptions, out);
                } catch (IOException e) {
                    throw new CliException("cannot-write", e, out, Inputs.reason(e));
                }
                spec.commandLine().getOut().println(text.get("written", out));
            }
            boolean fail = failOutcome != null && report.findings().stream().anyMatch(f -> f.outcome() == failOutcome);
            return fail ? 1 : 0;
        } finally {
            if (copied != null) {
                Files.deleteIfExists(copied);
            }
        }
    }

    /** The quality summary asked for, if any. */
    private Optional<QualitySummary.Spec> summarySpec(CliText text, ReportFormat reportFormat) {
        if (summaryBy == null) {
            if (period != null || top != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), text.get("summary-options-need-summary-by"));
            }
            return Optional.empty();
        }
        if (reportFormat == ReportFormat.JSON) {
            throw new CommandLine.ParameterException(spec.commandLine(), text.get("summary-needs-format", format));
        }
        ClauseKind.Period by = ClauseKind.Period.MONTH;
        if (period != null) {
            try {
                by = ClauseKind.Period.valueOf(period.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), text.get("bad-period", period));
            }
        }
        if (top != null && top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), text.get("bad-top", top));
        }
        return Optional.of(new QualitySummary.Spec(summaryBy, by, top == null ? QualitySummary.Spec.DEFAULT_TOP : top));
    }

    private Reader open(Path file) {
        return Inputs.open(file.toString(), root.in());
    }

    private Reader openFacts() {
        return Inputs.open(factsFile, root.in());
    }
}
