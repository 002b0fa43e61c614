package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.servicestandards.model.internal.time.CalendarText;
import dev.servicestandards.model.internal.time.TwentyFourSeven;
import dev.servicestandards.model.internal.time.WorkingCalendar;

/**
 * Which time counts, and in which zone days begin and end: a named business calendar of a
 * standard. A generated rule set inserts one fact per calendar (built from the literals the
 * standard writes) and its rules read clocks on it. Implementations are immutable and thread-safe.
 */
public interface BusinessCalendar {

    /** The name of the built-in calendar on which every instant counts. */
    String TWENTY_FOUR_SEVEN = "24x7";

    /** The calendar's name, as the standard declares it ({@code 24x7} for the built-in one). */
    String getName();

    /** The zone in which days begin and end. */
    ZoneId zone();

    /**
     * Whether {@code date} is a working day.
     *
     * @throws CalendarRangeException for a date the calendar has no data for (a year without an
     *                                official arrangement): the library never guesses
     */
    boolean isWorkingDay(LocalDate date);

    /** Working time in {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    Duration workingTime(Instant from, Instant to);

    /**
     * The earliest instant at which {@code amount} of working time has passed since {@code start};
     * {@code start} itself for a zero amount.
     */
    Instant plusWorkingTime(Instant start, Duration amount);

