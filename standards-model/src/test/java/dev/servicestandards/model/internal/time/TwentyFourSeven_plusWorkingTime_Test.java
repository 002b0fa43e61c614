package dev.servicestandards.model.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwentyFourSeven_plusWorkingTime_Test {

    private final TwentyFourSeven always = new TwentyFourSeven(ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        // nanoseconds add: .000000500 + 1.000000200 s = 1 s later at .000000700
        "2025-03-03T01:00:00.000000500Z, PT1.0000002S, 2025-03-03T01:00:01.000000700Z",
        // and carry into the seconds: .9 + .2 = 1.1
        "2025-03-03T01:00:00.900Z, PT0.2S, 2025-03-03T01:00:01.100Z",
        "2025-03-03T01:00:00Z, PT48H, 2025-03-05T01:00:00Z",
    })
    void every_instant_is_working_time(String start, String amount, String end) {
        assertThat(always.plusWorkingTime(Instant.parse(start), Duration.parse(amount))).isEqualTo(Instant.parse(end));
    }
}
