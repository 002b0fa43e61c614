package dev.servicestandards.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.servicestandards.api.KpiResult;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;

class ReportText_Test {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ReportText EN = new ReportText(Locale.ENGLISH, SHANGHAI, List.of());
    private static final ReportText ZH = new ReportText(Locale.SIMPLIFIED_CHINESE, SHANGHAI, List.of());

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # English counts days, from the largest unit that is not zero down to the smallest, zeros between kept;
            # Chinese counts hours, as Chinese standards state their limits (48小时, 72小时)
            PT0S      | 0 min              | 0分
            PT45M     | 45 min             | 45分
            PT13H     | 13 h               | 13小时
            PT24H     | 1 day              | 24小时
            PT48H45M  | 2 days 0 h 45 min  | 48小时45分
            PT82H     | 3 days 10 h        | 82小时
            PT184H    | 7 days 16 h        | 184小时
            PT1M30S   | 1 min 30 s         | 1分30秒
            PT30S     | 30 s               | 30秒
            PT48H0M5S | 2 days 0 h 0 min 5 s | 48小时0分5秒
            """)
    void durations_read_as_people_say_them(String iso, String english, String chinese) {
        Duration duration = Duration.parse(iso);
        assertThat(EN.duration(duration)).isEqualTo(english);
        assertThat(ZH.duration(duration)).isEqualTo(chinese);
    }

    @Test
    void instants_are_local_to_the_standard_and_name_its_zone() {
        // 10:00 UTC is 18:00 in Shanghai; seconds appear only when there are some
        assertThat(EN.instant(Instant.parse("2025-03-10T10:00:00Z"))).isEqualTo("2025-03-10 18:00 (Asia/Shanghai)");
        assertThat(ZH.instant(Instant.parse("2025-03-10T10:00:00Z"))).isEqualTo("2025-03-10 18:00（Asia/Shanghai）");
        assertThat(EN.instant(Instant.parse("2025-03-10T10:00:30Z"))).isEqualTo("2025-03-10 18:00:30 (Asia/Shanghai)");
        assertThat(new ReportText(Locale.ENGLISH, ZoneId.of("Europe/Berlin"), List.of())
                .instant(Instant.parse("2025-03-30T01:30:00Z"))).isEqualTo("2025-03-30 03:30 (Europe/Berlin)");
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # a finding's limit as the JSON report states it
            PT48H            | 2 days           | 48小时
            PT1H30M          | 1 h 30 min       | 1小时30分
            3 working days   | 3 working days   | 3个工作日
            1 working day    | 1 working day    | 1个工作日
            3 days           | 3 calendar days  | 3个自然日
            1 day            | 1 calendar day   | 1个自然日
            at-most 3        | at most 3        | 不超过 3
            at-least 0.5     | at least 0.5     | 不少于 0.5
            # a repeat clause's: at most so many within a window
            at-most 1 within PT168H | at most 1 within 7 days | 168小时内不超过 1
            at-most 2 within 30 days | at most 2 within 30 calendar days | 30个自然日内不超过 2
            """)
    void limits_name_working_and_calendar_days(String limit, String english, String chinese) {
        assertThat(EN.limit(limit)).isEqualTo(english);
        assertThat(ZH.limit(limit)).isEqualTo(chinese);
    }

    @Test
    void money_is_written_the_language_s_way_with_its_currency() {
        assertThat(EN.money(new BigDecimal("200"), Optional.of("CNY"))).isEqualTo("CN¥200.00");
        assertThat(ZH.money(new BigDecimal("200"), Optional.of("CNY"))).isEqualTo("¥200.00");
        assertThat(ZH.money(new BigDecimal("1200.5"), Optional.of("USD"))).isEqualTo("US$1,200.50");
        // a currency that is no ISO 4217 code follows the amount as written
        assertThat(EN.money(new BigDecimal("200"), Optional.of("points"))).isEqualTo("200 points");
        assertThat(EN.money(new BigDecimal("200"), Optional.empty())).isEqualTo("200");
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-03    | 2025-03    | 2025年03月
            2025-W10   | 2025-W10   | 2025年第10周
            2025-Q1    | 2025-Q1    | 2025年第1季度
            2025       | 2025       | 2025年
            2025-03-03 | 2025-03-03 | 2025-03-03
            all        | all        | 全部
            """)
    void periods(String label, String english, String chinese) {
        assertThat(EN.period(label)).isEqualTo(english);
        assertThat(ZH.period(label)).isEqualTo(chinese);
    }

    @Test
    void groups_without_a_value_or_without_grouping() {
        assertThat(EN.group("(none)")).isEqualTo("(none)");
        assertThat(ZH.group("(none)")).isEqualTo("（未填写）");
        assertThat(ZH.group("all")).isEqualTo("全部");
        assertThat(ZH.group("BJ-01")).isEqualTo("BJ-01");
    }

    @Test
    void outcomes_and_severities() {
        assertThat(ZH.outcome(Outcome.MET)).isEqualTo("达标");
        assertThat(ZH.outcome(Outcome.VIOLATED)).isEqualTo("违规");
        assertThat(ZH.outcome(Outcome.PENDING)).isEqualTo("待定");
        assertThat(ZH.outcome(Outcome.INSUFFICIENT)).isEqualTo("样本不足");
        assertThat(EN.outcome(Outcome.INSUFFICIENT)).isEqualTo("insufficient");
        assertThat(new ReportText(Locale.CHINA, SHANGHAI, List.of()).severity(dev.servicestandards.model.Severity.CRITICAL)).isEqualTo("严重");
    }

    @Nested
    class Kpis {

        private final Standard standard = Standards.parse("""
                standard: cn.test.kpis
                version: 1.0.0
                effective-from: 2025-01-01
                timezone: Asia/Shanghai
                clauses:
                  - id: rate
                    kpi: { rate-of: { attribute: satisfied }, at-least: 90% }
                  - id: mean
                    kpi: { average-of: { attribute: score }, at-most: 4.5 }
                """, "kpis.yaml");
        private final ReportText en = new ReportText(Locale.ENGLISH, SHANGHAI, List.of(standard));
        private final ReportText zh = new ReportText(Locale.SIMPLIFIED_CHINESE, SHANGHAI, List.of(standard));

        private KpiResult kpi(String clause, String value, String target) {
            return new KpiResult("cn.test.kpis", "1.0.0", clause, "all", "all", Outcome.MET,
                    Optional.of(new BigDecimal(value)), BigDecimal.ONE, 3, target);
        }

        @Test
        void a_rate_is_a_percentage_and_a_mean_a_number() {
            // 2 of 3 is 66.666...%: two decimals, half-even
            assertThat(en.kpiValue(kpi("rate", "0.6666666666666667", "at-least 0.9"))).isEqualTo("66.67%");
            assertThat(en.kpiTarget(kpi("rate", "0.6666666666666667", "at-least 0.9"))).isEqualTo("\u2265 90%");
            assertThat(zh.kpiTarget(kpi("rate", "0.6666666666666667", "at-least 0.9"))).isEqualTo("不低于 90%");
            assertThat(en.kpiValue(kpi("mean", "4.25", "at-most 4.5"))).isEqualTo("4.25");
            assertThat(zh.kpiTarget(kpi("mean", "4.25", "at-most 4.5"))).isEqualTo("不高于 4.5");
        }

        @Test
        void changes_of_a_rate_are_percentage_points() {
            assertThat(en.kpiChange("cn.test.kpis", "1.0.0", "rate", new BigDecimal("0.05"))).isEqualTo("+5 pts");
            assertThat(zh.kpiChange("cn.test.kpis", "1.0.0", "rate", new BigDecimal("-0.25"))).isEqualTo("-25个百分点");
            assertThat(zh.kpiChange("cn.test.kpis", "1.0.0", "mean", BigDecimal.ZERO)).isEqualTo("\u00b10");
        }

        @Test
        void without_its_standard_a_kpi_is_printed_as_measured() {
            assertThat(EN.kpiValue(kpi("rate", "0.6667", "at-least 0.9"))).isEqualTo("0.6667");
            assertThat(EN.kpiTarget(kpi("rate", "0.6667", "at-least 0.9"))).isEqualTo("\u2265 0.9");
        }
    }
}
