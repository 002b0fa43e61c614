package dev.servicestandards.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Durations_Test {

    @ParameterizedTest
    @CsvSource({
            "48小时内受理, 48h",
            "四小时内完成故障定位, 4h",
            "二十四小时内恢复, 24h",
            "一个半小时内到场, 1h30m",
            "半小时内派单, 30m",
            "1.5小时内, 1h30m",
            "30分钟内响应, 30m",
            "20秒内接听, 20s",
            "3个工作日内答复, 3 working days",
            "三个工作日内, 3 working days",
            "七日内办结, 7 days",
            "一周内, 7 days",            // a week is counted as seven days
            "４８小时内, 48h",            // full-width digits, once normalized
    })
    void chinese_durations_become_allowances(String text, String allowance) {
        List<Durations.Found> found = Durations.chinese(Text.normalize(text));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).allowance()).map(Object::toString).contains(allowance);
    }

    @Test
    void a_month_and_half_a_day_are_found_but_have_no_allowance() {
        assertThat(Durations.chinese("一个月内")).singleElement()
                .satisfies(f -> assertThat(f.allowance()).isEmpty())
                .satisfies(f -> assertThat(f.reason()).isEqualTo("months are not a duration the format counts"));
        assertThat(Durations.chinese("半天内")).singleElement().satisfies(f -> assertThat(f.allowance()).isEmpty());
    }

    @Test
    void ordinals_and_dates_are_not_durations() {
        // 第一天 is the first day, 1月1日 a date
        assertThat(Durations.chinese("第一天")).isEmpty();
        assertThat(Durations.chinese("2025年1月1日起施行")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "within 24 hours, 24h",
            "within three rings or 20 seconds, 20s",
            "within forty-eight hours, 48h",
            "within 5 working days, 5 working days",
            "within ten business days, 10 working days",
            "within half an hour, 30m",
            "within one working day, 1 working day",
    })
    void english_durations_become_allowances(String text, String allowance) {
        List<Durations.Found> found = Durations.english(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).allowance()).map(Object::toString).contains(allowance);
    }
}
