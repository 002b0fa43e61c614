package dev.servicestandards.internal.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportOptions;

/**
 * Writes a report as CSV files in a folder, one table a file: {@code findings.csv},
 * {@code kpis.csv}, {@code scores.csv} and, with a summary, {@code summary.csv}. Each is UTF-8
 * with a byte order mark (so Excel reads Chinese right), RFC 4180 (CRLF line ends; a field with
 * a comma, quote or line break in double quotes, its quotes doubled), headings in the options'
 * language. Text that a spreadsheet would run as a formula (starting with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return) is written after a single quote; numbers the
 * report computed are written as numbers. Internal.
 */
public final class CsvReportWriter {

    private CsvReportWriter() {
    }

    /** Writes the tables into {@code folder}, made if missing; returns the files written. */
    public static List<Path> write(Report report, ReportOptions options, Path folder) throws IOException {
        Files.createDirectories(folder);
        ReportText t = new ReportText(options.locale(), report.zone(), options.standards());
        List<ReportTables.Table> tables = ReportTables.of(report, options, t);
        List<Path> written = new java.util.ArrayList<>();
        for (ReportTables.Table table : tables) {
            Path file = folder.resolve(table.file());
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8))) {
                write(table, out);
            }
            written.add(file);
        }
        return written;
    }

    static void write(ReportTables.Table table, Writer out) throws IOException {
        out.write('\uFEFF');
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < table.headings().size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            field(guard(table.headings().get(i)), line);
        }
        out.write(line.append("\r\n").toString());
        IOException[] failure = new IOException[1];
        table.rows().forEach(cells -> {
            if (failure[0] != null) {
                return;
            }
            line.setLength(0);
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                field(text(cells.get(i)), line);
            }
            try {
                out.write(line.append("\r\n").toString());
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** A cell's text as written: numbers plain, percentages with {@code %}, date-times as Excel reads them, text guarded. */
    static String text(ReportTables.Cell cell) {
        if (cell instanceof ReportTables.Text t) {
            return guard(t.text());
        }
        if (cell instanceof ReportTables.Number n) {
            return ReportValues.number(n.value());
        }
        if (cell instanceof ReportTables.Percent p) {
            return ReportValues.number(p.fraction().movePointRight(2).setScale(2, RoundingMode.HALF_EVEN)) + "%";
        }
        if (cell instanceof ReportTables.DateTime d) {
            String text = d.value().toLocalDate() + " " + d.value().toLocalTime().withNano(0);
            return d.value().getSecond() == 0 ? text.substring(0, 16) : text;
        }
        return "";
    }

    /**
     * Text a spreadsheet would take for a formula gets a leading single quote, which Excel and
     * LibreOffice show as text and do not run (OWASP's advice on CSV injection).
     */
    static String guard(String text) {
        if (!text.isEmpty()) {
            char c = text.charAt(0);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                return "'" + text;
            }
        }
        return text;
    }

    /** One RFC 4180 field. */
    static void field(String text, StringBuilder line) {
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            line.append(text);
            return;
        }
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            line.append(c);
            if (c == '"') {
                line.append('"');
            }
        }
        line.append('"');
    }
}
