package dev.servicestandards.internal.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import dev.servicestandards.api.Finding;
import dev.servicestandards.api.KpiResult;
import dev.servicestandards.api.Outcome;
import dev.servicestandards.api.Rejection;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ScoreResult;

/** Writes a report as aligned tables a person reads in a terminal. Internal. */
public final class TextReportWriter {

    private TextReportWriter() {
    }

    public static void write(Report report, boolean includeMet, Writer out) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Report.StandardRef ref : report.standards()) {
            text.append("standard ").append(ref.standard()).append(' ').append(ref.version()).append('\n');
        }
        text.append("as of    ").append(ReportValues.instant(report.asOf(), report.zone())).append("\n\n");
        // with several revisions (a catalog), every row names its standard and version
        boolean multi = report.standards().size() > 1;
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"FACT", multi ? "STANDARD CLAUSE" : "CLAUSE", "OUTCOME", "DEADLINE", "MEASURED", "LIMIT", "TIER", "POINTS", "EVIDENCE"});
        for (Finding f : report.findings()) {
            if (!includeMet && f.outcome() == Outcome.MET) {
                continue;
            }
            rows.add(new String[] {
                f.fact(), multi ? f.standard() + "@" + f.version() + " " + f.clause() : f.clause(), f.outcome().label(),
                f.deadline().map(d -> ReportValues.instant(d, report.zone())).orElse("-"),
                f.measured().map(Object::toString).orElse("-"),
                f.limit().orElse("-"),
                f.escalation().orElse("-"),
                f.penalty().map(c -> ReportValues.number(c.points())).orElse("-"),
                evidence(f)});
        }
        if (rows.size() == 1) {
            text.append(includeMet ? "no findings\n" : "no violated or pending findings\n");
        } else {
            table(rows, text);
        }
        if (!report.kpis().isEmpty()) {
            List<String[]> kpis = new ArrayList<>();
            kpis.add(new String[] {"KPI", "GROUP", "PERIOD", "OUTCOME", "VALUE", "SAMPLE", "TARGET"});
            for (KpiResult k : report.kpis()) {
                kpis.add(new String[] {multi ? k.standard() + "@" + k.version() + " " + k.clause() : k.clause(), k.group(), k.period(), k.outcome().label(),
                    k.value().map(v -> ReportValues.number(ReportValues.rounded(v))).orElse("-"),
                    Long.toString(k.denominator()), k.target()});
            }
            text.append('\n');
            table(kpis, text);
        }
        if (!report.scores().isEmpty()) {
            List<String[]> scores = new ArrayList<>();
            List<String> dimensions = new ArrayList<>(report.scores().get(0).dimensions().keySet());
            List<String> header = new ArrayList<>(List.of("GROUP", "TOTAL", "GRADE"));
            dimensions.forEach(d -> header.add(d.toUpperCase(java.util.Locale.ROOT)));
            scores.add(header.toArray(String[]::new));
            for (ScoreResult score : report.scores()) {
                List<String> row = new ArrayList<>(List.of(multi ? score.standard() + "@" + score.version() + " " + score.group()
                        : score.group(), ReportValues.number(ReportValues.rounded(score.total())),
                        score.grade().orElse("-")));
                dimensions.forEach(d -> row.add(ReportValues.number(ReportValues.rounded(score.dimensions().get(d)))));
                scores.add(row.toArray(String[]::new));
            }
            text.append('\n');
            table(scores, text);
        }
        Report.Summary s = report.summary();
        text.append('\n').append(s.facts()).append(" facts, ").append(s.met()).append(" met, ")
                .append(s.violated()).append(" violated, ").append(s.pending()).append(" pending, ")
                .append(s.rejected()).append(" rejected\n");
        for (Rejection r : report.rejected()) {
            text.append("rejected ").append(r.line() > 0 ? "line " + r.line() : "fact " + r.fact().orElse("?"))
                    .append(": ").append(r.reason()).append('\n');
        }
        out.write(text.toString());
        out.flush();
    }

    /** One short line of evidence; time-limits show theirs in the deadline columns. */
    static String evidence(Finding f) {
        var e = f.evidence();
        if (e.containsKey("phrase") && e.containsKey("text")) {
            return "utterance " + e.get("utterance") + " [" + e.get("start") + "," + e.get("end") + "): " + e.get("text");
        }
        if (e.containsKey("pattern")) {
            return "utterance " + e.get("utterance") + " [" + e.get("start") + "," + e.get("end") + "): " + e.get("text")
                    + " (pattern " + e.get("pattern") + ")";
        }
        if (e.containsKey("expected")) {
            return e.containsKey("utterance") ? "utterance " + e.get("utterance") + " lacks " + join(e.get("expected"))
                    : "no " + e.get("speaker") + " utterance";
        }
        if (e.containsKey("phrase")) {
            return "utterance " + e.get("utterance") + ": " + e.get("phrase");
        }
        if (e.containsKey("missing")) {
            return "missing " + join(e.get("missing"));
        }
        if (e.containsKey("attribute")) {
            Object value = e.get("value");
            return e.get("attribute") + " = " + (value instanceof java.math.BigDecimal n ? ReportValues.number(n) : value);
        }
        return "";
    }

    private static String join(Object list) {
        return list instanceof java.util.Collection<?> c
                ? String.join(", ", c.stream().map(String::valueOf).toList()) : String.valueOf(list);
    }

    private static void table(List<String[]> rows, StringBuilder text) {
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
