package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A business calendar as a standard declares it (section 3). Immutable.
 *
 * @param name     the calendar's name, used by {@code time-limit.calendar}
 * @param base     optional built-in base, e.g. {@code cn-official}; without it Monday–Friday work
 * @param hours    working hours on working days; empty means the whole day
 * @param holidays extra non-working dates
 * @param workdays extra working dates (make-up days)
 * @param location where the calendar is written
 */
public record CalendarSpec(String name, Optional<String> base, List<Hours> hours, SortedSet<LocalDate> holidays,
        SortedSet<LocalDate> workdays, SourceLocation location) {

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
            return start + "-" + end;
        }
    }

    public CalendarSpec {
        requireNonNull(name, "name");
        requireNonNull(base, "base");
        hours = List.copyOf(hours);
        holidays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        workdays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(workdays));
        requireNonNull(location, "location");
    }
}
