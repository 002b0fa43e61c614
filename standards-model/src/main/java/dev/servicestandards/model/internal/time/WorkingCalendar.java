package dev.servicestandards.model.internal.time;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import dev.servicestandards.model.Arrangement;
import dev.servicestandards.model.BusinessCalendar;
import dev.servicestandards.model.CalendarRangeException;

/**
 * A declared business calendar: working days (Monday–Friday, or the official days of the years
 * whose arrangement is known), extra holidays and make-up working days, and working hours with any
 * number of ranges a day (a lunch break is the gap between two), for every working day, per day
 * of the week, or on given dates. Local times are turned into instants by
 * {@link java.time.ZonedDateTime} rules: a time in a daylight-saving gap moves forward by the gap, a
 * repeated time takes the earlier offset. Immutable (but for a cache of working ranges per day) and
 * thread-safe. Internal: build one with {@link BusinessCalendar#builder}.
 */
public final class WorkingCalendar implements BusinessCalendar {

    /** How far a search for working time may go before the calendar is judged to have none. */
    private static final int MAX_DAYS_SCANNED = 3 * 366;
    private static final long NANOS = 1_000_000_000L;
    /** About 270 years of days: enough for any real input, bounded against hostile dates. */
    private static final int MAX_CACHED_DAYS = 100_000;
    private static final List<LocalTime[]> WHOLE_DAY = List.<LocalTime[]>of(new LocalTime[] {LocalTime.MIDNIGHT, LocalTime.MAX});

    private final String name;
    private final ZoneId zone;
    /** The official region whose arrangements give the working days, or null for Monday to Friday. */
    private final String official;
    /** The years with an official arrangement, when official. */
    private final SortedSet<Integer> years;
    /** Official holidays and make-up working days of the known years (and dates their notices list). */
    private final Set<LocalDate> officialHolidays;
    private final Set<LocalDate> officialWorkdays;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;
    /** Hours of every working day; null when not given. */
    private final List<LocalTime[]> hours;
    private final Map<DayOfWeek, List<LocalTime[]>> weekdayHours;
    private final Map<LocalDate, List<LocalTime[]>> dateHours;
    /** Working ranges per epoch day; see {@link #day(LocalDate)}. */
    private final ConcurrentHashMap<Long, long[]> days = new ConcurrentHashMap<>();

    /** See {@link BusinessCalendar.Builder}. */
    public WorkingCalendar(String name, ZoneId zone, String official, List<Arrangement> arrangements,
            Set<LocalDate> holidays, Set<LocalDate> workdays, List<LocalTime[]> hours,
            Map<DayOfWeek, List<LocalTime[]>> weekdayHours, Map<LocalDate, List<LocalTime[]>> dateHours) {
        this.name = requireNonNull(name, "name");
        this.zone = requireNonNull(zone, "zone");
        this.official = official;
        SortedSet<Integer> known = new TreeSet<>();
        Set<LocalDate> offHolidays = new HashSet<>();
        Set<LocalDate> offWorkdays = new HashSet<>();
        for (Arrangement a : arrangements) {
            known.add(a.year());
        }
        // later years' notices win for the dates they list of an earlier year (30 December, say)
        List<Arrangement> byYear = new ArrayList<>(arrangements);
        byYear.sort(java.util.Comparator.comparingInt(Arrangement::year));
        for (Arrangement a : byYear) {
            for (LocalDate d : a.holidays().keySet()) {
                offWorkdays.remove(d);
                offHolidays.add(d);
            }
            for (LocalDate d : a.workdays().keySet()) {
                offHolidays.remove(d);
                offWorkdays.add(d);
            }
        }
        this.years = Collections.unmodifiableSortedSet(known);
        this.officialHolidays = Set.copyOf(offHolidays);
        this.officialWorkdays = Set.copyOf(offWorkdays);
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
        this.hours = hours.isEmpty() ? null : List.copyOf(hours);
        this.weekdayHours = weekdayHours.isEmpty() ? Map.of() : new EnumMap<>(weekdayHours);
        this.dateHours = Map.copyOf(dateHours);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    /** The years whose official arrangement the calendar knows; empty without an official base. */
    public SortedSet<Integer> officialYears() {
        return years;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        if (workdays.contains(date)) {
            return true;
        }
        if (holidays.contains(date)) {
            return false;
        }
        List<LocalTime[]> special = dateHours.get(date);
        if (special != null) {
            return !special.isEmpty();
        }
        if (official != null) {
            if (officialWorkdays.contains(date)) {
                return true;
            }
            if (officialHolidays.contains(date)) {
                return false;
            }
            if (!years.contains(date.getYear())) {
                throw new CalendarRangeException(date, "calendar " + name + " has no " + official + " arrangement for "
                        + date.getYear() + (years.isEmpty() ? "" : " (known: " + years.first() + "–" + years.last() + ")")
                        + "; cannot judge " + date);
            }
        }
        if (!weekdayHours.isEmpty()) {
            // the days of the week the hours list are the days that work
            List<LocalTime[]> own = weekdayHours.get(date.getDayOfWeek());
            return own != null && !own.isEmpty();
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The hours of a working day: its own date's, its weekday's, every working day's; a make-up
     * working day on a day of the week without hours of its own works the hours of the first
     * day of the week that has some (Monday's, usually); else the whole day.
     */
    private List<LocalTime[]> hoursOf(LocalDate date) {
        List<LocalTime[]> special = dateHours.get(date);
        if (special != null) {
            return special;
        }
        List<LocalTime[]> own = weekdayHours.get(date.getDayOfWeek());
        if (own != null && !own.isEmpty()) {
            return own;
        }
        if (hours != null) {
            return hours;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            List<LocalTime[]> first = weekdayHours.get(day);
            if (first != null && !first.isEmpty()) {
                return first;
            }
        }
        return WHOLE_DAY;
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
        List<LocalTime[]> hours = working ? hoursOf(date) : List.of();
        long[] ranges = new long[2 + 2 * hours.size()];
        ranges[0] = dayStart;
        ranges[1] = nextStart;
        for (int i = 0; i < hours.size(); i++) {
            LocalTime[] range = hours.get(i);
            ranges[2 + 2 * i] = range[0].equals(LocalTime.MIDNIGHT) ? dayStart
                    : date.atTime(range[0]).atZone(zone).toEpochSecond();
            // 24:00 is the start of the next day
            ranges[3 + 2 * i] = range[1].equals(LocalTime.MAX) ? nextStart
                    : date.atTime(range[1]).atZone(zone).toEpochSecond();
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
        return "WorkingCalendar[" + name + ", " + zone + (official == null ? "" : ", " + official + " " + years)
                + (hours == null ? "" : ", hours " + CalendarText.format(hours)) + "]";
    }
}
