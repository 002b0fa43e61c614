package dev.servicestandards.internal.time;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import dev.servicestandards.api.CalendarRangeException;
import dev.servicestandards.api.CalendarSpec;

/**
 * A declared business calendar: working days (Monday–Friday, or the official PRC calendar),
 * extra holidays and make-up working days, and working hours with any number of ranges a day
 * (a lunch break is the gap between two). Local times are turned into instants by
 * {@link java.time.ZonedDateTime} rules: a time in a daylight-saving gap moves forward by the
 * gap, a repeated time takes the earlier offset. Immutable and thread-safe. Internal.
 */
public final class WorkingCalendar implements BusinessCalendar {

    /** How far a search for working time may go before the calendar is judged to have none. */
    private static final int MAX_DAYS_SCANNED = 3 * 366;

    private final String name;
    private final ZoneId zone;
    private final boolean official;
    private final List<CalendarSpec.Hours> hours;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;

    private WorkingCalendar(String name, ZoneId zone, boolean official, List<CalendarSpec.Hours> hours,
            Set<LocalDate> holidays, Set<LocalDate> workdays) {
        this.name = name;
        this.zone = requireNonNull(zone, "zone");
        this.official = official;
        this.hours = hours.isEmpty() ? List.of(new CalendarSpec.Hours(LocalTime.MIDNIGHT, LocalTime.MAX)) : List.copyOf(hours);
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
    }

    /** The calendar a standard declares, in the standard's zone. */
    public static WorkingCalendar of(CalendarSpec spec, ZoneId zone) {
        return new WorkingCalendar(spec.name(), zone, spec.base().filter(CalendarSpec.CN_OFFICIAL::equals).isPresent(),
                spec.hours(), spec.holidays(), spec.workdays());
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        if (workdays.contains(date)) {
            return true;
        }
        if (holidays.contains(date)) {
            return false;
        }
        if (official) {
            return OfficialCalendar.CN.isWorkingDay(date);
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The start of a working range on {@code date}. */
    private Instant start(LocalDate date, CalendarSpec.Hours range) {
        return date.atTime(range.start()).atZone(zone).toInstant();
    }

    /** The end of a working range on {@code date}; {@code 24:00} is the start of the next day. */
    private Instant end(LocalDate date, CalendarSpec.Hours range) {
        if (range.end().equals(LocalTime.MAX)) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return date.atTime(range.end()).atZone(zone).toInstant();
    }

    @Override
    public Duration workingTime(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        // a day's working ranges lie within [its start, the next day's start)
        for (LocalDate day = from.atZone(zone).toLocalDate(); day.atStartOfDay(zone).toInstant().isBefore(to);
                day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (CalendarSpec.Hours range : hours) {
                Instant s = max(start(day, range), from);
                Instant e = min(end(day, range), to);
                if (e.isAfter(s)) {
                    total = total.plus(Duration.between(s, e));
                }
            }
        }
        return total;
    }

    @Override
    public Instant plusWorkingTime(Instant start, Duration amount) {
        if (amount.isZero() || amount.isNegative()) {
            return start;
        }
        Duration remaining = amount;
        LocalDate day = start.atZone(zone).toLocalDate();
        int daysWithoutWork = 0;
        while (true) {
            boolean worked = false;
            if (isWorkingDay(day)) {
                for (CalendarSpec.Hours range : hours) {
                    Instant s = max(start(day, range), start);
                    Instant e = end(day, range);
                    if (!e.isAfter(s)) {
                        continue;
                    }
                    worked = true;
                    Duration available = Duration.between(s, e);
                    if (available.compareTo(remaining) >= 0) {
                        return s.plus(remaining);
                    }
                    remaining = remaining.minus(available);
                }
            }
            daysWithoutWork = worked ? 0 : daysWithoutWork + 1;
            if (daysWithoutWork > MAX_DAYS_SCANNED) {
                throw new CalendarRangeException(day, "calendar " + name + " has no working time for "
                        + MAX_DAYS_SCANNED + " days after " + start.atZone(zone).toLocalDate());
            }
            day = day.plusDays(1);
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + name + ", " + zone + ", hours=" + hours + "]";
    }
}
