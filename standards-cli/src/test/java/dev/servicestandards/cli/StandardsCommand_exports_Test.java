package dev.servicestandards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code evaluate --format csv|xlsx --out}, {@code --summary-by}, and the JSON that stays as it was. */
class StandardsCommand_exports_Test {

    private static final Path EXAMPLES = Path.of("../standards-examples");
    private static final String STANDARD = EXAMPLES.resolve("standards/complaint-handling-1.0.0.yaml").toString();
    private static final String FACTS = EXAMPLES.resolve("facts/complaints.jsonl").toString();
    private static final String QUARTER = EXAMPLES.resolve("facts/complaints-q1.jsonl").toString();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-09T16:00:00Z"), ZoneOffset.UTC);

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StandardsCommand.run(CLOCK, Locale.ROOT, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = StandardsCommand_exports_Test.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0} --lang {2}")
    @CsvSource(textBlock = """
            # the JSON reports as the release before --lang wrote them, byte for byte, in either language
            complaints-1.0.0-all.json, --standard standards/complaint-handling-1.0.0.yaml --facts facts/complaints.jsonl --all, en
            complaints-1.0.0-all.json, --standard standards/complaint-handling-1.0.0.yaml --facts facts/complaints.jsonl --all, zh-CN
            complaints-catalog.json,   --catalog CATALOG --facts facts/complaints.jsonl,                                       zh-CN
            calls-1.0.0.json,          --standard standards/call-center-1.0.0.yaml --facts facts/calls.jsonl,                  zh-CN
            """)
    void json_is_the_same_in_every_language(String golden, String arguments, String lang, @TempDir Path catalog)
            throws IOException {
        // GIVEN the catalog of that release: the three revisions it shipped, not the examples added since
        for (String revision : new String[] {"call-center-1.0.0.yaml", "complaint-handling-1.0.0.yaml",
                "complaint-handling-1.1.0.yaml"}) {
            Files.copy(EXAMPLES.resolve("standards").resolve(revision), catalog.resolve(revision));
        }
        String[] words = arguments.split(" ");
        String[] args = new String[words.length + 5];
        args[0] = "evaluate";
        for (int i = 0; i < words.length; i++) {
            args[i + 1] = words[i].startsWith("--") ? words[i]
                    : words[i].equals("CATALOG") ? catalog.toString()
                    : EXAMPLES.resolve(words[i]).toString();
        }
        args[words.length + 1] = "--as-of";
        args[words.length + 2] = "2025-03-10T00:00:00+08:00";
        args[words.length + 3] = "--lang";
        args[words.length + 4] = lang;

        // WHEN
        Run run = run(args);

        // THEN
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(golden(golden));
    }

    @Test
    void csv_writes_one_file_per_table_into_the_out_folder(@TempDir Path dir) throws IOException {
        // WHEN
        Run run = run("evaluate", "--standard", STANDARD, "--facts", QUARTER, "--as-of", "2025-04-01T00:00:00+08:00",
                "--format", "csv", "--out", dir.resolve("report").toString(), "--summary-by", "site", "--lang", "zh-CN");

        // THEN
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("已写出 " + dir.resolve("report") + "\n");
        String summary = Files.readString(dir.resolve("report/summary.csv"), StandardCharsets.UTF_8);
        assertThat(summary).startsWith("\uFEFF周期,分组,受检记录,受检记录 变化,违规,违规 变化,待定,得分,得分 变化,等级,")
                .contains("\r\n2025年03月,SH-03,4,0,8,7,0,82,-17,良好,50%,违规,-50%,25%,违规,-25%,");
        assertThat(dir.resolve("report/findings.csv")).exists();
        assertThat(dir.resolve("report/kpis.csv")).exists();
        assertThat(dir.resolve("report/scores.csv")).exists();
    }

