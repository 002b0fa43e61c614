package dev.servicestandards.internal.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.servicestandards.api.Finding;
import dev.servicestandards.api.KpiResult;
import dev.servicestandards.api.QualitySummary;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportOptions;
import dev.servicestandards.api.ScoreResult;
import dev.servicestandards.internal.population.SummaryAccumulator;

/**
 * Writes a report as one self-contained HTML file in the options' language: inline CSS, charts
 * as plain HTML bars, no script and nothing fetched from the network. Every string from the
 * input is escaped. Deterministic. Internal.
 */
public final class HtmlReportWriter {

    private static final String STYLE = resource("report.css");

    private HtmlReportWriter() {
    }

    public static void write(Report report, boolean includeMet, Writer out) throws IOException {
        write(report, ReportOptions.DEFAULT.withIncludeMet(includeMet), out);
    }

    public static void write(Report report, ReportOptions options, Writer out) throws IOException {
        ReportText t = new ReportText(options.locale(), report.zone(), options.standards());
        boolean multi = report.standards().size() > 1;
        StringBuilder h = new StringBuilder(16_384);
        String title = report.standards().stream().map(r -> t.standardName(r.standard(), r.version()))
                .distinct().reduce((a, b) -> a + ", " + b).orElse(t.label("report.title"));
        String revisions = report.standards().stream().map(r -> r.standard() + " " + r.version())
                .reduce((a, b) -> a + ", " + b).orElse("");
        h.append("<!DOCTYPE html>\n<html lang=\"").append(t.languageTag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<header><h1>").append(esc(title)).append("</h1><p>");
        if (!revisions.equals(title)) {
            h.append(esc(revisions)).append(" · ");
        }
        h.append(esc(t.label("report.as-of"))).append(' ').append(esc(t.instant(report.asOf()))).append("</p></header>\n");

        Report.Summary s = report.summary();
        Map<String, BigDecimal> money = new TreeMap<>();
        for (Finding f : report.findings()) {
            f.penalty().filter(c -> c.amount().isPresent() && f.outcome() == Outcome.VIOLATED)
                    .ifPresent(c -> money.merge(c.currency().orElse(""), c.amount().get(), BigDecimal::add));
        }
        h.append("<section class=\"cards\">\n");
        card(h, t.label("html.facts"), Long.toString(s.facts()), "");
        card(h, t.label("html.met"), Long.toString(s.met()), "met");
        card(h, t.label("html.violated"), Long.toString(s.violated()), "violated");
        card(h, t.label("html.pending"), Long.toString(s.pending()), "pending");
        card(h, t.label("html.rejected"), Long.toString(s.rejected()), s.rejected() > 0 ? "violated" : "");
        if (!money.isEmpty()) {
            List<String> amounts = new ArrayList<>();
            money.forEach((currency, amount) -> amounts.add(t.money(amount,
                    currency.isEmpty() ? Optional.empty() : Optional.of(currency))));
            card(h, t.label("html.penalty-total"), String.join(" ", amounts), "violated");
        }
        h.append("</section>\n");

        options.summary().ifPresent(summary -> summary(h, summary, t));

        Map<String, Long> byClause = new TreeMap<>();
        for (Finding f : report.findings()) {
            if (f.outcome() == Outcome.VIOLATED) {
                String clause = t.title(f.standard(), f.version(), f.clause()).map(x -> f.clause() + " " + x).orElse(f.clause());
                byClause.merge(multi ? f.standard() + "@" + f.version() + " " + clause : clause, 1L, Long::sum);
            }
        }
        h.append("<section><h2>").append(esc(t.label("html.violations-by-clause"))).append("</h2>\n");
        bars(h, byClause, t.label("html.no-violations"));
        h.append("</section>\n");

        Map<String, Long> byGroup = new TreeMap<>();
        for (ScoreResult score : report.scores()) {
            byGroup.put(multi ? score.standard() + "@" + score.version() + " " + t.group(score.group()) : t.group(score.group()),
                    score.violations());
        }
        h.append("<section><h2>").append(esc(t.label("html.violations-by-group"))).append("</h2>\n");
        bars(h, byGroup, report.scores().isEmpty() ? t.label("html.no-scoring") : t.label("html.no-groups"));
        h.append("</section>\n");

        if (!report.scores().isEmpty()) {
            List<String> dimensions = List.copyOf(report.scores().get(0).dimensions().keySet());
            h.append("<section><h2>").append(esc(t.label("html.scores"))).append("</h2>\n<table><thead><tr>");
            th(h, t.label("column.group"));
            th(h, t.label("column.total"));
            th(h, t.label("column.grade"));
            dimensions.forEach(d -> th(h, d));
            h.append("</tr></thead><tbody>\n");
            for (ScoreResult score : report.scores()) {
                h.append("<tr><td>").append(esc(multi ? score.standard() + "@" + score.version() + " " + t.group(score.group())
                        : t.group(score.group()))).append("</td><td class=\"num\">")
                        .append(ReportValues.number(ReportValues.rounded(score.total()))).append("</td><td>")
                        .append(esc(score.grade().orElse("-"))).append("</td>");
                dimensions.forEach(d -> h.append("<td class=\"num\">").append(score.dimensions().containsKey(d)
                        ? ReportValues.number(ReportValues.rounded(score.dimensions().get(d))) : "-").append("</td>"));
                h.append("</tr>\n");
            }
            h.append("</tbody></table></section>\n");
        }

        if (!report.kpis().isEmpty()) {
            h.append("<section><h2>").append(esc(t.label("html.kpis"))).append("</h2>\n<table><thead><tr>");
            for (String key : List.of("column.kpi", "column.group", "column.period", "column.outcome", "column.value",
                    "column.sample", "column.target")) {
                th(h, t.label(key));
            }
            h.append("</tr></thead><tbody>\n");
            for (KpiResult k : report.kpis()) {
                h.append("<tr><td>");
                clause(h, t, k.standard(), k.version(), k.clause(), multi);
                h.append("</td><td>").append(esc(t.group(k.group()))).append("</td><td>")
                        .append(esc(t.period(k.period()))).append("</td><td class=\"").append(k.outcome().label()).append("\">")
                        .append(esc(t.outcome(k.outcome()))).append("</td><td class=\"num\">").append(esc(t.kpiValue(k)))
                        .append("</td><td class=\"num\">").append(k.denominator()).append("</td><td>")
                        .append(esc(t.kpiTarget(k))).append("</td></tr>\n");
            }
            h.append("</tbody></table></section>\n");
        }

        h.append("<section><h2>").append(esc(t.label("html.findings"))).append("</h2>\n<table><thead><tr>");
        for (String key : List.of("column.fact", "column.clause", "column.outcome", "column.deadline", "column.measured",
                "column.limit", "column.tier", "column.points", "column.penalty", "column.evidence")) {
            th(h, t.label(key));
        }
        h.append("</tr></thead><tbody>\n");
        int shown = 0;
        for (Finding f : report.findings()) {
            if (!options.includeMet() && f.outcome() == Outcome.MET) {
                continue;
            }
            shown++;
            h.append("<tr><td>").append(esc(f.fact())).append("</td><td>");
            clause(h, t, f.standard(), f.version(), f.clause(), multi);
            h.append("</td><td class=\"").append(f.outcome().label()).append("\">").append(esc(t.outcome(f.outcome())))
                    .append("</td><td>").append(esc(f.deadline().map(t::instant).orElse("-")))
                    .append("</td><td>").append(esc(f.measured().map(t::duration).orElse("-")))
                    .append("</td><td>").append(esc(f.limit().map(t::limit).orElse("-")))
                    .append("</td><td>").append(esc(f.escalation().orElse("-")))
                    .append("</td><td class=\"num\">").append(f.penalty().map(c -> ReportValues.number(c.points())).orElse("-"))
                    .append("</td><td class=\"num\">").append(esc(t.penalty(f)))
                    .append("</td><td>").append(esc(t.evidence(f))).append("</td></tr>\n");
        }
        if (shown == 0) {
            h.append("<tr><td colspan=\"10\">").append(esc(t.label("html.no-findings"))).append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");

        if (!report.rejected().isEmpty()) {
            h.append("<section><h2>").append(esc(t.label("html.rejected-input"))).append("</h2>\n<ul>\n");
            report.rejected().forEach(r -> h.append("<li>").append(esc(t.rejectionPlace(r))).append(": ")
                    .append(esc(r.reason(t.locale()))).append("</li>\n"));
            h.append("</ul></section>\n");
        }
        if (!report.unjudged().isEmpty()) {
            h.append("<section><h2>").append(esc(t.label("html.not-judged"))).append("</h2>\n<ul>\n");
            report.unjudged().forEach(u -> h.append("<li>").append(esc(t.unjudgedPlace(u)))
                    .append(": ").append(esc(u.reason())).append("</li>\n"));
            h.append("</ul></section>\n");
        }
        h.append("</body>\n</html>\n");
        out.write(h.toString());
        out.flush();
    }

    /** The quality summary: one table per period, the latest first, each row with its change. */
    private static void summary(StringBuilder h, QualitySummary summary, ReportText t) {
        SummaryTable table = SummaryTable.of(summary, t);
        h.append("<section class=\"summary\"><h2>").append(esc(table.title())).append("</h2>\n");
        if (table.rows().isEmpty()) {
            h.append("<p class=\"empty\">").append(esc(t.label("summary.none"))).append("</p>\n");
        }
        Map<String, List<SummaryTable.Row>> byPeriod = new LinkedHashMap<>();
        for (int i = table.rows().size() - 1; i >= 0; i--) {
            SummaryTable.Row row = table.rows().get(i);
            byPeriod.computeIfAbsent(row.period(), p -> new ArrayList<>()).add(0, row);
        }
        byPeriod.forEach((period, rows) -> {
            String previous = SummaryAccumulator.previousPeriod(summary.spec().period(), period);
            boolean hasPrevious = summary.rows().stream().anyMatch(r -> r.period().equals(previous));
            h.append("<h3>").append(esc(t.period(period))).append(" <small>")
                    .append(esc(t.label(hasPrevious ? "summary.since" : "summary.first", t.period(previous))))
                    .append("</small></h3>\n<table><thead><tr>");
            // the period is the heading: its column is left out
            for (SummaryTable.Column c : table.columns().subList(1, table.columns().size())) {
                th(h, c.heading());
            }
            h.append("</tr></thead><tbody>\n");
            for (SummaryTable.Row row : rows) {
                h.append("<tr>");
                for (int i = 1; i < row.cells().size(); i++) {
                    SummaryTable.Column column = table.columns().get(i);
                    SummaryTable.Cell cell = row.cells().get(i);
                    boolean number = cell.number().isPresent();
                    h.append("<td class=\"").append(number ? "num" : column.kind() == SummaryTable.Kind.TEXT ? "wrap" : "")
                            .append(cell.outcome().map(o -> (number ? " " : "") + o.label()).orElse(""))
                            .append("\">").append(esc(cell.text()));
                    cell.outcome().ifPresent(o -> h.append(" <span class=\"tag\">").append(esc(t.outcome(o))).append("</span>"));
                    cell.change().ifPresent(change -> h.append("<br><span class=\"change ")
                            .append(trend(column.better(), cell.changeNumber().orElse(BigDecimal.ZERO)))
                            .append("\">").append(arrow(cell.changeNumber().orElse(BigDecimal.ZERO))).append(esc(change))
                            .append("</span>"));
                    h.append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody></table>\n");
        });
        h.append("</section>\n");
    }

    private static String trend(SummaryTable.Better better, BigDecimal change) {
        if (change.signum() == 0 || better == SummaryTable.Better.NEITHER) {
            return "same";
        }
        return (change.signum() > 0) == (better == SummaryTable.Better.UP) ? "better" : "worse";
    }

    private static String arrow(BigDecimal change) {
        return change.signum() > 0 ? "\u25b2 " : change.signum() < 0 ? "\u25bc " : "";
    }

    /** A clause id, with its title underneath when the standard is known. */
    private static void clause(StringBuilder h, ReportText t, String standard, String version, String clause, boolean multi) {
        h.append(esc(multi ? standard + "@" + version + " " + clause : clause));
        t.title(standard, version, clause).ifPresent(title -> h.append("<br><small>").append(esc(title)).append("</small>"));
    }

    private static void th(StringBuilder h, String text) {
        h.append("<th>").append(esc(text)).append("</th>");
    }

    private static void card(StringBuilder h, String label, String value, String css) {
        h.append("<div class=\"card ").append(css).append("\"><div class=\"value\">").append(esc(value))
                .append("</div><div class=\"label\">").append(esc(label)).append("</div></div>\n");
    }

    private static void bars(StringBuilder h, Map<String, Long> counts, String empty) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (max == 0) {
            h.append("<p class=\"empty\">").append(esc(empty)).append("</p>\n");
            return;
        }
        h.append("<div class=\"bars\">\n");
        counts.forEach((label, count) -> h.append("<div class=\"bar\"><span class=\"label\">").append(esc(label))
                .append("</span><span class=\"track\">")
                .append(count == 0 ? "" : "<span class=\"fill\" style=\"width:" + (count * 100 / max) + "%\"></span>")
                .append("</span><span class=\"count\">").append(count).append("</span></div>\n"));
        h.append("</div>\n");
    }

    /** HTML-escapes text for element content and quoted attributes. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
