package dev.servicestandards.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.servicestandards.internal.time.BusinessCalendars;
import dev.servicestandards.model.BusinessCalendar;
import dev.servicestandards.model.CalendarRangeException;

class CalendarData_Test {

    private static final String NEXT_YEAR = """
            region: cn-official
            years:
              2027:
                notice: 国务院办公厅关于2027年部分节假日安排的通知 (a test notice)
                holidays:
                  元旦: 2027-01-01..2027-01-03
                  春节: 2027-02-05..2027-02-11
                workdays:
                  春节调休: [2027-01-31, 2027-02-20]
            """;

    private static String standard(String calendar, String effective) {
        return """
                standard: t.calendars
                version: 1.0.0
                effective-from: %s
                timezone: Asia/Shanghai
                calendars:
                  cn-workdays:
                %s
                clauses:
                  - id: answer
                    time-limit: { from: created, to: answered, within: 3 working days, calendar: cn-workdays }
                """.formatted(effective, calendar.indent(4).stripTrailing());
    }

    @Nested
    class The_shipped_data {

        /** Whether each date of 2015 to 2026 is a working day, as the chinese_calendar package records it. */
        private Map<LocalDate, Boolean> independent() throws IOException {
            Map<LocalDate, Boolean> out = new HashMap<>();
            try (InputStream in = CalendarData_Test.class.getResourceAsStream("/calendars/chinese_calendar-1.11.0.txt")) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        String[] words = line.split(" ");
                        out.put(LocalDate.parse(words[0]), words[1].equals("workday"));
                    }
                }
            }
            return out;
        }

        @Test
        void covers_2015_to_2026_and_agrees_with_an_independent_source_on_every_date() throws IOException {
            // GIVEN the shipped data as a standard's calendar uses it, and the chinese_calendar package's data
            BusinessCalendar shipped = calendar(CalendarData.builtIn());
            Map<LocalDate, Boolean> independent = independent();
            // WHEN each date is judged, THEN both agree: a listed date as listed, any other by its weekday
            List<String> disagreements = new ArrayList<>();
            for (LocalDate d = LocalDate.of(2015, 1, 1); d.getYear() <= 2026; d = d.plusDays(1)) {
                boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
                boolean expected = independent.getOrDefault(d, weekday);
                if (shipped.isWorkingDay(d) != expected) {
                    disagreements.add(d + (expected ? " should be a working day" : " should be a day off"));
                }
            }
            assertThat(disagreements).isEmpty();
            assertThat(CalendarData.builtIn().arrangements(CalendarData.CN_OFFICIAL).keySet())
                    .containsExactly(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        }

        @Test
        void names_each_date_by_its_holiday_and_each_year_by_its_notice() {
            var y2020 = CalendarData.builtIn().arrangements(CalendarData.CN_OFFICIAL).get(2020);
            // the Spring Festival of 2020 was extended to 2 February by a second notice (1 February was to be worked)
            assertThat(y2020.holidays()).containsEntry(LocalDate.of(2020, 2, 1), "春节")
                    .containsEntry(LocalDate.of(2020, 2, 2), "春节");
            assertThat(y2020.workdays()).doesNotContainKey(LocalDate.of(2020, 2, 1));
            assertThat(y2020.notice()).contains("国务院办公厅关于延长2020年春节假期的通知");
            // the 2019 notice arranges 29 to 31 December 2018
            var y2019 = CalendarData.builtIn().arrangements(CalendarData.CN_OFFICIAL).get(2019);
            assertThat(y2019.workdays()).containsEntry(LocalDate.of(2018, 12, 29), "元旦调休");
        }

        @Test
        void never_guesses_a_year_no_notice_has_arranged() {
            BusinessCalendar shipped = calendar(CalendarData.builtIn());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> shipped.isWorkingDay(LocalDate.of(2027, 1, 4)))
                    .isInstanceOf(CalendarRangeException.class)
                    .hasMessage("calendar cn-workdays has no cn-official arrangement for 2027 (known: 2015–2026); cannot judge 2027-01-04");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> shipped.isWorkingDay(LocalDate.of(2014, 12, 31)))
                    .isInstanceOf(CalendarRangeException.class);
        }
    }

    private static BusinessCalendar calendar(CalendarData data) {
        Standard s = Standards.parse(standard("base: cn-official", "2025-01-01"), "t.yaml", data);
        return BusinessCalendars.of(s, "cn-workdays");
    }

    @Nested
    class Added_by_the_application {

        @Test
        void a_file_adds_a_year_the_library_does_not_ship(@TempDir Path dir) throws IOException {
            // GIVEN a calendar data file with 2027, layered over the shipped data
            Files.writeString(dir.resolve("cn-official-2027.yaml"), NEXT_YEAR);
            CalendarData.Result read = CalendarData.readFolder(dir);
            CalendarData data = CalendarData.builtIn().with(read.data().orElseThrow());
            // WHEN a standard on cn-official is loaded with it
            BusinessCalendar calendar = calendar(data);
            // THEN 2027 is judged: 4 January is a Monday at work, 31 January a make-up Sunday, 5 February a holiday
            assertThat(read.report().problems()).isEmpty();
            assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 31))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 5))).isFalse();
            assertThat(data.arrangements(CalendarData.CN_OFFICIAL).lastKey()).isEqualTo(2027);
        }

        @Test
        void a_year_given_again_replaces_the_shipped_one() {
            CalendarData corrected = CalendarData.builtIn().with(read("""
                    region: cn-official
                    years:
                      2026:
                        notice: a correction
                        holidays: { 元旦: 2026-01-01 }
                    """));
            BusinessCalendar calendar = calendar(corrected);
            // 2 January 2026 is a Friday: a holiday in the shipped notice, worked in the correction
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isTrue();
            assertThat(calendar(CalendarData.builtIn()).isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        }

        private CalendarData read(String yaml) {
            return dev.servicestandards.internal.load.CalendarDataParser.parse("c.yaml", yaml.getBytes(StandardCharsets.UTF_8))
                    .data().orElseThrow();
        }

        @Test
        void every_problem_of_a_file_is_located() {
            CalendarData.Result result = dev.servicestandards.internal.load.CalendarDataParser.parse("c.yaml", """
                    region: cn-official
                    years:
                      27:
                        notice: x
                      2027:
                        holidays:
                          元旦: 2027-01-01..2026-12-30
                          春节: 2027-02-30
                          国庆节: 2029-10-01
                        workdays:
                          调休: 2027-02-06
                      2028:
                        notice: y
                        holidays: { 春节: 2028-01-26 }
                        workdays: { 调休: 2028-01-26 }
                    """.getBytes(StandardCharsets.UTF_8));
            assertThat(result.data()).isEmpty();
            assertThat(result.report().problems()).extracting(Problem::toString).containsExactly(
                    "c.yaml:3:3: years.27: '27' is not a year from 1900 to 2200 [STD-E044]",
                    "c.yaml:6:5: years.2027.notice: required key 'notice' is missing [STD-E006]",
                    "c.yaml:7:11: years.2027.holidays.元旦: '2027-01-01..2026-12-30' is not a date or a range of dates: use YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD (at most 367 days) [STD-E043]",
                    "c.yaml:8:11: years.2027.holidays.春节: '2027-02-30' is not a date or a range of dates: use YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD (at most 367 days) [STD-E043]",
                    "c.yaml:9:12: years.2027.holidays.国庆节: 2029-10-01 is not in 2027 or the days next to it: an arrangement lists the dates of its own year (and of the turn of the year) [STD-E045]",
                    "c.yaml:15:15: years.2028.workdays: 2028-01-26 is listed both as a holiday and as a workday [STD-E039]");
        }
    }

    @Nested
    class Stated_by_a_standard {

        @Test
        void an_arrangements_block_adds_its_years_to_the_calendar() {
            Standard s = Standards.parse(standard("""
                    base: cn-official
                    arrangements:
                      2027:
                        notice: 国务院办公厅关于2027年部分节假日安排的通知 (a test notice)
                        holidays: { 元旦: 2027-01-01..2027-01-03 }
                    """, "2025-01-01"), "t.yaml");
            BusinessCalendar calendar = BusinessCalendars.of(s, "cn-workdays");
            assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
            assertThat(s.calendars().get("cn-workdays").arrangements().keySet()).containsExactly(2027);
            assertThat(s.calendars().get("cn-workdays").official().keySet()).startsWith(2015).endsWith(2026, 2027);
        }

        @Test
        void arrangements_without_an_official_base_are_an_error() {
            ValidationReport report = validate(standard("""
                    arrangements:
                      2027: { notice: x }
                    """, "2025-01-01"));
            assertThat(report.errors()).extracting(Problem::toString).containsExactly(
                    "t.yaml:7:5: calendars.cn-workdays.arrangements: arrangements need an official base (base: cn-official); without one, list holidays and workdays instead [STD-E046]");
        }

        @Test
        void a_standard_in_force_past_the_data_it_relies_on_is_warned_about() {
            ValidationReport open = validate(standard("base: cn-official", "2026-01-01"));
            assertThat(open.hasErrors()).isFalse();
            assertThat(open.warnings()).extracting(Problem::toString).containsExactly(
                    "t.yaml:6:3: calendars.cn-workdays: warning: calendar 'cn-workdays' has cn-official arrangements for 2015–2026 only, but the standard is in force from 2026-01-01 with no end date: clauses on it cannot judge dates in 2027 and later until their arrangement is added (an arrangements: block here, or the application's calendar data) [STD-W003]");
            ValidationReport bounded = validate(standard("base: cn-official", "2026-01-01\neffective-until: 2028-07-01"));
            assertThat(bounded.warnings()).extracting(Problem::message).singleElement().asString()
                    .contains("from 2026-01-01 until 2028-07-01").contains("dates in 2027–2028 until");
            ValidationReport early = validate(standard("base: cn-official", "2014-06-01\neffective-until: 2015-06-01"));
            assertThat(early.warnings()).extracting(Problem::message).singleElement().asString()
                    .contains("dates in 2014 until");
            ValidationReport covered = validate(standard("base: cn-official", "2025-01-01\neffective-until: 2027-01-01"));
            assertThat(covered.problems()).isEmpty();
        }

        @Test
        void an_unknown_base_names_the_known_regions() {
            ValidationReport report = validate(standard("base: hk-official", "2025-01-01"));
            assertThat(report.errors()).extracting(Problem::message)
                    .containsExactly("'hk-official' is not one of: cn-official");
        }

        private ValidationReport validate(String yaml) {
            return dev.servicestandards.internal.load.StandardParser.parse("t.yaml", yaml.getBytes(StandardCharsets.UTF_8))
                    .report();
        }
    }
}
