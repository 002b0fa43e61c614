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
import dev.servicestandards.api.Outcome;
import dev.servicestandards.api.Rejection;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.ScoreResult;
import dev.servicestandards.api.Severity;

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
        assertThat(html).contains("<h2>Violations by clause</h2>", "<h2>Violations by group</h2>", "<h2>Scores</h2>",
                "<h2>KPIs</h2>", "<h2>Findings</h2>", "<h2>Rejected input</h2>");
    }

    @Test
    void is_deterministic() throws IOException {
        assertThat(html(report())).isEqualTo(html(report()));
    }
}
