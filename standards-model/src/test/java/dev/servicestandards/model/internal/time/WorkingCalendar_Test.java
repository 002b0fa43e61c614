package dev.servicestandards.model.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.servicestandards.model.BusinessCalendar;
import dev.servicestandards.model.CalendarRangeException;
import dev.servicestandards.model.TimeAllowance;

class WorkingCalendar_Test {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static WorkingCalendar calendar(ZoneId zone, String base, String hours, List<String> holidays, List<String> workdays) {
        BusinessCalendar.Builder builder = BusinessCalendar.builder("test", zone);
        if (base != null) {
            TestArrangements.cn2024to2026(builder);
        }
        if (!hours.isEmpty()) {
            builder.hours(hours);
        }
        builder.holidays(holidays.toArray(String[]::new)).workdays(workdays.toArray(String[]::new));
        return (WorkingCalendar) builder.build();
    }

    static final WorkingCalendar WEEKDAYS = calendar(SHANGHAI, null, "", List.of(), List.of());
    static final WorkingCalendar OFFICE = calendar(SHANGHAI, null, "09:00-12:00,13:30-18:00", List.of(), List.of());
    static final WorkingCalendar CN = calendar(SHANGHAI, "cn-official", "", List.of(), List.of());
    static final WorkingCalendar CN_OFFICE = calendar(SHANGHAI, "cn-official", "09:00-12:00,13:30-18:00",
            List.of("2025-06-03"), List.of("2025-06-08"));

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    static TimeAllowance allowance(String text) {
        return TimeAllowance.parse(text).orElseThrow();
    }

    @Nested
    class Day_counting_after_the_civil_code {

        @ParameterizedTest(name = "{0}: {1} + {2} -> {3}")
        @CsvSource({
            // the spec's example: Fri 15:00 + 3 working days = end of Wed 12th
            "weekdays, 2025-03-07T15:00, 3 working days, 2025-03-13T00:00",
            "weekdays, 2025-03-07T15:00, 3wd, 2025-03-13T00:00",
            "weekdays, 2025-03-08T10:00, 1wd, 2025-03-11T00:00",
            // art. 203: a last day on a weekend moves to the end of the next working day
            "weekdays, 2025-03-05T10:00, 3 days, 2025-03-11T00:00",
            "weekdays, 2025-03-05T10:00, 2 days, 2025-03-08T00:00",
            // Spring Festival 2025: 28 Jan – 4 Feb off; Sun 26 Jan and Sat 8 Feb are working days
            "cn, 2025-01-27T10:00, 3wd, 2025-02-08T00:00",
            "cn, 2025-01-25T15:00, 1wd, 2025-01-27T00:00",
            "cn, 2025-02-07T10:00, 1wd, 2025-02-09T00:00",
            "cn, 2025-01-27T10:00, 3d, 2025-02-06T00:00",
            // National Day 2024: 1–7 Oct off, Sun 29 Sep and Sat 12 Oct working
            "cn, 2024-09-27T18:00, 2wd, 2024-10-01T00:00",
            "cn, 2024-09-30T10:00, 1wd, 2024-10-09T00:00",
            "cn, 2026-09-30T09:00, 1wd, 2026-10-09T00:00",
            // extra holiday 3 June 2025 and extra workday 8 June 2025
            "cn-office, 2025-06-02T10:00, 1wd, 2025-06-05T00:00",
            "cn-office, 2025-06-06T10:00, 1wd, 2025-06-09T00:00"})
        void deadlines(String calendar, String start, String within, String deadline) {
            assertThat(named(calendar).deadline(at(start), allowance(within))).isEqualTo(at(deadline));
        }

        @Test
        void a_date_outside_the_shipped_years_is_an_error_never_a_guess() {
            assertThatThrownBy(() -> CN.deadline(at("2026-12-30T10:00"), allowance("3wd")))
                    .isInstanceOf(CalendarRangeException.class)
                    .hasMessage("calendar test has no cn-official arrangement for 2027 (known: 2024–2026); cannot judge 2027-01-01");
            assertThatThrownBy(() -> CN.isWorkingDay(LocalDate.of(2023, 12, 29))).isInstanceOf(CalendarRangeException.class);
        }
    }

    @Nested
    class Business_hours {