    @Test
    void xlsx_writes_a_workbook_with_the_summary(@TempDir Path dir) throws IOException {
        // WHEN
        Path book = dir.resolve("q1.xlsx");
        Run run = run("evaluate", "--standard", STANDARD, "--facts", QUARTER, "--as-of", "2025-04-01T00:00:00+08:00",
                "--format", "xlsx", "--out", book.toString(), "--summary-by", "site", "--period", "quarter", "--top", "1",
                "--lang", "zh-CN");

        // THEN one row per site for the quarter, naming the most violated clause only
        assertThat(run.code()).isZero();
        assertThat(run.err()).as("no logging noise from the spreadsheet library").isEmpty();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(book))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            var summary = workbook.getSheet("质量小结");
            assertThat(summary.getLastRowNum()).isEqualTo(3);
            assertThat(summary.getRow(3).getCell(0).getStringCellValue()).isEqualTo("2025年第1季度");
            assertThat(summary.getRow(3).getCell(1).getStringCellValue()).isEqualTo("SH-03");
            assertThat(summary.getRow(3).getCell(summary.getRow(0).getLastCellNum() - 1).getStringCellValue())
                    .isEqualTo("回访不超过3次\u00a0\u00d73");
        }
    }

    @Test
    void html_and_text_carry_the_summary() {
        Run html = run("evaluate", "--standard", STANDARD, "--facts", QUARTER, "--as-of", "2025-04-01T00:00:00+08:00",
                "--format", "html", "--summary-by", "site", "--lang", "zh-CN");
        assertThat(html.out()).contains("<h2>月度服务质量小结（按 site）</h2>", "<h3>2025年03月 <small>较 2025年02月</small></h3>");
        Run text = run("evaluate", "--standard", STANDARD, "--facts", QUARTER, "--as-of", "2025-04-01T00:00:00+08:00",
                "--format", "text", "--summary-by", "site", "--period", "quarter");
        assertThat(text.out()).contains("Quarterly quality summary by site\nPERIOD   GROUP  FACTS");
    }

    @Test
    void the_summary_lists_met_findings_only_when_asked() {
        // the summary needs the met findings; the findings table shows them only with --all
        // (T-1001 was answered in time: complaint.answer is met)
        Run text = run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--format", "text", "--summary-by", "site");
        assertThat(text.out()).contains("T-1001  complaint.accept").doesNotContain("T-1001  complaint.answer")
                .contains("Monthly quality summary by site");
        Run all = run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--format", "text", "--summary-by", "site", "--all");
        assertThat(all.out()).contains("T-1001  complaint.answer");
    }

    @Test
    void out_writes_any_format_to_a_file(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("report.json");
        Run run = run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--as-of", "2025-03-10T00:00:00+08:00",
                "--out", json.toString());
        assertThat(run.out()).isEqualTo(json + " written\n");
        assertThat(Files.readString(json, StandardCharsets.UTF_8))
                .isEqualTo(run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--as-of", "2025-03-10T00:00:00+08:00").out());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            --format csv                              | --format csv writes one file per table: give --out FOLDER
            --format xlsx                             | --format xlsx writes a workbook: give --out FILE.xlsx
            --summary-by site                         | --summary-by adds a summary to html, text, csv and xlsx reports, not to json
            --format text --period month              | --period and --top go with --summary-by
            --format text --summary-by site --period fortnight | --period must be day, week, month, quarter or year, not 'fortnight'
            --format text --summary-by site --top 0   | --top must be at least 1, not 0
            """)
    void export_and_summary_options_are_checked(String options, String message) {
        String[] extra = options.split(" ");
        String[] args = new String[5 + extra.length];
        System.arraycopy(new String[] {"evaluate", "--standard", STANDARD, "--facts", FACTS}, 0, args, 0, 5);
        System.arraycopy(extra, 0, args, 5, extra.length);
        Run run = run(args);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("standards: " + message + "\n");
    }

    @Test
    void the_summary_reads_standard_input_twice_through_a_temporary_file() throws IOException {
        // GIVEN the quarter's tickets on standard input
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        // WHEN
        int code;
        try (InputStream stdin = Files.newInputStream(Path.of(QUARTER))) {
            code = StandardsCommand.run(CLOCK, Locale.ROOT, stdin, new PrintWriter(out), new PrintWriter(err),
                    "evaluate", "--standard", STANDARD, "--facts", "-", "--as-of", "2025-04-01T00:00:00+08:00",
                    "--format", "text", "--summary-by", "site", "--period", "quarter");
        }
        Run run = new Run(code, out.toString(), err.toString());

        // THEN the same summary as from the file
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(run("evaluate", "--standard", STANDARD, "--facts", QUARTER, "--as-of",
                "2025-04-01T00:00:00+08:00", "--format", "text", "--summary-by", "site", "--period", "quarter").out())
                .contains("2025-Q1  SH-03  12     10");
    }
}
