package dev.servicestandards.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.servicestandards.internal.report.CsvReportWriter;
import dev.servicestandards.internal.report.HtmlReportWriter;
import dev.servicestandards.internal.report.JsonReportWriter;
import dev.servicestandards.internal.report.TextReportWriter;
import dev.servicestandards.internal.report.XlsxReportWriter;

/**
 * The ways a report can be written. JSON is for machines (ISO-8601 instants and durations, the
 * same in every language); the others are for people, in the language of their
 * {@link ReportOptions}. Output is deterministic: the same report and options give the same
 * bytes.
 */
public enum ReportFormat {
    /** The JSON of the facts and reports reference, for machines. */
    JSON,
    /** Aligned tables for a terminal. */
    TEXT,
    /** One self-contained HTML file (no script, no network): summary, charts, scores, KPIs, findings. */
    HTML,
    /**
     * One CSV file per table in a folder ({@code findings.csv}, {@code kpis.csv},
     * {@code scores.csv}, {@code summary.csv}): UTF-8 with a byte order mark, RFC 4180, guarded
     * against formulas. Written with {@link #write(Report, ReportOptions, Path)} only.
     */
    CSV,
    /**
     * One xlsx workbook with a sheet per table; needs {@code org.apache.poi:poi-ooxml} on the class
     * path. Written to a stream or a file, never to a {@link Writer}.
     */
    XLSX;

    /** Whether the format is text, written to a {@link Writer} (JSON, TEXT, HTML). */
    public boolean isText() {
        return this == JSON || this == TEXT || this == HTML;
    }

    /**
     * Writes {@code report} in English; {@code includeMet} also lists met findings (violated and
     * pending are always listed).
     *
     * @throws UnsupportedOperationException for CSV and XLSX, which are not text streams
     */
    public void write(Report report, boolean includeMet, Writer out) throws IOException {
        write(report, ReportOptions.DEFAULT.withIncludeMet(includeMet), out);
    }

    /**
     * Writes {@code report} as text with {@code options}.
     *
     * @throws UnsupportedOperationException for CSV and XLSX, which are not text streams
     */
    public void write(Report report, ReportOptions options, Writer out) throws IOException {
        switch (this) {
            case JSON -> JsonReportWriter.write(report, options.includeMet(), out);
            case TEXT -> TextReportWriter.write(report, options, out);
            case HTML -> HtmlReportWriter.write(report, options, out);
            case CSV -> throw new UnsupportedOperationException(
                    "CSV is one file per table: write it to a folder with write(report, options, path)");
            case XLSX -> throw new UnsupportedOperationException("xlsx is binary: write it to an OutputStream or a file");
            default -> throw new IllegalStateException(name());
        }
    }

    /**
     * Writes {@code report} to a stream: text formats as UTF-8, XLSX as a workbook. The stream
     * is flushed, not closed.
     *
     * @throws UnsupportedOperationException for CSV, which is one file per table
     */
    public void write(Report report, ReportOptions options, OutputStream out) throws IOException {
        if (this == XLSX) {
            requirePoi();
            XlsxReportWriter.write(report, options, out);
        } else if (this == CSV) {
            throw new UnsupportedOperationException(
                    "CSV is one file per table: write it to a folder with write(report, options, path)");
        } else {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            write(report, options, writer);
            writer.flush();
        }
    }

    /**
     * Writes {@code report} to {@code path}: a file for every format but CSV, for which
     * {@code path} is a folder (made if missing) that receives one file per table.
     */
    public void write(Report report, ReportOptions options, Path path) throws IOException {
        if (this == CSV) {
            CsvReportWriter.write(report, options, path);
            return;
        }
        if (this == XLSX) {
            requirePoi();
        }
        try (OutputStream out = Files.newOutputStream(path)) {
            write(report, options, out);
        }
    }

    /**
     * Apache POI is an optional dependency: say what is missing before a class that uses it is
     * loaded, rather than fail with a NoClassDefFoundError.
     */
    private static void requirePoi() {
        try {
            Class.forName("org.apache.poi.xssf.streaming.SXSSFWorkbook", false, ReportFormat.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("writing xlsx needs org.apache.poi:poi-ooxml on the class path", e);
        }
    }
}
