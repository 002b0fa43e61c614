package dev.servicestandards.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Problem;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.internal.load.StandardParser;
import dev.servicestandards.model.BusinessCalendar;

/** Hours per day of the week, dates with hours of their own and named closures: a business hall's week. */
class BusinessCalendars_hours_Test {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final String HALL = """
            standard: t.hall
            version: 1.0.0
            effective-from: 2025-01-01
            effective-until: 2027-01-01
            timezone: Asia/Shanghai
            calendars:
              hall:
                base: cn-official
                hours:
                  mon-fri: "08:30-12:00, 13:30-17:30"
                  sat: "09:00-12:00"
                  sun: closed
                special-hours:
                  2025-12-31: "09:00-12:00"
                  2025-12-24..2025-12-25: closed
                closures:
                  盘点: 2025-06-30
            clauses:
              - id: queue
                time-limit: { from: arrived, to: served, within: 1h, calendar: hall }
            """;

    private static final BusinessCalendar CALENDAR = BusinessCalendars.of(Standards.parse(HALL, "hall.yaml"), "hall");

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
        // Friday afternoon: 30 minutes left on Friday, the rest on Saturday morning's hours
        "2025-03-07T17:00, 1h, 2025-03-08T09:30",
        // Saturday 11:30: 30 minutes on Saturday; Sunday is closed; Monday opens at 08:30
        "2025-03-08T11:30, 1h, 2025-03-10T09:00",
        // lunch break: Monday 11:30 + 1h works 11:30-12:00 and 13:30-14:00
        "2025-03-10T11:30, 1h, 2025-03-10T14:00",
        // the half day of 31 December (a Wednesday) ends at 12:00; 1 to 3 January 2026 are 元旦 holidays;
        // Sunday 4 January is the official make-up working day (元旦调休): Sunday has no hours of its own,
        // so it works Monday's, from 08:30
        "2025-12-31T11:00, 2h, 2026-01-04T09:30",
        // 24 and 25 December are closed by date; Friday 26 December works its weekday hours
        "2025-12-23T17:00, 1h, 2025-12-26T09:00",
        // 盘点 closes Monday 30 June 2025
        "2025-06-28T11:30, 1h, 2025-07-01T09:00",
    })
    void deadlines(String start, String within, String deadline) {
        assertThat(CALENDAR.plusWorkingTime(at(start), Duration.parse("PT" + within.toUpperCase()))).isEqualTo(at(deadline));
    }

    @Test
    void saturday_works_and_sunday_does_not() {
        assertThat(CALENDAR.isWorkingDay(java.time.LocalDate.of(2025, 3, 8))).isTrue();
        assertThat(CALENDAR.isWorkingDay(java.time.LocalDate.of(2025, 3, 9))).isFalse();
        // an official holiday closes a day the hours list
        assertThat(CALENDAR.isWorkingDay(java.time.LocalDate.of(2025, 10, 4))).isFalse();
    }

    @Test
    void a_day_of_the_week_listed_twice_or_unknown_is_located() {
        var report = StandardParser.parse("hall.yaml", HALL.replace("      sun: closed", "      fri: closed\n      weekend: closed")
                .getBytes(StandardCharsets.UTF_8)).report();
        assertThat(report.errors()).extracting(Problem::toString).containsExactly(
                "hall.yaml:12:7: calendars.hall.hours.fri: 'fri' lists fri again: each day of the week has one set of hours [STD-E048]",
                "hall.yaml:13:7: calendars.hall.hours.weekend: 'weekend' is not a day of the week or a range of them: use mon, tue, wed, thu, fri, sat, sun, e.g. mon-fri or sat,sun [STD-E047]");
        var bad = StandardParser.parse("hall.yaml", HALL.replace("2025-12-31: \"09:00-12:00\"", "2025-12-31: \"12:00-09:00\"")
                .getBytes(StandardCharsets.UTF_8)).report();
        assertThat(bad.errors()).extracting(Problem::code).extracting(c -> c.code()).containsExactly("STD-E026");
    }

    @Test
    void the_rule_set_states_the_hours_and_closures() {
        Standard standard = Standards.parse(HALL, "hall.yaml");
        String drl = dev.servicestandards.internal.kinds.RuleSetDrl.generate(standard).drl();
        assertThat(drl).contains(".hours( \"mon-fri\", \"08:30-12:00, 13:30-17:30\" )", ".hours( \"sat\", \"09:00-12:00\" )",
                ".hours( \"sun\", \"closed\" )", ".hoursOn( \"2025-12-24..2025-12-25\", \"closed\" )",
                ".hoursOn( \"2025-12-31\", \"09:00-12:00\" )", ".closed( \"盘点\", \"2025-06-30\" )");
    }
}
