package dev.servicestandards.model;


import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeAllowance_parse_Test {

    @ParameterizedTest(name = "{0} is {1} seconds")
    @CsvSource({"90s, 90", "30m, 1800", "4h, 14400", "48h, 172800", "1h30m, 5400", "1h 30m, 5400", "2h5s, 7205",
        "'  4H ', 14400"})
    void reads_time_on_the_calendar(String text, long seconds) {
        assertThat(TimeAllowance.parse(text)).contains(new TimeAllowance.Time(Duration.ofSeconds(seconds)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"3 working days, 3, true", "3wd, 3, true", "1 working day, 1, true", "3 days, 3, false",
        "3d, 3, false", "1 day, 1, false", "10 WD, 10, true"})
    void reads_day_counts(String text, int days, boolean working) {
        TimeAllowance expected = working ? new TimeAllowance.WorkingDays(days) : new TimeAllowance.CalendarDays(days);
        assertThat(TimeAllowance.parse(text)).contains(expected);
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @ValueSource(strings = {"", " ", "48", "48 hours", "0h", "0 days", "-3d", "3.5h", "h", "1d2h", "PT48H",
        "99999999999h", "3 working", "4h;System.exit(0)"})
    void refuses_anything_else(String text) {
        assertThat(TimeAllowance.parse(text)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource({"48h, 48h", "1h30m, 1h30m", "90s, 1m30s", "3wd, 3 working days", "1d, 1 day"})
    void prints_the_way_a_standard_writes_it(String text, String printed) {
        assertThat(TimeAllowance.parse(text).orElseThrow()).hasToString(printed);
    }
}
