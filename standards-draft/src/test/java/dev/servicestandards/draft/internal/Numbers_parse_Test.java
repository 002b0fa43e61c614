package dev.servicestandards.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Numbers_parse_Test {

    @ParameterizedTest
    @CsvSource({
            "48, 48",
            "4.5, 4.5",
            "四, 4",
            "两, 2",
            "十, 10",           // a leading 十 is one ten
            "十二, 12",
            "二十四, 24",
            "四十八, 48",
            "七十二, 72",
            "九十, 90",         // 百分之九十
            "一百, 100",
            "一百二十, 120",
            "九十九点五, 99.5",
    })
    void reads_arabic_and_chinese_numerals(String token, BigDecimal value) {
        assertThat(Numbers.parse(token)).contains(value);
    }

    @ParameterizedTest
    @CsvSource({"二四", "点五", "abc", "''"})
    void refuses_what_is_not_a_number(String token) {
        assertThat(Numbers.parse(token)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"three, 3", "Twenty, 20", "forty-eight, 48", "seventy two, 72", "one hundred, 100", "12, 12"})
    void reads_english_numbers(String token, BigDecimal value) {
        assertThat(Numbers.english(token)).contains(value);
    }
}