    /**
     * The deadline of a time allowance that starts at {@code start}: working time for
     * {@link TimeAllowance.Time}, day counting after PRC Civil Code art. 201 and 203 otherwise
     * (the starting day is not counted; the deadline is the end of the last counted day; a last
     * calendar day that is not a working day moves on to the next working day).
     */
    default Instant deadline(Instant start, TimeAllowance within) {
        if (within instanceof TimeAllowance.Time time) {
            return plusWorkingTime(start, time.duration());
        }
        LocalDate day = start.atZone(zone()).toLocalDate();
        if (within instanceof TimeAllowance.WorkingDays working) {
            // art. 201: the starting day is not counted; only working days count
            int counted = 0;
            while (counted < working.days()) {
                day = day.plusDays(1);
                if (isWorkingDay(day)) {
                    counted++;
                }
            }
        } else {
            // art. 203: a last day that is not a working day moves to the next working day
            day = day.plusDays(((TimeAllowance.CalendarDays) within).days());
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
        }
        // the end of the last counted day, i.e. the start of the next one
        return day.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    /** The working time a clock is allowed, measured from {@code start}. */
    default Duration allowed(Instant start, TimeAllowance within) {
        if (within instanceof TimeAllowance.Time time) {
            return time.duration();
        }
        return workingTime(start, deadline(start, within));
    }

    /** The built-in {@code 24x7} calendar in {@code zone}: every instant of every day counts. */
    static BusinessCalendar twentyFourSeven(ZoneId zone) {
        return new TwentyFourSeven(zone);
    }

    /** The built-in {@code 24x7} calendar in the zone named {@code zone}, e.g. {@code Asia/Shanghai}. */
    static BusinessCalendar twentyFourSeven(String zone) {
        return twentyFourSeven(ZoneId.of(zone));
    }

    /** A builder of a declared calendar: Monday to Friday, whole days, until told otherwise. */
    static Builder builder(String name, ZoneId zone) {
        return new Builder(name, zone);
    }

    /** A builder of a declared calendar in the zone named {@code zone}, e.g. {@code Asia/Shanghai}. */
    static Builder builder(String name, String zone) {
        return new Builder(name, ZoneId.of(zone));
    }

    /**
     * Builds a declared calendar. Working days are Monday to Friday, or, with an official base,
     * the official working days of the years whose arrangement is given (and no others: a date of
     * another year is an error, never a guess); the calendar's own holidays and make-up days
     * override both. Working hours are the whole day unless given, for every working day or per
     * day of the week. Not thread-safe; the calendar it builds is.
     */
    final class Builder {
        private final String name;
        private final ZoneId zone;
        private String official;
        private final Map<Integer, Arrangement> arrangements = new TreeMap<>();
        private final Set<LocalDate> holidays = new TreeSet<>();
        private final Set<LocalDate> workdays = new TreeSet<>();
        private List<LocalTime[]> hours = List.of();
        private final Map<DayOfWeek, List<LocalTime[]>> weekdayHours = new EnumMap<>(DayOfWeek.class);
        private final Map<LocalDate, List<LocalTime[]>> dateHours = new TreeMap<>();

        private Builder(String name, ZoneId zone) {
            this.name = requireNonNull(name, "name");
            this.zone = requireNonNull(zone, "zone");
        }

        /**
         * Working days come from the official arrangements of {@code region} (e.g.
         * {@code cn-official}) given with {@link #arrangement}; a date in a year without one is
         * an error.
         */
        public Builder official(String region) {
            this.official = requireNonNull(region, "region");
            return this;
        }

        /** Adds (or replaces) the official arrangement of one year. */
        public Builder arrangement(Arrangement arrangement) {
            arrangements.put(arrangement.year(), arrangement);
            return this;
        }

        /** Starts an official arrangement, for rule sets that state one literally; see {@link YearBuilder}. */
        public YearBuilder arrangement(int year, String notice) {
            return new YearBuilder(this, year, notice);
        }

        /** Extra non-working dates or ranges ({@code 2025-06-03}, {@code 2025-06-03..2025-06-05}). */
        public Builder holidays(String... datesOrRanges) {
            for (String text : datesOrRanges) {
                holidays.addAll(CalendarText.dates(text));
            }
            return this;
        }

        /** Named days off, e.g. {@code ("盘点", "2025-06-30")}: holidays of the calendar's own. */
        public Builder closed(String name, String... datesOrRanges) {
            requireNonNull(name, "name");
            return holidays(datesOrRanges);
        }

        /** Extra working dates (make-up days) or ranges. */
        public Builder workdays(String... datesOrRanges) {
            for (String text : datesOrRanges) {
                workdays.addAll(CalendarText.dates(text));
            }
            return this;
        }

        /** Extra non-working dates. */
        public Builder holidays(Iterable<LocalDate> dates) {
            dates.forEach(holidays::add);
            return this;
        }

        /** Extra working dates (make-up days). */
        public Builder workdays(Iterable<LocalDate> dates) {
            dates.forEach(workdays::add);
            return this;
        }

        /** Working hours of every working day, e.g. {@code 09:00-12:00, 13:30-18:00}. */
        public Builder hours(String ranges) {
            this.hours = CalendarText.hours(ranges);
            return this;
        }

        /**
         * Working hours on some days of the week ({@code mon-fri}, {@code sat}, {@code sun},
         * {@code mon,wed}); {@code closed} for none. Once any are given, the days of the week they
         * list are the days that work: the others do not (official make-up working days still do).
         */
        public Builder hours(String days, String ranges) {
            List<LocalTime[]> parsed = CalendarText.hours(ranges);
            for (DayOfWeek day : CalendarText.weekdays(days)) {
                weekdayHours.put(day, parsed);
            }
            return this;
        }

        /**
         * Working hours on one date or range of dates, e.g. a half day before a holiday; such a
         * date is a working day whatever its weekday; {@code closed} closes it.
         */
        public Builder hoursOn(String datesOrRange, String ranges) {
            List<LocalTime[]> parsed = CalendarText.hours(ranges);
            for (LocalDate date : CalendarText.dates(datesOrRange)) {
                dateHours.put(date, parsed);
            }
            return this;
        }

        /** The calendar. */
        public BusinessCalendar build() {
            return new WorkingCalendar(name, zone, official, new ArrayList<>(arrangements.values()), holidays, workdays,
                    hours, weekdayHours, dateHours);
        }
    }

    /** One year of an official arrangement, stated holiday by holiday. */
    final class YearBuilder {
        private final Builder calendar;
        private final int year;
        private final String notice;
        private final Map<LocalDate, String> holidays = new TreeMap<>();
        private final Map<LocalDate, String> workdays = new TreeMap<>();

        private YearBuilder(Builder calendar, int year, String notice) {
            this.calendar = calendar;
            this.year = year;
            this.notice = requireNonNull(notice, "notice");
        }

        /** The non-working dates or ranges of one holiday, e.g. {@code ("春节", "2026-02-15..2026-02-23")}. */
        public YearBuilder holiday(String holiday, String... datesOrRanges) {
            for (String text : datesOrRanges) {
                CalendarText.dates(text).forEach(d -> holidays.put(d, holiday));
            }
            return this;
        }

        /** The make-up working dates of one holiday, e.g. {@code ("春节调休", "2026-02-14", "2026-02-28")}. */
        public YearBuilder workday(String holiday, String... dates) {
            for (String text : dates) {
                CalendarText.dates(text).forEach(d -> workdays.put(d, holiday));
            }
            return this;
        }

        /** Ends the year, back to the calendar. */
        public Builder end() {
            return calendar.arrangement(new Arrangement(year, notice, holidays, workdays));
        }
    }
}