        @ParameterizedTest(name = "{0}: {1} + {2} -> {3}")
        @CsvSource({
            "office, 2025-03-07T16:00, 4h, 2025-03-10T11:00",
            "office, 2025-03-10T11:00, 2h, 2025-03-10T14:30",
            "office, 2025-03-10T12:30, 30m, 2025-03-10T14:00",
            "office, 2025-03-10T09:00, 3h, 2025-03-10T12:00",
            "office, 2025-03-10T07:00, 1m, 2025-03-10T09:01",
            "office, 2025-03-08T07:00, 7h30m, 2025-03-10T18:00",
            "office, 2025-03-10T18:00, 1s, 2025-03-11T09:00:01",
            "weekdays, 2025-03-07T15:00, 10h, 2025-03-10T01:00",
            // 4 business hours on the official calendar across the 2025 Spring Festival
            "cn-office, 2025-01-27T16:00, 4h, 2025-02-05T11:00",
            "cn-office, 2025-02-07T17:00, 2h, 2025-02-08T10:00"})
        void working_time_counts_only_working_hours_of_working_days(String calendar, String start, String within,
                String deadline) {
            assertThat(named(calendar).deadline(at(start), allowance(within))).isEqualTo(at(deadline));
        }

        @ParameterizedTest(name = "{0}: {1} .. {2} = {3}")
        @CsvSource({
            "office, 2025-03-07T16:00, 2025-03-10T11:00, PT4H",
            "office, 2025-03-08T00:00, 2025-03-10T00:00, PT0S",
            "office, 2025-03-10T11:30, 2025-03-10T14:00, PT1H",
            "weekdays, 2025-03-07T15:00, 2025-03-10T10:00, PT19H",
            "office, 2025-03-10T14:00, 2025-03-10T11:30, PT0S"})
        void working_time_between(String calendar, String from, String to, String expected) {
            assertThat(named(calendar).workingTime(at(from), at(to))).isEqualTo(Duration.parse(expected));
        }

        @Test
        void a_calendar_made_afresh_computes_its_days_with_every_range() {
            // made here, so none of its days is cached yet: the shared calendars above keep the days they
            // computed, which hid changes to the day arithmetic from mutation testing (issue 25)
            WorkingCalendar office = calendar(SHANGHAI, null, "09:00-12:00,13:30-18:00", List.of(), List.of());
            // Mon 2025-03-10 08:00..19:00 = 09:00-12:00 (3h) + 13:30-18:00 (4h30m)
            assertThat(office.workingTime(at("2025-03-10T08:00"), at("2025-03-10T19:00")))
                    .isEqualTo(Duration.parse("PT7H30M"));
            // 11:00 + 2h: 1h until 12:00, then 1h from 13:30
            assertThat(office.plusWorkingTime(at("2025-03-10T11:00"), Duration.ofHours(2)))
                    .isEqualTo(at("2025-03-10T14:30"));
        }

        @Test
        void hours_given_for_a_day_of_the_week_are_that_day_s_hours() {
            WorkingCalendar shortFriday = (WorkingCalendar) BusinessCalendar.builder("short friday", SHANGHAI)
                    .hours("mon-thu", "09:00-18:00").hours("fri", "09:00-12:00").build();
            // Fri 2025-03-07 08:00..19:00: only 09:00-12:00 works, 3h (not the 9h of the other weekdays)
            assertThat(shortFriday.workingTime(at("2025-03-07T08:00"), at("2025-03-07T19:00")))
                    .isEqualTo(Duration.ofHours(3));
            // Thu 2025-03-06 the same span: 09:00-18:00, 9h
            assertThat(shortFriday.workingTime(at("2025-03-06T08:00"), at("2025-03-06T19:00")))
                    .isEqualTo(Duration.ofHours(9));
            // a day of the week the hours do not list does not work: Sat 2025-03-08 has none
            assertThat(shortFriday.isWorkingDay(LocalDate.of(2025, 3, 8))).isFalse();
            assertThat(shortFriday.workingTime(at("2025-03-08T00:00"), at("2025-03-09T00:00"))).isEqualTo(Duration.ZERO);
        }

        @Test
        void a_working_day_deadline_is_the_end_of_the_day_even_with_working_hours() {
            // Fri 15:00 + 3wd: Mon, Tue, Wed counted; allowed = 3h of Friday + 3 × 7.5h
            Instant start = at("2025-03-07T15:00");
            assertThat(OFFICE.deadline(start, allowance("3wd"))).isEqualTo(at("2025-03-13T00:00"));
            assertThat(OFFICE.allowed(start, allowance("3wd"))).isEqualTo(Duration.parse("PT25H30M"));
        }
    }

