package dev.servicestandards.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.ReportOptions;

/**
 * The text report of {@link ReportFixture} in both languages, whole: durations and deadlines
 * for people, limits named, KPI rates as percentages, penalties with their currency, and the
 * monthly summary by site (T2 in March against T1 in February: two violations more, the score
 * 3 lower, the accept rate 100 points down).
 */
class TextReportWriter_Test {

    private static String text(Report report, ReportOptions options) throws IOException {
        StringWriter out = new StringWriter();
        ReportFormat.TEXT.write(report, options, out);
        return out.toString();
    }

    @Test
    void english() throws IOException {
        assertThat(text(ReportFixture.report(), ReportFixture.options(Locale.ENGLISH))).isEqualTo("""
                standard cn.test.report 1.0.0 测试投诉标准
                as of    2025-03-10 00:00 (Asia/Shanghai)

                FACT  CLAUSE     OUTCOME   DEADLINE                          MEASURED           LIMIT      TIER  POINTS  PENALTY    EVIDENCE
                T2    accept     violated  2025-03-05 09:15 (Asia/Shanghai)  2 days 0 h 45 min  2 days     班组  2       CN¥200.00
                T2    callbacks  violated  -                                 -                  at most 3  -     1       -          callbacks = 5
                T3    accept     pending   2025-03-11 10:00 (Asia/Shanghai)  14 h               2 days     -     -       -

                KPI              GROUP  PERIOD   OUTCOME   VALUE  SAMPLE  TARGET
                kpi.accept-rate  BJ-01  2025-02  met       100%   1       ≥ 90%
                kpi.accept-rate  BJ-01  2025-03  violated  0%     1       ≥ 90%

                GROUP  TOTAL  GRADE  SPEED  QUALITY
                A1     97     优秀   58     39
                A2     100    优秀   60     40

                Monthly quality summary by site
                PERIOD   GROUP  FACTS   VIOLATED  PENDING  SCORE    GRADE  按时受理率              MOST VIOLATED CLAUSES
                2025-02  BJ-01  1       0         0        100      优秀   100% met
                2025-03  BJ-01  1 (±0)  2 (+2)    0        97 (-3)  优秀   0% violated (-100 pts)  48小时内受理 ×1, 回访不超过3次 ×1
                2025-03  SH-03  1       0         1        100      优秀

                3 facts, 2 met, 2 violated, 1 pending, 1 rejected
                penalties: CN¥200.00
                rejected line 4: not valid JSON: Unrecognized token 'oops' at column 1
                """);
    }

    @Test
    void chinese() throws IOException {
        // East Asian characters take two columns: the columns still line up in a terminal
        assertThat(text(ReportFixture.report(), ReportFixture.options(Locale.SIMPLIFIED_CHINESE))).isEqualTo("""
                标准     cn.test.report 1.0.0 测试投诉标准
                评估时点 2025-03-10 00:00（Asia/Shanghai）

                记录编号  条款       结果  截止时间                           已用时长    要求      升级级别  扣分  罚款     依据
                T2        accept     违规  2025-03-05 09:15（Asia/Shanghai）  48小时45分  48小时    班组      2     ¥200.00
                T2        callbacks  违规  -                                  -           不超过 3  -         1     -        callbacks = 5
                T3        accept     待定  2025-03-11 10:00（Asia/Shanghai）  14小时      48小时    -         -     -

                指标             分组   周期        结果  数值  样本数  目标
                kpi.accept-rate  BJ-01  2025年02月  达标  100%  1       不低于 90%
                kpi.accept-rate  BJ-01  2025年03月  违规  0%    1       不低于 90%

                分组  总分  等级  SPEED  QUALITY
                A1    97    优秀  58     39
                A2    100   优秀  60     40

                月度服务质量小结（按 site）
                周期        分组   受检记录  违规    待定  得分     等级  按时受理率              主要违规条款
                2025年02月  BJ-01  1         0       0     100      优秀  100% 达标
                2025年03月  BJ-01  1 (±0)    2 (+2)  0     97 (-3)  优秀  0% 违规 (-100个百分点)  48小时内受理 ×1、回访不超过3次 ×1
                2025年03月  SH-03  1         0       1     100      优秀

                共 3 条记录，达标 2，违规 2，待定 1，拒收 1
                罚款合计：¥200.00
                拒收 第 4 行：not valid JSON: Unrecognized token 'oops' at column 1
                """);
    }

    @Test
    void without_options_the_report_is_english_and_lists_no_met_findings() throws IOException {
        StringWriter out = new StringWriter();
        ReportFormat.TEXT.write(ReportFixture.report(), false, out);
        assertThat(out.toString()).isEqualTo(text(ReportFixture.report(), ReportOptions.DEFAULT))
                .contains("T2    accept     violated").doesNotContain("T1", "Monthly");
    }

    @Test
    void met_findings_on_request() throws IOException {
        assertThat(text(ReportFixture.report(), ReportOptions.of(Locale.ENGLISH).withIncludeMet(true)))
                .contains("T1    accept     met       2025-02-12 09:00 (Asia/Shanghai)  1 day");
    }

    @Test
    void nothing_to_list() throws IOException {
        Report empty = new Report(List.of(new Report.StandardRef("cn.test.report", "1.0.0")), ReportFixture.AS_OF,
                ReportFixture.SHANGHAI, List.of(), new Report.Summary(0, 0, 0, 0, 0), List.of());
        assertThat(text(empty, ReportOptions.of(Locale.CHINA))).contains("没有违规或待定的检查结果\n");
        assertThat(text(empty, ReportOptions.of(Locale.ENGLISH))).contains("no violated or pending findings\n");
    }
}
