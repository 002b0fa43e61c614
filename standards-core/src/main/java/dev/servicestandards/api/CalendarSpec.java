package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.servicestandards.model.Arrangement;

/**
 * A business calendar as a standard declares it (docs/format.md, "Calendars"). Immutable.
 *
 * @param name     the calendar's name, used by {@code time-limit.calendar}
 * @param base     optional built-in base, e.g. {@code cn-official}; without it Monday–Friday work
 * @param hours    working hours of every working day; empty means the whole day (or, with
 *                 {@code weekdayHours}, the days of the week say)
 * @param holidays     extra non-working dates
 * @param workdays     extra working dates (make-up days)
 * @param weekdayHours working hours by days of the week as written ({@code mon-fri}, {@code sat}); an
 *                     empty list closes those days; when present, the days it does not list do not work
 * @param specialHours dates with hours of their own (a half day); an empty list closes the date
 * @param closures     named days off beside {@code holidays}, each date with its name
 * @param arrangements official arrangements the standard itself states ({@code arrangements:}), by year
 * @param official     the official arrangements the calendar uses, by year: the calendar data the
 *                     standard was loaded with (shipped and the application's), with the standard's
 *                     own years over them; empty without a base
 * @param location     where the calendar is written
 */
public record CalendarSpec(String name, Optional<String> base, List<Hours> hours,
        java.util.Map<String, List<Hours>> weekdayHours, SortedMap<LocalDate, List<Hours>> specialHours,
        SortedMap<LocalDate, String> closures, SortedSet<LocalDate> holidays,
        SortedSet<LocalDate> workdays, SortedMap<Integer, Arrangement> arrangements,
        SortedMap<Integer, Arrangement> official, SourceLocation location) {

    /** The name of the built-in calendar on which every instant counts. */
    public static final String TWENTY_FOUR_SEVEN = "24x7";

    /** The built-in base with the official PRC holidays and make-up working days. */
    public static final String CN_OFFICIAL = "cn-official";

    /** A working-hours range on one day, {@code start} inclusive, {@code end} exclusive. */
    public record Hours(LocalTime start, LocalTime end) {
        public Hours {
            requireNonNull(start, "start");
            requireNonNull(end, "end");
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("working hours must end after they start: " + start + "-" + end);
            }
        }

        @Override
        public String toString() {
            return start + "-" + (end.equals(LocalTime.MAX) ? "24:00" : end.toString());
        }
    }

    public CalendarSpec {
        requireNonNull(name, "name");
        requireNonNull(base, "base");
        hours = List.copyOf(hours);
        java.util.Map<String, List<Hours>> byDays = new java.util.LinkedHashMap<>();
        weekdayHours.forEach((days, h) -> byDays.put(days, List.copyOf(h)));
        weekdayHours = java.util.Collections.unmodifiableMap(byDays);
        TreeMap<LocalDate, List<Hours>> special = new TreeMap<>();
        specialHours.forEach((date, h) -> special.put(date, List.copyOf(h)));
        specialHours = java.util.Collections.unmodifiableSortedMap(special);
        closures = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(closures));
        holidays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        workdays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(workdays));
        arrangements = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(arrangements));
        official = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(official));
        requireNonNull(location, "location");
    }
}
