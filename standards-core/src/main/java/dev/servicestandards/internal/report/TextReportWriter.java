package dev.servicestandards.internal.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.servicestandards.api.Finding;
import dev.servicestandards.api.KpiResult;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Rejection;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportOptions;
import dev.servicestandards.api.ScoreResult;

/** Writes a report as aligned tables a person reads in a terminal, in the options' language. Internal. */
public final class TextReportWriter {

    private TextReportWriter() {
    }

    public static void write(Report report, boolean includeMet, Writer out) throws IOException {
        write(report, ReportOptions.DEFAULT.withIncludeMet(includeMet), out);
    }

    public static void write(Report report, ReportOptions options, Writer out) throws IOException {
        ReportText t = new ReportText(options.locale(), report.zone(), options.standards());
        StringBuilder text = new StringBuilder();
        String standardLabel = t.label("report.standard");
        String asOfLabel = t.label("report.as-of");
        int labelWidth = Math.max(width(standardLabel), width(asOfLabel)) + 1;
        for (Report.StandardRef ref : report.standards()) {
            text.append(pad(standardLabel, labelWidth)).append(ref.standard()).append(' ').append(ref.version());
            t.standard(ref.standard(), ref.version()).flatMap(s -> s.title()).ifPresent(title -> text.append(' ').append(title));
            text.append('\n');
        }
        text.append(pad(asOfLabel, labelWidth)).append(t.instant(report.asOf())).append("\n\n");
        // with several revisions (a catalog), every row names its standard and version
        boolean multi = report.standards().size() > 1;
        boolean money = false;
        for (Finding f : report.findings()) {
            if ((options.includeMet() || f.outcome() != Outcome.MET) && f.penalty().flatMap(Finding.Charge::amount).isPresent()) {
                money = true;
                break;
            }
        }
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(t.label("column.fact"),
                t.label(multi ? "column.standard-clause" : "column.clause"), t.label("column.outcome"),
                t.label("column.deadline"), t.label("column.measured"), t.label("column.limit"), t.label("column.tier"),
                t.label("column.points")));
        if (money) {
            header.add(t.label("column.penalty"));
        }
        header.add(t.label("column.evidence"));
        rows.add(upper(header));
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (Finding f : report.findings()) {
            if (!options.includeMet() && f.outcome() == Outcome.MET) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(
                f.fact(), multi ? f.standard() + "@" + f.version() + " " + f.clause() : f.clause(), t.outcome(f.outcome()),
                f.deadline().map(t::instant).orElse("-"),
                f.measured().map(t::duration).orElse("-"),
                f.limit().map(t::limit).orElse("-"),
                f.escalation().orElse("-"),
                f.penalty().map(c -> ReportValues.number(c.points())).orElse("-")));
            if (money) {
                row.add(t.penalty(f));
            }
            row.add(t.evidence(f));
            rows.add(row.toArray(String[]::new));
            f.penalty().filter(c -> c.amount().isPresent() && f.outcome() == Outcome.VIOLATED)
                    .ifPresent(c -> totals.merge(c.currency().orElse(""), c.amount().get(), BigDecimal::add));
        }
        if (rows.size() == 1) {
            text.append(t.label(options.includeMet() ? "text.no-findings" : "text.no-open-findings")).append('\n');
        } else {
            table(rows, text);
        }
        if (!report.kpis().isEmpty()) {
            List<String[]> kpis = new ArrayList<>();
            kpis.add(upper(List.of(t.label("column.kpi"), t.label("column.group"), t.label("column.period"),
                    t.label("column.outcome"), t.label("column.value"), t.label("column.sample"), t.label("column.target"))));
            for (KpiResult k : report.kpis()) {
                kpis.add(new String[] {multi ? k.standard() + "@" + k.version() + " " + k.clause() : k.clause(),
                    t.group(k.group()), t.period(k.period()), t.outcome(k.outcome()), t.kpiValue(k),
                    Long.toString(k.denominator()), t.kpiTarget(k)});
            }
            text.append('\n');
            table(kpis, text);
        }
        if (!report.scores().isEmpty()) {
            List<String[]> scores = new ArrayList<>();
            List<String> dimensions = new ArrayList<>(report.scores().get(0).dimensions().keySet());
            List<String> head = new ArrayList<>(List.of(t.label("column.group"), t.label("column.total"), t.label("column.grade")));
            head.addAll(dimensions);
            scores.add(upper(head));
            for (ScoreResult score : report.scores()) {
                List<String> row = new ArrayList<>(List.of(multi ? score.standard() + "@" + score.version() + " " + score.group()
                        : t.group(score.group()), ReportValues.number(ReportValues.rounded(score.total())),
                        score.grade().orElse("-")));
                dimensions.forEach(d -> row.add(score.dimensions().containsKey(d)
                        ? ReportValues.number(ReportValues.rounded(score.dimensions().get(d))) : "-"));
                scores.add(row.toArray(String[]::new));
            }
            text.append('\n');
            table(scores, text);
        }
        if (options.summary().isPresent()) {
            SummaryTable summary = SummaryTable.of(options.summary().get(), t);
            text.append('\n').append(summary.title()).append('\n');
            if (summary.rows().isEmpty()) {
                text.append(t.label("summary.none")).append('\n');
            } else {
                List<String[]> rowsOut = new ArrayList<>();
                rowsOut.add(upper(summary.columns().stream().map(SummaryTable.Column::heading).toList()));
                for (SummaryTable.Row row : summary.rows()) {
                    rowsOut.add(row.cells().stream().map(c -> cell(c, t)).toArray(String[]::new));
                }
                table(rowsOut, text);
            }
        }
        Report.Summary s = report.summary();
        text.append('\n').append(t.label("text.counts", s.facts(), s.met(), s.violated(), s.pending(), s.rejected()))
                .append('\n');
        if (!totals.isEmpty()) {
            List<String> amounts = new ArrayList<>();
            totals.forEach((currency, amount) -> amounts.add(t.money(amount,
                    currency.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(currency))));
            text.append(t.label("text.penalties", amounts)).append('\n');
        }
        if (s.unjudged() > 0) {
            text.append(t.label(s.unjudged() == 1 ? "text.unjudged-one" : "text.unjudged-many", s.unjudged())).append('\n');
        }
        for (Rejection r : report.rejected()) {
            text.append(t.rejection(r)).append('\n');
        }
        for (dev.servicestandards.api.Unjudged u : report.unjudged()) {
            text.append(t.label("unjudged", t.unjudgedPlace(u), u.reason())).append('\n');
        }
        // and whatever else came from the facts or the standard (titles, reasons) is escaped too
        out.write(TerminalText.escape(text.toString(), true));
        out.flush();
    }

    /** A summary cell as one piece of text: value, outcome, and change in brackets. */
    private static String cell(SummaryTable.Cell c, ReportText t) {
        StringBuilder out = new StringBuilder(c.text());
        c.outcome().ifPresent(o -> out.append(' ').append(t.outcome(o)));
        c.change().ifPresent(change -> out.append(" (").append(change).append(')'));
        return out.toString();
    }

    private static String[] upper(List<String> headings) {
        return headings.stream().map(h -> h.toUpperCase(Locale.ROOT)).toArray(String[]::new);
    }

    private static String pad(String label, int width) {
        return label + " ".repeat(Math.max(1, width - width(label)));
    }

    private static void table(List<String[]> rows, StringBuilder text) {
        // a fact's text is shown, never obeyed: escape sequences in a cell are escaped before the columns are measured
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                row[i] = TerminalText.escape(row[i]);
            }
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - width(row[i]) + 2));
                }
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /** Display width: East Asian wide characters take two columns in a terminal. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
            boolean wide = block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                    || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                    || block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA
                    || block == Character.UnicodeBlock.HANGUL_SYLLABLES;
            w += wide ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }
}
