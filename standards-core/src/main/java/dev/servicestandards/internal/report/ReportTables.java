package dev.servicestandards.internal.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import dev.servicestandards.api.Finding;
import dev.servicestandards.api.KpiResult;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportOptions;
import dev.servicestandards.api.ScoreResult;

/**
 * A report as the tables a spreadsheet holds — findings, KPIs, scores and, when asked for, the
 * quality summary — with typed cells, in the options' language. The CSV and xlsx writers render
 * the same tables. Rows are made as they are written, so a large report is never copied. Internal.
 */
final class ReportTables {

    /** What a cell holds. */
    sealed interface Cell {
    }

    /** Text from the input or the labels; guarded against formulas where it is written. */
    record Text(String text) implements Cell {
    }

    /** A number the report computed. */
    record Number(BigDecimal value) implements Cell {
    }

    /** A fraction shown as a percentage. */
    record Percent(BigDecimal fraction) implements Cell {
    }

    /** A local date and time in the report's zone (named in the column heading). */
    record DateTime(LocalDateTime value) implements Cell {
    }

    /** Nothing. */
    record Empty() implements Cell {
    }

    static final Cell EMPTY = new Empty();

    /**
     * One table.
     *
     * @param file    the CSV file's name (the same in every language, for scripts)
     * @param sheet   the spreadsheet's name for the table, in the report's language
     * @param headings the column headings
     * @param rows    writes the rows to a consumer, one list of cells each
     */
    record Table(String file, String sheet, List<String> headings, RowSource rows) {
    }

    /** Writes a table's rows. */
    interface RowSource {
        void forEach(Consumer<List<Cell>> row);
    }

    private ReportTables() {
    }

    static List<Table> of(Report report, ReportOptions options, ReportText t) {
        List<Table> tables = new ArrayList<>();
        tables.add(findings(report, options, t));
        tables.add(kpis(report, t));
        tables.add(scores(report, t));
        options.summary().ifPresent(s -> tables.add(summary(SummaryTable.of(s, t), t)));
        return tables;
    }

    private static Table findings(Report report, ReportOptions options, ReportText t) {
        List<String> headings = labels(t, "column.standard", "column.version", "column.clause", "column.clause-title",
                "column.fact", "column.outcome", "column.severity");
        headings.add(t.label("column.deadline-in", report.zone().getId()));
        headings.addAll(labels(t, "column.measured", "column.measured-hours", "column.limit", "column.tier",
                "column.points", "column.amount", "column.currency", "column.evidence"));
        return new Table("findings.csv", t.label("sheet.findings"), headings, out -> {
            for (Finding f : report.findings()) {
                if (!options.includeMet() && f.outcome() == Outcome.MET) {
                    continue;
                }
                Optional<Finding.Charge> charge = f.penalty();
                out.accept(List.of(text(f.standard()), text(f.version()), text(f.clause()),
                        text(t.title(f.standard(), f.version(), f.clause()).orElse("")), text(f.fact()),
                        text(t.outcome(f.outcome())), text(t.severity(f.severity())),
                        f.deadline().<Cell>map(d -> new DateTime(t.local(d))).orElse(EMPTY),
                        f.measured().<Cell>map(m -> text(t.duration(m))).orElse(EMPTY),
                        f.measured().<Cell>map(m -> new Number(ReportText.hours(m))).orElse(EMPTY),
                        f.limit().<Cell>map(l -> text(t.limit(l))).orElse(EMPTY),
                        f.escalation().<Cell>map(ReportTables::text).orElse(EMPTY),
                        charge.<Cell>map(c -> new Number(c.points())).orElse(EMPTY),
                        charge.flatMap(Finding.Charge::amount).<Cell>map(Number::new).orElse(EMPTY),
                        charge.flatMap(Finding.Charge::currency).<Cell>map(ReportTables::text).orElse(EMPTY),
                        text(t.evidence(f))));
            }
        });
    }

