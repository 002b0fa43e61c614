package dev.servicestandards.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Finding;
import dev.servicestandards.api.KpiResult;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Rejection;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.ScoreResult;
import dev.servicestandards.model.Severity;

class HtmlReportWriter_Test {

    private static final String EVIL = "<script>alert('x')</script><img src=http://evil.example/x>";

    private static Report report() {
        Finding finding = new Finding("cn.telecom.t", "1.0.0", "clause" + EVIL, "T" + EVIL, Outcome.VIOLATED,
                Severity.MAJOR, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("tier" + EVIL),
                Optional.of(new Finding.Charge(BigDecimal.ONE, Optional.empty(), Optional.empty())),
                Map.of("missing", List.of("f" + EVIL)), 0);
        KpiResult kpi = new KpiResult("cn.telecom.t", "1.0.0", "kpi" + EVIL, "g" + EVIL, "2025-03", Outcome.MET,
                Optional.of(new BigDecimal("0.95")), new BigDecimal("19"), 20, "at-least 0.9");
        ScoreResult score = new ScoreResult("cn.telecom.t", "1.0.0", "A" + EVIL, new BigDecimal("88"), Optional.of("良好" + EVIL),
                Map.of("quality", new BigDecimal("88")), Map.of("quality", new BigDecimal("12")), 10, 1);
        return new Report(List.of(new Report.StandardRef("cn.telecom.t", "1.0.0")), Instant.parse("2025-03-10T00:00:00Z"),
                ZoneId.of("Asia/Shanghai"), List.of(finding), List.of(kpi), List.of(score),
                new Report.Summary(1, 1, 0, 1, 0), List.of(new Rejection(3, "bad" + EVIL)));
    }

    private static String html(Report report) throws IOException {
        StringWriter out = new StringWriter();
        ReportFormat.HTML.write(report, true, out);
        return out.toString();
    }

    @Test
    void is_one_self_contained_file_that_escapes_every_input_string() throws IOException {
        String html = html(report());
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
                .contains("default-src 'none'")
                .doesNotContain("<script", "<img", "<link", "<iframe")
                .doesNotContainPattern("<[a-z]+[^>]*\\s(src|href)=")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=http://evil.example/x&gt;");
        // without options: English
        assertThat(html).contains("<html lang=\"en\">", "<h2>Violations by clause</h2>", "<h2>Violations by group</h2>", "<h2>Scores</h2>",
                "<h2>KPIs</h2>", "<h2>Findings</h2>", "<h2>Rejected input</h2>");
    }

    @Test
    void is_deterministic() throws IOException {
        assertThat(html(report())).isEqualTo(html(report()));
    }

    @Test
    void speaks_the_language_of_its_options() throws IOException {
        // GIVEN
        StringWriter zh = new StringWriter();
        StringWriter en = new StringWriter();

        // WHEN
        ReportFormat.HTML.write(ReportFixture.report(), ReportFixture.options(java.util.Locale.SIMPLIFIED_CHINESE), zh);
        ReportFormat.HTML.write(ReportFixture.report(), ReportFixture.options(java.util.Locale.ENGLISH), en);

        // THEN
        assertThat(zh.toString()).contains("<html lang=\"zh-CN\">", "<title>测试投诉标准</title>",
                "评估时点 2025-03-10 00:00（Asia/Shanghai）", "<h2>检查结果</h2>", "<h2>指标</h2>", "<h2>评分</h2>",
                "<td class=\"violated\">违规</td>", "<td class=\"pending\">待定</td>", "48小时45分", "¥200.00",
                "<h2>月度服务质量小结（按 site）</h2>", "<h3>2025年03月 <small>较 2025年02月</small></h3>",
                "<h3>2025年02月 <small>2025年01月 无数据</small></h3>", "不低于 90%", "<h2>拒收的输入</h2>")
                .doesNotContain("violated</td>", "Findings");
        assertThat(en.toString()).contains("<html lang=\"en\">", "as of 2025-03-10 00:00 (Asia/Shanghai)",
                "2 days 0 h 45 min", "CN¥200.00", "<h2>Monthly quality summary by site</h2>",
                "<h3>2025-03 <small>compared with 2025-02</small></h3>");
    }

    @Test
    void the_summary_marks_each_change_better_or_worse() throws IOException {
        StringWriter out = new StringWriter();
        ReportFormat.HTML.write(ReportFixture.report(), ReportFixture.options(java.util.Locale.ENGLISH), out);
        // March against February in BJ-01: two violations more (worse), the score 3 lower (worse),
        // the accept rate 100 points down (worse), as many facts (neither)
        assertThat(out.toString()).contains("<span class=\"change worse\">\u25b2 +2</span>",
                "<span class=\"change worse\">\u25bc -3</span>", "<span class=\"change worse\">\u25bc -100 pts</span>",
                "<span class=\"change same\">\u00b10</span>");
    }
}
