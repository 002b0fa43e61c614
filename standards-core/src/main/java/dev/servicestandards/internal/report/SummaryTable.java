package dev.servicestandards.internal.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.servicestandards.api.KpiResult;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.QualitySummary;
import dev.servicestandards.api.ScoreResult;

/**
 * A quality summary laid out as one table in one language, for every writer alike: a row per
 * group and period, columns for the counts, each standard's score and grade, each KPI and the
 * most violated clauses, each cell with its change from the previous period. Internal.
 *
 * @param title   the summary's heading, e.g. {@code Monthly quality summary by site}
 * @param columns the columns, in order
 * @param rows    by period, then group
 */
record SummaryTable(String title, List<Column> columns, List<Row> rows) {

    enum Kind { PERIOD, GROUP, COUNT, SCORE, GRADE, KPI, TEXT }

    /** Which way a column's values should move: up, down, or neither is better. */
    enum Better { UP, DOWN, NEITHER }

    /** A column: its heading, what its cells hold, and which way is better. */
    record Column(String heading, Kind kind, Better better) {
        Column(String heading, Kind kind) {
            this(heading, kind, Better.NEITHER);
        }
    }

    /** A row: its period label as the summary gives it, and a cell per column. */
    record Row(String period, String group, List<Cell> cells) {
    }

    /**
     * One cell: its text, its number (for spreadsheets; {@code percent} when it is a fraction to
     * show as a percentage), its outcome (KPIs), and its change from the previous period.
     */
    record Cell(String text, Optional<BigDecimal> number, boolean percent, Optional<Outcome> outcome,
            Optional<String> change, Optional<BigDecimal> changeNumber) {

        static Cell text(String text) {
            return new Cell(text, Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty());
        }

        static Cell empty() {
            return text("");
        }
    }

    static SummaryTable of(QualitySummary summary, ReportText text) {
        // which scores and KPIs there are, in the order first met
        Map<String, String> scoreStandards = new LinkedHashMap<>();
        Map<List<String>, KpiResult> kpis = new LinkedHashMap<>();
        for (QualitySummary.Row row : summary.rows()) {
            row.scores().forEach(s -> scoreStandards.putIfAbsent(s.standard(), s.version()));
            row.kpis().forEach(k -> kpis.putIfAbsent(List.of(k.standard(), k.clause()), k));
        }
        boolean manyStandards = scoreStandards.size() > 1
                || kpis.keySet().stream().map(k -> k.get(0)).distinct().count() > 1;
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(text.label("column.period"), Kind.PERIOD));
        columns.add(new Column(text.label("column.group"), Kind.GROUP));
        columns.add(new Column(text.label("column.facts"), Kind.COUNT));
        columns.add(new Column(text.label("column.violated"), Kind.COUNT, Better.DOWN));
        columns.add(new Column(text.label("column.pending"), Kind.COUNT));
        scoreStandards.forEach((standard, version) -> {
            String suffix = manyStandards ? " " + text.standardName(standard, version) : "";
            columns.add(new Column(text.label("column.score") + suffix, Kind.SCORE, Better.UP));
            columns.add(new Column(text.label("column.grade") + suffix, Kind.GRADE));
        });
        kpis.forEach((key, k) -> columns.add(new Column(
                (manyStandards ? key.get(0) + " " : "") + text.title(k.standard(), k.version(), k.clause()).orElse(k.clause()),
                Kind.KPI, k.target().startsWith("at-most") ? Better.DOWN : Better.UP)));
        columns.add(new Column(text.label("column.top-clauses"), Kind.TEXT));

        List<Row> rows = new ArrayList<>();
        for (QualitySummary.Row row : summary.rows()) {
            Optional<QualitySummary.Change> change = row.change();
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(text.period(row.period())));
            cells.add(Cell.text(text.group(row.group())));
            cells.add(count(row.facts(), change.map(QualitySummary.Change::facts)));
            cells.add(count(row.violated(), change.map(QualitySummary.Change::violated)));
            cells.add(count(row.pending(), Optional.empty()));
            for (String standard : scoreStandards.keySet()) {
                Optional<ScoreResult> score = row.scores().stream().filter(s -> s.standard().equals(standard)).findFirst();
                if (score.isEmpty()) {
                    cells.add(Cell.empty());
                    cells.add(Cell.empty());
                    continue;
                }
                BigDecimal total = ReportValues.rounded(score.get().total());
                Optional<BigDecimal> delta = change.flatMap(c -> c.scores().stream()
                        .filter(s -> s.standard().equals(standard)).findFirst())
                        .map(s -> ReportValues.rounded(s.change()));
                cells.add(new Cell(ReportValues.number(total), Optional.of(total), false, Optional.empty(),
                        delta.map(ReportText::signed), delta));
                cells.add(Cell.text(score.get().grade().orElse("")));
            }
            for (List<String> key : kpis.keySet()) {
                Optional<KpiResult> kpi = row.kpis().stream()
                        .filter(k -> k.standard().equals(key.get(0)) && k.clause().equals(key.get(1))).findFirst();
                if (kpi.isEmpty()) {
                    cells.add(Cell.empty());
                    continue;
                }
                KpiResult k = kpi.get();
                boolean rate = text.isRate(k.standard(), k.version(), k.clause());
                Optional<BigDecimal> delta = change.flatMap(c -> c.kpis().stream()
                        .filter(d -> d.standard().equals(key.get(0)) && d.clause().equals(key.get(1))).findFirst())
                        .map(QualitySummary.KpiChange::change);
                cells.add(new Cell(text.kpiValue(k), k.value().map(v -> rate ? v : ReportValues.rounded(v)), rate,
                        Optional.of(k.outcome()),
                        delta.map(d -> text.kpiChange(k.standard(), k.version(), k.clause(), d)),
                        delta.map(d -> rate ? d : ReportValues.rounded(d))));
            }
            List<String> top = row.topViolations().stream()
                    .map(c -> text.label("summary.clause-count",
                            text.title(c.standard(), c.version(), c.clause()).orElse(c.clause()), c.violations()))
                    .toList();
            cells.add(Cell.text(dev.servicestandards.internal.i18n.Bundles.text(top, text.locale())));
            rows.add(new Row(row.period(), row.group(), cells));
        }
        return new SummaryTable(title(summary.spec(), text), columns, rows);
    }

    static String title(QualitySummary.Spec spec, ReportText text) {
        return text.label("summary.title." + spec.period().name().toLowerCase(java.util.Locale.ROOT), spec.groupBy());
    }

    private static Cell count(long n, Optional<Long> change) {
        return new Cell(Long.toString(n), Optional.of(BigDecimal.valueOf(n)), false, Optional.empty(),
                change.map(ReportText::signed), change.map(BigDecimal::valueOf));
    }
}