    private static Table kpis(Report report, ReportText t) {
        List<String> headings = labels(t, "column.standard", "column.version", "column.kpi", "column.clause-title",
                "column.group", "column.period", "column.outcome", "column.value", "column.numerator", "column.sample",
                "column.target");
        return new Table("kpis.csv", t.label("sheet.kpis"), headings, out -> {
            for (KpiResult k : report.kpis()) {
                boolean rate = t.isRate(k.standard(), k.version(), k.clause());
                out.accept(List.of(text(k.standard()), text(k.version()), text(k.clause()),
                        text(t.title(k.standard(), k.version(), k.clause()).orElse("")), text(t.group(k.group())),
                        text(t.period(k.period())), text(t.outcome(k.outcome())),
                        k.value().<Cell>map(v -> rate ? new Percent(v) : new Number(ReportValues.rounded(v))).orElse(EMPTY),
                        new Number(ReportValues.rounded(k.numerator())), new Number(BigDecimal.valueOf(k.denominator())),
                        text(t.kpiTarget(k))));
            }
        });
    }

    private static Table scores(Report report, ReportText t) {
        Set<String> dimensions = new LinkedHashSet<>();
        report.scores().forEach(s -> dimensions.addAll(s.dimensions().keySet()));
        List<String> headings = labels(t, "column.standard", "column.version", "column.group", "column.total",
                "column.grade", "column.facts", "column.violations");
        headings.addAll(dimensions);
        return new Table("scores.csv", t.label("sheet.scores"), headings, out -> {
            for (ScoreResult s : report.scores()) {
                List<Cell> row = new ArrayList<>(List.of(text(s.standard()), text(s.version()), text(t.group(s.group())),
                        new Number(ReportValues.rounded(s.total())), s.grade().<Cell>map(ReportTables::text).orElse(EMPTY),
                        new Number(BigDecimal.valueOf(s.facts())), new Number(BigDecimal.valueOf(s.violations()))));
                for (String d : dimensions) {
                    BigDecimal score = s.dimensions().get(d);
                    row.add(score == null ? EMPTY : new Number(ReportValues.rounded(score)));
                }
                out.accept(row);
            }
        });
    }

    /** The summary flattened: a KPI has a column for its outcome, a value that changes one for its change. */
    private static Table summary(SummaryTable table, ReportText t) {
        List<String> headings = new ArrayList<>();
        List<Boolean> changes = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            SummaryTable.Column c = table.columns().get(i);
            int column = i;
            boolean changing = table.rows().stream().anyMatch(r -> r.cells().get(column).change().isPresent());
            headings.add(c.heading());
            if (c.kind() == SummaryTable.Kind.KPI) {
                headings.add(c.heading() + " " + t.label("column.outcome"));
            }
            if (changing) {
                headings.add(c.heading() + " " + t.label("column.change"));
            }
            changes.add(changing);
        }
        return new Table("summary.csv", t.label("sheet.summary"), headings, out -> {
            for (SummaryTable.Row row : table.rows()) {
                List<Cell> cells = new ArrayList<>();
                for (int i = 0; i < row.cells().size(); i++) {
                    SummaryTable.Cell c = row.cells().get(i);
                    cells.add(c.number().<Cell>map(n -> c.percent() ? new Percent(n) : new Number(n))
                            .orElseGet(() -> c.text().isEmpty() ? EMPTY : text(c.text())));
                    if (table.columns().get(i).kind() == SummaryTable.Kind.KPI) {
                        cells.add(c.outcome().<Cell>map(o -> text(t.outcome(o))).orElse(EMPTY));
                    }
                    if (changes.get(i)) {
                        cells.add(c.changeNumber().<Cell>map(n -> c.percent() ? new Percent(n) : new Number(n)).orElse(EMPTY));
                    }
                }
                out.accept(cells);
            }
        });
    }

    private static List<String> labels(ReportText t, String... keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            out.add(t.label(key));
        }
        return out;
    }

    private static Cell text(String text) {
        return new Text(text);
    }
}
