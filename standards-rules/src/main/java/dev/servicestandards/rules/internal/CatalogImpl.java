package dev.servicestandards.rules.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;
import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Facts;
import dev.servicestandards.api.InvalidStandardException;
import dev.servicestandards.api.KpiResult;
import dev.servicestandards.api.LocalizedText;
import dev.servicestandards.api.Problem;
import dev.servicestandards.api.ProblemCode;
import dev.servicestandards.api.Rejection;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ScoreResult;
import dev.servicestandards.api.SourceLocation;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.internal.report.FindingTable;
import dev.servicestandards.rules.api.Catalog;
import dev.servicestandards.rules.api.EvaluationOptions;
import dev.servicestandards.rules.api.RuleSets;

/** A loaded catalog: revisions by id, compiled on load. Immutable and thread-safe. Internal. */
public final class CatalogImpl implements Catalog {

    private static final Comparator<Standard> ORDER = Comparator.comparing(Standard::id).thenComparing(Standard::version);

    private final List<Standard> standards;
    private final Map<String, List<CompiledRuleSet>> byId = new TreeMap<>();

    private CatalogImpl(List<Standard> standards, RuleSets.Compiler compiler) {
        this.standards = standards.stream().sorted(ORDER).toList();
        for (Standard s : this.standards) {
            byId.computeIfAbsent(s.id(), id -> new ArrayList<>()).add((CompiledRuleSet) compiler.compile(s));
        }
    }

