package dev.servicestandards.api;

import java.io.IOException;
import java.io.Writer;

import dev.servicestandards.internal.report.HtmlReportWriter;
import dev.servicestandards.internal.report.JsonReportWriter;
import dev.servicestandards.internal.report.TextReportWriter;

/** The ways a report can be written. Output is deterministic: the same report gives the same bytes. */
public enum ReportFormat {
    /** The JSON of FACTS-AND-CLI.md. */
    JSON,
    /** Aligned tables for a terminal. */
    TEXT,
    /** One self-contained HTML file (no script, no network): summary, charts, scores, KPIs, findings. */
    HTML;

    /**
     * Writes {@code report}; {@code includeMet} also lists met findings (violated and pending
     * are always listed).
     */
    public void write(Report report, boolean includeMet, Writer out) throws IOException {
        switch (this) {
            case JSON -> JsonReportWriter.write(report, includeMet, out);
            case TEXT -> TextReportWriter.write(report, includeMet, out);
            case HTML -> HtmlReportWriter.write(report, includeMet, out);
            default -> throw new IllegalStateException(name());
        }
    }
}
