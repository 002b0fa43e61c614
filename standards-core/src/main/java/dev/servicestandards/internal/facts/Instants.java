package dev.servicestandards.internal.facts;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * A fast path for the instants facts carry most often, {@code 2025-03-03T09:15:00+08:00} and
 * {@code 2025-03-03T01:15:00Z} (optionally with a fraction of a second). Anything else is left
 * to {@link java.time.format.DateTimeFormatter#ISO_OFFSET_DATE_TIME}. Internal.
 */
final class Instants {

    private Instants() {
    }

    /**
     * The instant, or null when the text is not in the common shape (the caller then uses the
     * full parser, which also produces the error).
     *
     * @throws DateTimeException for a common-shaped text with impossible fields (month 13, 30 February)
     */
    static Instant parseCommon(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            int length = i - start;
            if (length == 0 || length > 9) {
                return null;
            }
            nanos = digits(s, start, i);
            for (int k = length; k < 9; k++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int hours = digits(s, i + 1, i + 3);
            int minutes = digits(s, i + 4, i + 6);
            if (hours < 0 || minutes < 0) {
                return null;
            }
            offset = ZoneOffset.ofHoursMinutes(s.charAt(i) == '-' ? -hours : hours, s.charAt(i) == '-' ? -minutes : minutes);
        } else {
            return null;
        }
        LocalDate date = LocalDate.of(year, month, day);
        LocalTime time = LocalTime.of(hour, minute, second, nanos);
        return Instant.ofEpochSecond(date.toEpochDay() * 86_400 + time.toSecondOfDay() - offset.getTotalSeconds(), nanos);
    }

    /** The decimal number in {@code s[from, to)}, or -1 if a char is not a digit. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
