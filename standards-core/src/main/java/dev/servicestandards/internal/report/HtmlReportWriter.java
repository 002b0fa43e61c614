package dev.servicestandards.internal.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.servicestandards.api.Finding;
import dev.servicestandards.api.KpiResult;
import dev.servicestandards.api.Outcome;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ScoreResult;

/**
 * Writes a report as one self-contained HTML file: inline CSS, charts as plain HTML bars, no
 * script and nothing fetched from the network. Every string from the input is escaped.
 * Deterministic. Internal.
 */
public final class HtmlReportWriter {

    private static final String STYLE = resource("report.css");

    private HtmlReportWriter() {
    }

    public static void write(Report report, boolean includeMet, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(16_384);
        String title = report.standards().stream().map(r -> r.standard() + " " + r.version())
                .reduce((a, b) -> a + ", " + b).orElse("report");
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<header><h1>").append(esc(title)).append("</h1><p>as of ")
                .append(esc(ReportValues.instant(report.asOf(), report.zone()))).append("</p></header>\n");

        Report.Summary s = report.summary();
        h.append("<section class=\"cards\">\n");
        card(h, "facts", s.facts(), "");
        card(h, "met", s.met(), "met");
        card(h, "violated", s.violated(), "violated");
        card(h, "pending", s.pending(), "pending");
        card(h, "rejected", s.rejected(), s.rejected() > 0 ? "violated" : "");
        h.append("</section>\n");

        Map<String, Long> byClause = new TreeMap<>();
        for (Finding f : report.findings()) {
            if (f.outcome() == Outcome.VIOLATED) {
                byClause.merge(report.standards().size() > 1 ? f.standard() + "@" + f.version() + " " + f.clause() : f.clause(),
                        1L, Long::sum);
            }
        }
        h.append("<section><h2>Violations by clause</h2>\n");
        bars(h, byClause, "no violations");
        h.append("</section>\n");

        boolean multi = report.standards().size() > 1;
        Map<String, Long> byGroup = new TreeMap<>();
        for (ScoreResult score : report.scores()) {
            byGroup.put(multi ? score.standard() + "@" + score.version() + " " + score.group() : score.group(),
                    score.violations());
        }
        h.append("<section><h2>Violations by group</h2>\n");
        bars(h, byGroup, report.scores().isEmpty() ? "groups come from scoring.group-by; this standard declares no scoring"
                : "no groups");
        h.append("</section>\n");

        if (!report.scores().isEmpty()) {
            List<String> dimensions = List.copyOf(report.scores().get(0).dimensions().keySet());
            h.append("<section><h2>Scores</h2>\n<table><thead><tr><th>group</th><th>total</th><th>grade</th>");
            dimensions.forEach(d -> h.append("<th>").append(esc(d)).append("</th>"));
            h.append("</tr></thead><tbody>\n");
            for (ScoreResult score : report.scores()) {
                h.append("<tr><td>").append(esc(multi ? score.standard() + "@" + score.version() + " " + score.group()
                        : score.group())).append("</td><td class=\"num\">")
                        .append(ReportValues.number(ReportValues.rounded(score.total()))).append("</td><td>")
                        .append(esc(score.grade().orElse("-"))).append("</td>");
                dimensions.forEach(d -> h.append("<td class=\"num\">")
                        .append(ReportValues.number(ReportValues.rounded(score.dimensions().get(d)))).append("</td>"));
                h.append("</tr>\n");
            }
            h.append("</tbody></table></section>\n");
        }

        if (!report.kpis().isEmpty()) {
            h.append("<section><h2>KPIs</h2>\n<table><thead><tr><th>KPI</th><th>group</th><th>period</th><th>outcome</th>")
                    .append("<th>value</th><th>sample</th><th>target</th></tr></thead><tbody>\n");
            for (KpiResult k : report.kpis()) {
                h.append("<tr><td>").append(esc(k.clause())).append("</td><td>").append(esc(k.group())).append("</td><td>")
                        .append(esc(k.period())).append("</td><td class=\"").append(k.outcome().label()).append("\">")
                        .append(k.outcome().label()).append("</td><td class=\"num\">")
                        .append(k.value().map(v -> ReportValues.number(ReportValues.rounded(v))).orElse("-"))
                        .append("</td><td class=\"num\">").append(k.denominator()).append("</td><td>")
                        .append(esc(k.target())).append("</td></tr>\n");
            }
            h.append("</tbody></table></section>\n");
        }

        h.append("<section><h2>Findings</h2>\n<table><thead><tr><th>fact</th><th>clause</th><th>outcome</th>")
                .append("<th>deadline</th><th>measured</th><th>tier</th><th>points</th><th>evidence</th></tr></thead><tbody>\n");
        int shown = 0;
        for (Finding f : report.findings()) {
            if (!includeMet && f.outcome() == Outcome.MET) {
                continue;
            }
            shown++;
            h.append("<tr><td>").append(esc(f.fact())).append("</td><td>").append(esc(f.clause()))
                    .append("</td><td class=\"").append(f.outcome().label()).append("\">").append(f.outcome().label())
                    .append("</td><td>").append(esc(f.deadline().map(d -> ReportValues.instant(d, report.zone())).orElse("-")))
                    .append("</td><td>").append(esc(f.measured().map(Object::toString).orElse("-")))
                    .append("</td><td>").append(esc(f.escalation().orElse("-")))
                    .append("</td><td class=\"num\">").append(f.penalty().map(c -> ReportValues.number(c.points())).orElse("-"))
                    .append("</td><td>").append(esc(TextReportWriter.evidence(f))).append("</td></tr>\n");
        }
        if (shown == 0) {
            h.append("<tr><td colspan=\"8\">no findings to show</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");

        if (!report.rejected().isEmpty()) {
            h.append("<section><h2>Rejected input</h2>\n<ul>\n");
            report.rejected().forEach(r -> h.append("<li>")
                    .append(esc(r.line() > 0 ? "line " + r.line() : "fact " + r.fact().orElse("?"))).append(": ")
                    .append(esc(r.reason())).append("</li>\n"));
            h.append("</ul></section>\n");
        }
        h.append("</body>\n</html>\n");
        out.write(h.toString());
        out.flush();
    }

    private static void card(StringBuilder h, String label, long value, String css) {
        h.append("<div class=\"card ").append(css).append("\"><div class=\"value\">").append(value)
                .append("</div><div class=\"label\">").append(label).append("</div></div>\n");
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
