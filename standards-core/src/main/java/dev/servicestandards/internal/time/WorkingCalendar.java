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
 * gap, a repeated time takes the earlier offset. Immutable (but for a cache of working ranges per
 * day) and thread-safe. Internal.
 */
public final class WorkingCalendar implements BusinessCalendar {

    /** How far a search for working time may go before the calendar is judged to have none. */
    private static final int MAX_DAYS_SCANNED = 3 * 366;
    private static final long NANOS = 1_000_000_000L;
    /** About 270 years of days: enough for any real input, bounded against hostile dates. */
    private static final int MAX_CACHED_DAYS = 100_000;

    private final String name;
    private final ZoneId zone;
    private final boolean official;
    private final List<CalendarSpec.Hours> hours;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;
    /** Working ranges per epoch day; see {@link #day(LocalDate)}. */
    private final java.util.concurrent.ConcurrentHashMap<Long, long[]> days = new java.util.concurrent.ConcurrentHashMap<>();

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

    /**
     * The working ranges of {@code date} in epoch seconds: {@code [dayStart, nextDayStart, s1, e1,
     * s2, e2, ...]}, no ranges on a non-working day. Cached: a year is a few hundred entries.
     */
    private long[] day(LocalDate date) {
        long[] cached = days.get(date.toEpochDay());
        if (cached != null) {
            return cached;
        }
        boolean working = isWorkingDay(date); // may throw CalendarRangeException: never cached
        long dayStart = date.atStartOfDay(zone).toEpochSecond();
        long nextStart = date.plusDays(1).atStartOfDay(zone).toEpochSecond();
        long[] ranges = new long[2 + (working ? 2 * hours.size() : 0)];
        ranges[0] = dayStart;
        ranges[1] = nextStart;
        if (working) {
            for (int i = 0; i < hours.size(); i++) {
                CalendarSpec.Hours range = hours.get(i);
                ranges[2 + 2 * i] = date.atTime(range.start()).atZone(zone).toEpochSecond();
                // 24:00 is the start of the next day
                ranges[3 + 2 * i] = range.end().equals(LocalTime.MAX) ? nextStart
                        : date.atTime(range.end()).atZone(zone).toEpochSecond();
            }
        }
        if (days.size() < MAX_CACHED_DAYS) {
            days.putIfAbsent(date.toEpochDay(), ranges);
        }
        return ranges;
    }

    private static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS), instant.getNano());
    }

    @Override
    public Duration workingTime(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        long a = nanos(from);
        long b = nanos(to);
        long total = 0;
        for (LocalDate date = LocalDate.ofInstant(from, zone); ; date = date.plusDays(1)) {
            long[] day = day(date);
            if (day[0] * NANOS >= b) {
                break;
            }
            for (int i = 2; i < day.length; i += 2) {
                long s = Math.max(day[i] * NANOS, a);
                long e = Math.min(day[i + 1] * NANOS, b);
                if (e > s) {
                    total += e - s;
                }
            }
        }
        return Duration.ofNanos(total);
    }

    @Override
    public Instant plusWorkingTime(Instant start, Duration amount) {
        if (amount.isZero() || amount.isNegative()) {
            return start;
        }
        long at = nanos(start);
        long remaining = amount.toNanos();
        int daysWithoutWork = 0;
        for (LocalDate date = LocalDate.ofInstant(start, zone); ; date = date.plusDays(1)) {
            long[] day = day(date);
            boolean worked = false;
            for (int i = 2; i < day.length; i += 2) {
                long s = Math.max(day[i] * NANOS, at);
                long e = day[i + 1] * NANOS;
                if (e <= s) {
                    continue;
                }
                worked = true;
                if (e - s >= remaining) {
                    long end = s + remaining;
                    return Instant.ofEpochSecond(Math.floorDiv(end, NANOS), Math.floorMod(end, NANOS));
                }
                remaining -= e - s;
            }
            daysWithoutWork = worked ? 0 : daysWithoutWork + 1;
            if (daysWithoutWork > MAX_DAYS_SCANNED) {
                throw new CalendarRangeException(date, "calendar " + name + " has no working time for "
                        + MAX_DAYS_SCANNED + " days after " + LocalDate.ofInstant(start, zone));
            }
        }
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + name + ", " + zone + ", hours=" + hours + "]";
    }
}
