package dev.servicestandards.internal.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.servicestandards.api.CalendarRangeException;

/**
 * The official PRC calendar ({@code cn-official}): Monday to Friday, minus the public holidays,
 * plus the make-up working days, for the years whose State Council arrangement ships in
 * {@code cn-official.txt}. Immutable. Internal.
 */
public final class OfficialCalendar {

    /** The calendar read from the shipped data. */
    public static final OfficialCalendar CN = load("cn-official.txt");

    private final SortedSet<Integer> years;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;

    private OfficialCalendar(SortedSet<Integer> years, Set<LocalDate> holidays, Set<LocalDate> workdays) {
        this.years = Collections.unmodifiableSortedSet(years);
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
    }

    /** The years with shipped data. */
    public SortedSet<Integer> years() {
        return years;
    }

    /** Whether {@code date} is an official working day; throws for a year without data. */
    public boolean isWorkingDay(LocalDate date) {
        if (!years.contains(date.getYear())) {
            throw new CalendarRangeException(date, "calendar cn-official has no State Council arrangement for "
                    + date.getYear() + " (shipped: " + years.first() + "–" + years.last() + "); cannot judge " + date);
        }
        if (workdays.contains(date)) {
            return true;
        }
        if (holidays.contains(date)) {
            return false;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    static OfficialCalendar load(String resource) {
        SortedSet<Integer> years = new TreeSet<>();
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        try (InputStream in = OfficialCalendar.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing calendar data " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String[] words = line.strip().split("\\s+");
                if (words[0].isEmpty() || words[0].startsWith("#")) {
                    continue;
                }
                try {
                    switch (words[0]) {
                        case "year" -> years.add(Integer.parseInt(words[1]));
                        case "holiday" -> {
                            String[] range = words[1].split("\\.\\.");
                            LocalDate from = LocalDate.parse(range[0]);
                            LocalDate to = range.length > 1 ? LocalDate.parse(range[1]) : from;
                            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                                holidays.add(d);
                            }
                        }
                        case "workday" -> workdays.add(LocalDate.parse(words[1]));
                        default -> throw new IllegalArgumentException("unknown entry " + words[0]);
                    }
                } catch (RuntimeException e) {
                    throw new IllegalStateException(resource + ":" + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (LocalDate d : holidays) {
            if (!years.contains(d.getYear()) || workdays.contains(d)) {
                throw new IllegalStateException(resource + ": " + d + " is outside the declared years or also a workday");
            }
        }
        return new OfficialCalendar(years, holidays, workdays);
    }
}
