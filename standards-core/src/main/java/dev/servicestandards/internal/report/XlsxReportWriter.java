package dev.servicestandards.internal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportOptions;

/**
 * Writes a report as one xlsx workbook (Apache POI): a sheet each for findings, KPIs, scores
 * and, with a summary, the quality summary, headed in the options' language. Numbers are number
 * cells, KPI rates percentages, deadlines date cells in the report's zone; text is always a text
 * cell, never a formula. The heading row is frozen and filtered. Rows stream to disk as they are
 * made, so a large report does not sit in memory; a table longer than a sheet allows goes on in
 * a second sheet. Internal.
 */
public final class XlsxReportWriter {

    /** Rows a sheet may hold, the heading included. */
    static final int MAX_ROWS = 1_048_576;
    private static final int MAX_WIDTH = 60;

    private XlsxReportWriter() {
    }

    public static void write(Report report, ReportOptions options, OutputStream out) throws IOException {
        write(report, options, out, MAX_ROWS);
    }

    /** With a smaller sheet, for tests of the overflow. */
    static void write(Report report, ReportOptions options, OutputStream out, int maxRows) throws IOException {
        ReportText t = new ReportText(options.locale(), report.zone(), options.standards());
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            // the workbook says when the report was judged, not when the file was made
            book.getXSSFWorkbook().getProperties().getCoreProperties()
                    .setCreated(Optional.of(Date.from(report.asOf())));
            book.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("Service Standards");
            Styles styles = new Styles(book);
            for (ReportTables.Table table : ReportTables.of(report, options, t)) {
                sheet(book, table, styles, t, maxRows);
            }
            book.write(out);
            out.flush();
        } finally {
            book.close();
        }
    }

    private record Styles(CellStyle heading, CellStyle dateTime, CellStyle percent) {
        Styles(SXSSFWorkbook book) {
            this(heading(book), format(book, "yyyy-mm-dd hh:mm"), format(book, "0.00%"));
        }

        private static CellStyle heading(SXSSFWorkbook book) {
            CellStyle style = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            style.setFont(bold);
            return style;
        }

        private static CellStyle format(SXSSFWorkbook book, String format) {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(format));
            return style;
        }
    }

    private static void sheet(SXSSFWorkbook book, ReportTables.Table table, Styles styles, ReportText t, int maxRows) {
        List<SXSSFSheet> sheets = new ArrayList<>();
        int[] widths = new int[table.headings().size()];
        SXSSFSheet[] current = {newSheet(book, table, styles, t, 1, widths)};
        sheets.add(current[0]);
        int[] next = {1};
        table.rows().forEach(cells -> {
            if (next[0] == maxRows) {
                current[0] = newSheet(book, table, styles, t, sheets.size() + 1, widths);
                sheets.add(current[0]);
                next[0] = 1;
            }
            SXSSFRow row = current[0].createRow(next[0]++);
            for (int i = 0; i < cells.size(); i++) {
                ReportTables.Cell cell = cells.get(i);
                if (cell instanceof ReportTables.Empty) {
                    continue;
                }
                var c = row.createCell(i);
                if (cell instanceof ReportTables.Text text) {
                    c.setCellValue(text.text());
                    widths[i] = Math.max(widths[i], TextReportWriter.width(text.text()));
                } else if (cell instanceof ReportTables.Number n) {
                    c.setCellValue(n.value().doubleValue());
                    widths[i] = Math.max(widths[i], ReportValues.number(n.value()).length());
                } else if (cell instanceof ReportTables.Percent p) {
                    c.setCellValue(p.fraction().doubleValue());
                    c.setCellStyle(styles.percent());
                    widths[i] = Math.max(widths[i], 8);
                } else if (cell instanceof ReportTables.DateTime d) {
                    c.setCellValue(d.value());
                    c.setCellStyle(styles.dateTime());
                    widths[i] = Math.max(widths[i], 16);
                }
            }
        });
        for (SXSSFSheet sheet : sheets) {
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, 256 * (Math.min(widths[i], MAX_WIDTH) + 2));
            }
        }
    }

    private static SXSSFSheet newSheet(SXSSFWorkbook book, ReportTables.Table table, Styles styles, ReportText t,
            int number, int[] widths) {
        String name = number == 1 ? table.sheet() : t.label("sheet.more", table.sheet(), number);
        SXSSFSheet sheet = book.createSheet(name);
        SXSSFRow heading = sheet.createRow(0);
        for (int i = 0; i < table.headings().size(); i++) {
            var c = heading.createCell(i);
            c.setCellValue(table.headings().get(i));
            c.setCellStyle(styles.heading());
            widths[i] = Math.max(widths[i], TextReportWriter.width(table.headings().get(i)));
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, table.headings().size() - 1));
        return sheet;
    }
}
