package dev.servicestandards.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Facts;
import dev.servicestandards.api.QualitySummary;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.ReportOptions;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.rules.api.RuleSets;

/**
 * The monthly service-quality meeting: judge a quarter's tickets, summarize them per site and
 * month (KPIs, scores with grades, the most violated clauses, the change from the month
 * before) and write the Chinese HTML report the meeting reads. Run from the repository root:
 * {@code java -cp ... dev.servicestandards.examples.QualityReview [STANDARD] [FACTS] [AS-OF] [OUT.html]}.
 */
public final class QualityReview {

    private QualityReview() {
    }

    /** The monthly summary per site of the facts, judged at {@code asOf}. */
    public static QualitySummary monthlyBySite(Standard standard, FactBatch facts, Instant asOf) {
        Report report = RuleSets.compile(standard).evaluate(facts, asOf);  // keeps met findings: a summary counts them
        QualitySummary.Spec bySiteAndMonth = QualitySummary.Spec.of("site", ClauseKind.Period.MONTH);
        return QualitySummary.of(bySiteAndMonth, List.of(standard), report, facts.facts());
    }

    /** Writes the report with its summary, in Chinese, to {@code out}. */
    public static void write(Standard standard, FactBatch facts, Instant asOf, Writer out) throws IOException {
        Report report = RuleSets.compile(standard).evaluate(facts, asOf);
        ReportOptions options = ReportOptions.of(Locale.SIMPLIFIED_CHINESE)
                .withStandards(List.of(standard))                          // clause titles, KPI percentages
                .withSummary(QualitySummary.of(QualitySummary.Spec.of("site", ClauseKind.Period.MONTH),
                        List.of(standard), report, facts.facts()));
        ReportFormat.HTML.write(report, options, out);
    }

    public static void main(String[] args) throws IOException {
        Standard standard = Standards.load(Path.of(args.length > 0 ? args[0]
                : "standards-examples/standards/complaint-handling-1.0.0.yaml"));
        FactBatch facts = Facts.readJsonLines(Path.of(args.length > 1 ? args[1] : "standards-examples/facts/complaints-q1.jsonl"));
        Instant asOf = Instant.parse(args.length > 2 ? args[2] : "2025-03-31T16:00:00Z");
        Path out = Path.of(args.length > 3 ? args[3] : "quality-review.html");
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            write(standard, facts, asOf, writer);
        }
        System.out.println("written to " + out);
    }
}