    @Nested
    class Daylight_saving {

        @Test
        void berlin_spring_forward_shortens_a_range_across_the_gap() {
            ZoneId berlin = ZoneId.of("Europe/Berlin");
            WorkingCalendar night = calendar(berlin, null, "01:00-04:00", List.of(), List.of("2025-03-30"));
            Instant from = LocalDateTime.parse("2025-03-30T00:00").atZone(berlin).toInstant();
            Instant to = LocalDateTime.parse("2025-03-31T00:00").atZone(berlin).toInstant();
            assertThat(night.workingTime(from, to)).isEqualTo(Duration.ofHours(2));
            // 02:30 does not exist that night: it means 03:30, per ZonedDateTime
            assertThat(night.plusWorkingTime(from, Duration.ofMinutes(90)))
                    .isEqualTo(LocalDateTime.parse("2025-03-30T03:30").atZone(berlin).toInstant());
        }

        @Test
        void new_york_fall_back_lengthens_a_range_across_the_overlap() {
            ZoneId newYork = ZoneId.of("America/New_York");
            WorkingCalendar night = calendar(newYork, null, "00:00-03:00", List.of(), List.of("2025-11-02"));
            Instant from = LocalDateTime.parse("2025-11-02T00:00").atZone(newYork).toInstant();
            assertThat(night.workingTime(from, from.plus(Duration.ofHours(10)))).isEqualTo(Duration.ofHours(4));
            assertThat(night.plusWorkingTime(from, Duration.ofHours(4))).isEqualTo(Instant.parse("2025-11-02T08:00:00Z"));
        }

        @Test
        void sydney_days_have_23_and_25_hours() {
            ZoneId sydney = ZoneId.of("Australia/Sydney");
            WorkingCalendar days = calendar(sydney, null, "", List.of(), List.of("2025-04-06", "2025-10-05"));
            Instant april = LocalDate.parse("2025-04-06").atStartOfDay(sydney).toInstant();
            Instant october = LocalDate.parse("2025-10-05").atStartOfDay(sydney).toInstant();
            assertThat(days.workingTime(april, LocalDate.parse("2025-04-07").atStartOfDay(sydney).toInstant()))
                    .isEqualTo(Duration.ofHours(25));
            assertThat(days.workingTime(october, LocalDate.parse("2025-10-06").atStartOfDay(sydney).toInstant()))
                    .isEqualTo(Duration.ofHours(23));
            // Saturday 4 Oct + 1 working day: Sunday 5 Oct counts (make-up), deadline its end
            Instant saturday = LocalDateTime.parse("2025-10-04T12:00").atZone(sydney).toInstant();
            assertThat(days.deadline(saturday, allowance("1wd")))
                    .isEqualTo(LocalDate.parse("2025-10-06").atStartOfDay(sydney).toInstant());
        }

        @Test
        void new_york_spring_forward_on_a_24x7_clock_is_plain_elapsed_time() {
            ZoneId newYork = ZoneId.of("America/New_York");
            BusinessCalendar always = new TwentyFourSeven(newYork);
            Instant start = LocalDateTime.parse("2025-03-08T12:00").atZone(newYork).toInstant();
            assertThat(always.deadline(start, allowance("24h"))).isEqualTo(Instant.parse("2025-03-09T17:00:00Z"));
            // one calendar day: the end of Sunday 9 March, a 23-hour day
            assertThat(always.allowed(start, allowance("1d"))).isEqualTo(Duration.ofHours(12 + 23));
        }
    }

    @Test
    void a_calendar_without_any_working_time_fails_instead_of_looping() {
        List<String> everyDay = new java.util.ArrayList<>();
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() < 2029; d = d.plusDays(1)) {
            everyDay.add(d.toString());
        }
        WorkingCalendar never = calendar(SHANGHAI, null, "", everyDay, List.of());
        assertThatThrownBy(() -> never.plusWorkingTime(at("2025-01-01T00:00"), Duration.ofHours(1)))
                .isInstanceOf(CalendarRangeException.class)
                .hasMessage("calendar test has no working time for 1098 days after 2025-01-01");
    }

    static BusinessCalendar named(String name) {
        return switch (name) {
            case "weekdays" -> WEEKDAYS;
            case "office" -> OFFICE;
            case "cn" -> CN;
            case "cn-office" -> CN_OFFICE;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
