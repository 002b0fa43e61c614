package dev.servicestandards.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.servicestandards.api.Finding;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.ReportOptions;
import dev.servicestandards.model.Severity;

/** The CSV export, read back with an RFC 4180 reader written here for the purpose. */
class CsvReportWriter_Test {

    @Test
    void writes_one_file_per_table_in_the_folder(@TempDir Path dir) throws IOException {
        // WHEN
        ReportFormat.CSV.write(ReportFixture.report(), ReportFixture.options(Locale.SIMPLIFIED_CHINESE), dir.resolve("out"));

        // THEN
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("findings.csv", "kpis.csv", "scores.csv", "summary.csv");
        }
    }

    @Test
    void each_file_is_utf8_with_a_byte_order_mark_and_crlf_lines(@TempDir Path dir) throws IOException {
        // WHEN
        ReportFormat.CSV.write(ReportFixture.report(), ReportFixture.options(Locale.SIMPLIFIED_CHINESE), dir);

        // THEN Excel reads UTF-8 only after a BOM; RFC 4180 ends lines with CRLF
        byte[] bytes = Files.readAllBytes(dir.resolve("findings.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
    }

    @Test
    void findings_read_back_with_typed_values_in_chinese(@TempDir Path dir) throws IOException {
        // WHEN
        ReportFormat.CSV.write(ReportFixture.report(), ReportFixture.options(Locale.SIMPLIFIED_CHINESE), dir);

        // THEN the violated and pending findings, with headings in Chinese; deadlines as local
        // time in the zone the heading names; hours as a number
        List<List<String>> rows = read(dir.resolve("findings.csv"));
        assertThat(rows).containsExactly(
                List.of("标准", "版本", "条款", "条款名称", "记录编号", "结果", "严重程度", "截止时间（Asia/Shanghai）", "已用时长",
                        "已用时长（小时）", "要求", "升级级别", "扣分", "罚款金额", "币种", "依据"),
                List.of("cn.test.report", "1.0.0", "accept", "48小时内受理", "T2", "违规", "一般", "2025-03-05 09:15",
                        "48小时45分", "48.75", "48小时", "班组", "2", "200", "CNY", ""),
                List.of("cn.test.report", "1.0.0", "callbacks", "回访不超过3次", "T2", "违规", "一般", "", "", "", "不超过 3",
                        "", "1", "", "", "callbacks = 5"),
                List.of("cn.test.report", "1.0.0", "accept", "48小时内受理", "T3", "待定", "一般", "2025-03-11 10:00",
                        "14小时", "14", "48小时", "", "", "", "", ""));
    }

    @Test
    void kpis_scores_and_the_summary_read_back(@TempDir Path dir) throws IOException {
        // WHEN
        ReportFormat.CSV.write(ReportFixture.report(), ReportFixture.options(Locale.ENGLISH), dir);

        // THEN rates as percentages Excel reads as numbers; changes in their own columns
        assertThat(read(dir.resolve("kpis.csv"))).containsExactly(
                List.of("standard", "version", "KPI", "clause title", "group", "period", "outcome", "value", "numerator",
                        "sample", "target"),
                List.of("cn.test.report", "1.0.0", "kpi.accept-rate", "按时受理率", "BJ-01", "2025-02", "met", "100%", "1",
                        "1", "\u2265 90%"),
                List.of("cn.test.report", "1.0.0", "kpi.accept-rate", "按时受理率", "BJ-01", "2025-03", "violated", "0%", "0",
                        "1", "\u2265 90%"));
        assertThat(read(dir.resolve("scores.csv"))).containsExactly(
                List.of("standard", "version", "group", "total", "grade", "facts", "violations", "speed", "quality"),
                List.of("cn.test.report", "1.0.0", "A1", "97", "优秀", "2", "2", "58", "39"),
                List.of("cn.test.report", "1.0.0", "A2", "100", "优秀", "1", "0", "60", "40"));
        assertThat(read(dir.resolve("summary.csv"))).containsExactly(
                List.of("period", "group", "facts", "facts change", "violated", "violated change", "pending", "score",
                        "score change", "grade", "按时受理率", "按时受理率 outcome", "按时受理率 change", "most violated clauses"),
                List.of("2025-02", "BJ-01", "1", "", "0", "", "0", "100", "", "优秀", "100%", "met", "", ""),
                List.of("2025-03", "BJ-01", "1", "0", "2", "2", "0", "97", "-3", "优秀", "0%", "violated", "-100%",
                        "48小时内受理\u00a0\u00d71, 回访不超过3次\u00a0\u00d71"),
                List.of("2025-03", "SH-03", "1", "", "0", "", "1", "100", "", "优秀", "", "", "", ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            # a spreadsheet runs text starting with = + - @ (or tab, carriage return) as a formula: a quote first
            =HYPERLINK("http://evil.example")  | '=HYPERLINK("http://evil.example")
            +1+2                               | '+1+2
            -2+3                               | '-2+3
            @SUM(A1)                           | '@SUM(A1)
            T-1001                             | T-1001
            a=b                                | a=b
            """)
    void text_that_a_spreadsheet_would_run_is_quoted(String text, String written) {
        assertThat(CsvReportWriter.guard(text)).isEqualTo(written);
        assertThat(CsvReportWriter.guard("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void fields_are_quoted_as_rfc_4180_says() {
        StringBuilder line = new StringBuilder();
        CsvReportWriter.field("plain 文本", line);
        line.append('|');
        CsvReportWriter.field("a,b", line);
        line.append('|');
        CsvReportWriter.field("say \"hi\"", line);
        line.append('|');
        CsvReportWriter.field("two\nlines", line);
        assertThat(line.toString()).isEqualTo("plain 文本|\"a,b\"|\"say \"\"hi\"\"\"|\"two\nlines\"");
    }

    @Test
    void hostile_input_is_guarded_but_numbers_the_report_computed_are_numbers(@TempDir Path dir) throws IOException {
        // GIVEN a fact id and evidence that would run as formulas, and a negative change
        Finding hostile = new Finding("cn.test.report", "1.0.0", "callbacks", "=cmd|' /C calc'!A0", Outcome.VIOLATED,
                Severity.MINOR, Optional.empty(), Optional.of(Duration.ofMinutes(-5)), Optional.of("at-most 3"),
                Optional.empty(), Optional.empty(), Map.of("attribute", "@x", "value", "-1+1"), 0);
        Report report = new Report(List.of(new Report.StandardRef("cn.test.report", "1.0.0")), Instant.EPOCH,
                ReportFixture.SHANGHAI, List.of(hostile), new Report.Summary(1, 0, 0, 1, 0), List.of());

        // WHEN
        ReportFormat.CSV.write(report, ReportOptions.of(Locale.ENGLISH), dir);

        // THEN the id and the evidence are quoted text; the hours are a plain negative number
        List<String> row = read(dir.resolve("findings.csv")).get(1);
        assertThat(row.get(4)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(row.get(15)).isEqualTo("'@x = -1+1");
        assertThat(row.get(9)).isEqualTo("-0.0833");
        assertThat(row.get(8)).isEqualTo("'-5 min");
    }

    @Test
    void csv_goes_to_a_folder_only() {
        assertThatThrownBy(() -> ReportFormat.CSV.write(ReportFixture.report(), ReportOptions.DEFAULT, new StringWriter()))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("one file per table");
        assertThatThrownBy(() -> ReportFormat.CSV.write(ReportFixture.report(), ReportOptions.DEFAULT,
                new ByteArrayOutputStream())).isInstanceOf(UnsupportedOperationException.class);
    }

    /** Reads an RFC 4180 file after its byte order mark: quoted fields, doubled quotes, CRLF. */
    static List<List<String>> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(row).as("a last line without CRLF").isEmpty();
        return rows;
    }
}
