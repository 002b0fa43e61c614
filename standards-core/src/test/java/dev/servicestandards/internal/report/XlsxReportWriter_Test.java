package dev.servicestandards.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.servicestandards.api.Finding;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.ReportOptions;
import dev.servicestandards.model.Severity;

/** The xlsx export, read back with Apache POI, the library that wrote it. */
class XlsxReportWriter_Test {

    private static XSSFWorkbook write(Report report, ReportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormat.XLSX.write(report, options, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void one_sheet_per_table_named_in_the_report_s_language() throws IOException {
        try (XSSFWorkbook book = write(ReportFixture.report(), ReportFixture.options(Locale.SIMPLIFIED_CHINESE))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("检查结果", "指标", "评分", "质量小结");
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
        }
        try (XSSFWorkbook book = write(ReportFixture.report(), ReportOptions.of(Locale.ENGLISH))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("Findings", "KPIs", "Scores");
            assertThat(book.getNumberOfSheets()).as("no summary asked for").isEqualTo(3);
        }
    }

    @Test
    void findings_hold_numbers_dates_and_text_as_such() throws IOException {
        try (XSSFWorkbook book = write(ReportFixture.report(), ReportFixture.options(Locale.SIMPLIFIED_CHINESE))) {
            org.apache.poi.xssf.usermodel.XSSFSheet findings = book.getSheetAt(0);
            // the heading row: bold, frozen, filtered
            assertThat(values(findings.getRow(0))).startsWith("标准", "版本", "条款", "条款名称", "记录编号", "结果");
            assertThat(book.getFontAt(findings.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(findings.getPaneInformation().isFreezePane()).isTrue();
            assertThat(findings.getCTWorksheet().isSetAutoFilter()).isTrue();
            // T2 accept: deadline as a date cell in Shanghai time, hours and points as numbers
            Row t2 = findings.getRow(1);
            assertThat(t2.getCell(4).getStringCellValue()).isEqualTo("T2");
            assertThat(t2.getCell(5).getStringCellValue()).isEqualTo("违规");
            assertThat(t2.getCell(7).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 3, 5, 9, 15));
            assertThat(t2.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            assertThat(t2.getCell(8).getStringCellValue()).isEqualTo("48小时45分");
            assertThat(t2.getCell(9).getNumericCellValue()).isEqualTo(48.75);
            assertThat(t2.getCell(12).getNumericCellValue()).isEqualTo(2.0);
            assertThat(t2.getCell(13).getNumericCellValue()).isEqualTo(200.0);
            assertThat(t2.getCell(14).getStringCellValue()).isEqualTo("CNY");
            // T2 callbacks has no deadline: the cell is left out
            assertThat(findings.getRow(2).getCell(7)).isNull();
            assertThat(findings.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void kpi_rates_are_percentages_and_scores_numbers() throws IOException {
        try (XSSFWorkbook book = write(ReportFixture.report(), ReportFixture.options(Locale.ENGLISH))) {
            Row kpi = book.getSheet("KPIs").getRow(1);
            assertThat(kpi.getCell(7).getNumericCellValue()).isEqualTo(1.0);
            assertThat(kpi.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(kpi.getCell(10).getStringCellValue()).isEqualTo("\u2265 90%");
            Sheet scores = book.getSheet("Scores");
            assertThat(values(scores.getRow(0))).containsExactly("standard", "version", "group", "total", "grade", "facts",
                    "violations", "speed", "quality");
            assertThat(values(scores.getRow(1))).containsExactly("cn.test.report", "1.0.0", "A1", "97.0", "优秀", "2.0", "2.0",
                    "58.0", "39.0");
        }
    }

    @Test
    void the_summary_sheet_a_meeting_can_use_as_is() throws IOException {
        try (XSSFWorkbook book = write(ReportFixture.report(), ReportFixture.options(Locale.SIMPLIFIED_CHINESE))) {
            Sheet summary = book.getSheet("质量小结");
            assertThat(values(summary.getRow(0))).containsExactly("周期", "分组", "受检记录", "受检记录 变化", "违规", "违规 变化",
                    "待定", "得分", "得分 变化", "等级", "按时受理率", "按时受理率 结果", "按时受理率 变化", "主要违规条款");
            // BJ-01 in March against February: 2 violations more, 3 points less, the rate 100 points down
            assertThat(values(summary.getRow(2))).containsExactly("2025年03月", "BJ-01", "1.0", "0.0", "2.0", "2.0", "0.0",
                    "97.0", "-3.0", "优秀", "0.0", "违规", "-1.0", "48小时内受理\u00a0\u00d71、回访不超过3次\u00a0\u00d71");
            assertThat(summary.getRow(2).getCell(12).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(summary.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void text_is_never_a_formula() throws IOException {
        // GIVEN a fact id a spreadsheet would run
        Finding hostile = new Finding("cn.test.report", "1.0.0", "callbacks", "=cmd|' /C calc'!A0", Outcome.VIOLATED,
                Severity.MINOR, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of(), 0);
        Report report = new Report(List.of(new Report.StandardRef("cn.test.report", "1.0.0")), ReportFixture.AS_OF,
                ReportFixture.SHANGHAI, List.of(hostile), new Report.Summary(1, 0, 0, 1, 0), List.of());

        // WHEN
        try (XSSFWorkbook book = write(report, ReportOptions.of(Locale.ENGLISH))) {
            // THEN it is kept as written, in a text cell
            Cell cell = book.getSheetAt(0).getRow(1).getCell(4);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
        }
    }

    @Test
    void a_table_longer_than_a_sheet_goes_on_in_the_next() throws IOException {
        // GIVEN sheets of 3 rows (the heading and 2 findings) for the fixture's 3 findings
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // WHEN
        XlsxReportWriter.write(ReportFixture.report(), ReportOptions.of(Locale.SIMPLIFIED_CHINESE), out, 3);

        // THEN
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetName(0)).isEqualTo("检查结果");
            assertThat(book.getSheetName(1)).isEqualTo("检查结果 2");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(2);
            assertThat(values(book.getSheetAt(1).getRow(0))).startsWith("标准", "版本");
            assertThat(book.getSheetAt(1).getRow(1).getCell(4).getStringCellValue()).isEqualTo("T3");
            assertThat(book.getSheetName(2)).isEqualTo("指标");
        }
    }

    @Test
    void the_same_report_gives_the_same_bytes_and_the_workbook_is_dated_by_as_of(@TempDir Path dir) throws IOException {
        // WHEN
        ReportFormat.XLSX.write(ReportFixture.report(), ReportFixture.options(Locale.ENGLISH), dir.resolve("a.xlsx"));
        ReportFormat.XLSX.write(ReportFixture.report(), ReportFixture.options(Locale.ENGLISH), dir.resolve("b.xlsx"));

        // THEN
        try (XSSFWorkbook a = new XSSFWorkbook(Files.newInputStream(dir.resolve("a.xlsx")));
                XSSFWorkbook b = new XSSFWorkbook(Files.newInputStream(dir.resolve("b.xlsx")))) {
            assertThat(cells(a)).isEqualTo(cells(b));
            // POI dates the zip entries 1980 and the workbook says as-of: the bytes are the same too
            assertThat(Files.readAllBytes(dir.resolve("a.xlsx"))).isEqualTo(Files.readAllBytes(dir.resolve("b.xlsx")));
            assertThat(a.getProperties().getCoreProperties().getCreated().toInstant()).isEqualTo(ReportFixture.AS_OF);
        }
    }

    @Test
    void xlsx_is_binary() {
        assertThatThrownBy(() -> ReportFormat.XLSX.write(ReportFixture.report(), ReportOptions.DEFAULT, new StringWriter()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static List<String> values(Row row) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            out.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? Double.toString(cell.getNumericCellValue())
                    : cell.getStringCellValue());
        }
        return out;
    }

    private static List<List<String>> cells(XSSFWorkbook book) {
        List<List<String>> out = new ArrayList<>();
        for (Sheet sheet : book) {
            out.add(List.of(sheet.getSheetName()));
            for (Row row : sheet) {
                out.add(values(row));
            }
        }
        return out;
    }
}