    public static Catalog load(Path folder, dev.servicestandards.api.CalendarData calendarData) {
        List<Problem> problems = new ArrayList<>();
        List<Standard> standards = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.{yaml,yml}")) {
            dir.forEach(files::add);
        } catch (IOException e) {
            throw new InvalidStandardException(new dev.servicestandards.api.ValidationReport(List.of(Problem.error(
                    ProblemCode.IO_ERROR, SourceLocation.ofFile(folder.toString()),
                    e instanceof java.nio.file.NoSuchFileException ? LocalizedText.of("text.no-such-folder")
                            : String.valueOf(e.getMessage())))));
        }
        files.sort(Comparator.naturalOrder());
        if (files.isEmpty()) {
            problems.add(Problem.error(ProblemCode.EMPTY_CATALOG, SourceLocation.ofFile(folder.toString())));
        }
        for (Path file : files) {
            Standards.Result result = Standards.read(file, calendarData);
            problems.addAll(result.report().errors());
            result.standard().ifPresent(standards::add);
        }
        Map<String, Standard> seen = new LinkedHashMap<>();
        standards.sort(ORDER.thenComparing(Standard::source));
        for (Standard s : standards) {
            Standard earlier = seen.putIfAbsent(s.coordinates(), s);
            if (earlier != null) {
                problems.add(Problem.error(ProblemCode.DUPLICATE_REVISION, SourceLocation.ofFile(s.source()),
                        s.id(), s.version(), earlier.source()));
            }
        }
        for (int i = 0; i < standards.size(); i++) {
            for (int j = i + 1; j < standards.size(); j++) {
                Standard a = standards.get(i);
                Standard b = standards.get(j);
                if (a.id().equals(b.id()) && !a.version().equals(b.version()) && overlap(a, b)) {
                    problems.add(Problem.error(ProblemCode.CATALOG_OVERLAP, SourceLocation.ofFile(b.source()),
                            b.id(), b.version(), b.effectiveFrom(), until(b), a.id(), a.version(), a.effectiveFrom(),
                            until(a), a.source()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidStandardException(new dev.servicestandards.api.ValidationReport(problems));
        }
        return new CatalogImpl(standards, RuleSets.newCompiler());
    }

    private static Object until(Standard s) {
        return s.effectiveUntil().<Object>map(LocalDate::toString).orElse(LocalizedText.of("text.further-notice"));
    }

    private static boolean overlap(Standard a, Standard b) {
        LocalDate aEnd = a.effectiveUntil().orElse(LocalDate.MAX);
        LocalDate bEnd = b.effectiveUntil().orElse(LocalDate.MAX);
        return a.effectiveFrom().isBefore(bEnd) && b.effectiveFrom().isBefore(aEnd);
    }

    @Override
    public List<Standard> standards() {
        return standards;
    }

    @Override
    public Optional<Standard> inForce(String id, LocalDate date) {
        return byId.getOrDefault(id, List.of()).stream().map(CompiledRuleSet::standard)
                .filter(s -> !date.isBefore(s.effectiveFrom()) && s.effectiveUntil().map(date::isBefore).orElse(true))
                .findFirst();
    }

    @Override
    public Report evaluate(FactBatch batch, Instant asOf, EvaluationOptions options) {
        try (Routing routing = new Routing(asOf, options)) {
            batch.rejected().forEach(routing.rejected::add);
            for (int i = 0; i < batch.facts().size(); i++) {
                routing.add(batch.lineOf(i), batch.facts().get(i));
            }
            return routing.finish();
        }
    }

    @Override
    public Report evaluate(Reader jsonLines, Instant asOf, EvaluationOptions options) throws IOException {
        try (Routing routing = new Routing(asOf, options)) {
            dev.servicestandards.internal.facts.JsonLineParser parser = new dev.servicestandards.internal.facts.JsonLineParser();
            dev.servicestandards.internal.facts.JsonLines.forEach(jsonLines, (line, json) -> {
                dev.servicestandards.internal.facts.JsonLineParser.Result parsed = parser.parse(json);
                parsed.fact().ifPresentOrElse(f -> routing.add(line, f),
                        () -> routing.rejected.add(new Rejection(line, parsed.why())));
            }, (line, why) -> routing.rejected.add(new Rejection(line, why)));
            return routing.finish();
        }
    }

    /** Sends each fact to the run of the revision in force at its anchor time, per id. */
    private final class Routing implements AutoCloseable {
        private final Instant asOf;
        private final Map<CompiledRuleSet, Evaluator.Run> runs = new LinkedHashMap<>();
        private final List<Rejection> rejected = new ArrayList<>();
        private final List<dev.servicestandards.api.Unjudged> unjudged = new ArrayList<>();
        private final EvaluationOptions options;
        private long facts;

        Routing(Instant asOf, EvaluationOptions options) {
            this.asOf = asOf;
            // progress is reported here, once per fact read, not by each revision's run
            this.options = options;
            for (List<CompiledRuleSet> revisions : byId.values()) {
                for (CompiledRuleSet rules : revisions) {
                    runs.put(rules, rules.evaluator().start(asOf, options.withProgress(n -> { })));
                }
            }
        }

        /**
         * Routes a fact read from input line {@code line} (0 without one) to the revision of each
         * standard id in force at its anchor time. A fact no revision of any id is in force for
         * is a rejected line; one only some ids have no revision for is judged by the others and
         * listed as not judged by those.
         */
        void add(long line, Fact fact) {
            Instant anchor = fact.events().stream().map(Event::at).min(Comparator.naturalOrder()).orElse(asOf);
            List<CompiledRuleSet> targets = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (Map.Entry<String, List<CompiledRuleSet>> id : byId.entrySet()) {
                LocalDate date = anchor.atZone(id.getValue().get(0).standard().timezone()).toLocalDate();
                Optional<CompiledRuleSet> revision = id.getValue().stream().filter(r -> {
                    Standard s = r.standard();
                    return !date.isBefore(s.effectiveFrom()) && s.effectiveUntil().map(date::isBefore).orElse(true);
                }).findFirst();
                if (revision.isPresent()) {
                    targets.add(revision.get());
                } else {
                    missing.add("no revision of " + id.getKey() + " is in force on " + date);
                }
            }
            if (targets.isEmpty()) {
                rejected.add(new Rejection(line, Optional.of(fact.id()), String.join("; ", missing)));
                return;
            }
            facts++;
            targets.forEach(r -> runs.get(r).add(line, fact));
            for (String reason : missing) {
                String id = reason.substring("no revision of ".length(), reason.indexOf(" is in force"));
                unjudged.add(new dev.servicestandards.api.Unjudged(line, fact.id(), id, "(none)", "(every clause)", reason));
            }
            if (facts % Evaluator.PROGRESS_EVERY == 0) {
                options.progress().accept(facts);
            }
        }

        Report finish() {
            List<Report.StandardRef> refs = new ArrayList<>();
            // the revisions' tables, copied row by row: no finding is made
            FindingTable.Builder findings = FindingTable.builder();
            List<KpiResult> kpis = new ArrayList<>();
            List<ScoreResult> scores = new ArrayList<>();
            long met = 0;
            long violated = 0;
            long pending = 0;
            for (Evaluator.Run run : runs.values()) {
                Report r = run.finish();
                refs.addAll(r.standards());
                findings.addAll(r.findings());
                kpis.addAll(r.kpis());
                scores.addAll(r.scores());
                rejected.addAll(r.rejected());
                unjudged.addAll(r.unjudged());
                met += r.summary().met();
                violated += r.summary().violated();
                pending += r.summary().pending();
            }
            unjudged.sort(Comparator.comparingLong(dev.servicestandards.api.Unjudged::line)
                    .thenComparing(dev.servicestandards.api.Unjudged::fact).thenComparing(dev.servicestandards.api.Unjudged::standard)
                    .thenComparing(dev.servicestandards.api.Unjudged::clause));
            rejected.sort(Comparator.comparingLong(Rejection::line));
            return new Report(refs, asOf, standards.get(0).timezone(), findings.build(), kpis, scores,
                    new Report.Summary(facts, rejected.size(), met, violated, pending, unjudged.size()), rejected, unjudged);
        }

        /** Stops every revision's worker threads. */
        @Override
        public void close() {
            runs.values().forEach(Evaluator.Run::close);
        }
    }
}
