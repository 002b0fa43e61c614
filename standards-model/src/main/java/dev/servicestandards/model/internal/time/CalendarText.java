package dev.servicestandards.model.internal.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The notations of calendars: dates and date ranges ({@code 2026-02-15..2026-02-23}), working
 * hours ({@code 09:00-12:00, 13:30-18:00}, {@code 24:00} for midnight at the end) and days of the
 * week ({@code mon-fri}, {@code sat}, {@code mon,wed}). Each parse throws
 * {@link IllegalArgumentException} with the reason. Internal.
 */
public final class CalendarText {

    /** The longest range of dates one entry may span: a year and a day. */
    public static final int MAX_RANGE_DAYS = 367;

    private static final List<String> DAY_NAMES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    /** The hours of a day that does not work. */
    public static final String CLOSED = "closed";

    private CalendarText() {
    }

    /** The dates of {@code 2026-01-01} or {@code 2026-01-01..2026-01-03} (inclusive), in order. */
    public static List<LocalDate> dates(String text) {
        String t = text.strip();
        int dots = t.indexOf("..");
        try {
            LocalDate from = LocalDate.parse(dots < 0 ? t : t.substring(0, dots).strip());
            LocalDate to = dots < 0 ? from : LocalDate.parse(t.substring(dots + 2).strip());
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("'" + t + "' ends before it starts");
            }
            if (to.toEpochDay() - from.toEpochDay() >= MAX_RANGE_DAYS) {
                throw new IllegalArgumentException("'" + t + "' spans more than " + MAX_RANGE_DAYS + " days");
            }
            List<LocalDate> out = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                out.add(d);
            }
            return out;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + t + "' is not a date (YYYY-MM-DD) or a range of dates (YYYY-MM-DD..YYYY-MM-DD)");
        }
    }

    /**
     * Working hours {@code HH:MM-HH:MM[, HH:MM-HH:MM ...]}, ascending and not overlapping, each
     * as {@code [start, end)}; {@code 24:00} ends at midnight ({@link LocalTime#MAX});
     * {@code closed} for none.
     */
    public static List<LocalTime[]> hours(String text) {
        if (text.strip().equals(CLOSED)) {
            return List.of();
        }
        List<LocalTime[]> out = new ArrayList<>();
        LocalTime previousEnd = null;
        for (String range : text.split(",")) {
            String r = range.strip();
            int dash = r.indexOf('-');
            try {
                if (dash != 5 || r.length() != 11) {
                    throw new DateTimeException("not HH:MM-HH:MM");
                }
                LocalTime start = LocalTime.parse(r.substring(0, 5));
                String endText = r.substring(6);
                LocalTime end = endText.equals("24:00") ? LocalTime.MAX : LocalTime.parse(endText);
                if (!start.isBefore(end) || previousEnd != null && start.isBefore(previousEnd)) {
                    throw new DateTimeException("unordered");
                }
                out.add(new LocalTime[] {start, end});
                previousEnd = end;
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("'" + text.strip() + "' is not a list of working hours: use HH:MM-HH:MM "
                        + "ranges, ascending and not overlapping, e.g. 09:00-12:00,13:30-18:00");
            }
        }
        return List.copyOf(out);
    }

    /** The days of {@code mon-fri}, {@code sat}, {@code sat,sun} or {@code mon-wed,fri}. */
    public static Set<DayOfWeek> weekdays(String text) {
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.toLowerCase(Locale.ROOT).split(",")) {
            String p = part.strip();
            int dash = p.indexOf('-');
            int from = DAY_NAMES.indexOf(dash < 0 ? p : p.substring(0, dash).strip());
            int to = dash < 0 ? from : DAY_NAMES.indexOf(p.substring(dash + 1).strip());
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("'" + text.strip() + "' is not a day of the week or a range of them: "
                        + "use mon, tue, wed, thu, fri, sat, sun, e.g. mon-fri or sat,sun");
            }
            for (int d = from; d <= to; d++) {
                out.add(DayOfWeek.of(d + 1));
            }
        }
        return out;
    }

    /** The notation of hours, as {@link #hours} reads it. */
    public static String format(List<LocalTime[]> hours) {
        StringBuilder out = new StringBuilder();
        for (LocalTime[] range : hours) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(range[0]).append('-').append(range[1].equals(LocalTime.MAX) ? "24:00" : range[1].toString());
        }
        return out.toString();
    }
}
