package dev.servicestandards.model.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationText_format_Test {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({
        // exactly an hour and exactly a minute take the larger unit
        "PT1H, 1h",
        "PT1M, 1m",
        "PT59M59S, 59m59s",
        "PT1H30M, 1h30m",
        "PT48H, 48h",
        "PT1H0M1S, 1h1s",
        "PT0S, 0s",
    })
    void a_duration_is_written_as_a_standard_writes_it(String duration, String text) {
        assertThat(DurationText.format(Duration.parse(duration))).isEqualTo(text);
    }
}
