package dev.servicestandards.internal.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import dev.servicestandards.api.Finding;
import dev.servicestandards.api.Outcome;
import dev.servicestandards.api.Rejection;
import dev.servicestandards.api.Report;

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
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"FACT", "CLAUSE", "OUTCOME", "DEADLINE", "MEASURED", "LIMIT", "TIER", "POINTS"});
        for (Finding f : report.findings()) {
            if (!includeMet && f.outcome() == Outcome.MET) {
                continue;
            }
            rows.add(new String[] {
                f.fact(), f.clause(), f.outcome().label(),
                f.deadline().map(d -> ReportValues.instant(d, report.zone())).orElse("-"),
                f.measured().map(Object::toString).orElse("-"),
                f.limit().orElse("-"),
                f.escalation().orElse("-"),
                f.penalty().map(c -> ReportValues.number(c.points())).orElse("-")});
        }
        if (rows.size() == 1) {
            text.append(includeMet ? "no findings\n" : "no violated or pending findings\n");
        } else {
            table(rows, text);
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
