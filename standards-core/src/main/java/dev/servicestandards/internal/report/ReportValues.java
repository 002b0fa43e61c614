package dev.servicestandards.internal.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How reports print values, one place for all writers and evidence. Internal. */
public final class ReportValues {

    private static final long SECONDS_PER_DAY = 86_400;
    /** The days the fast path of {@link #instant} prints: four-digit years. */
    private static final long FIRST_DAY = java.time.LocalDate.of(1000, 1, 1).toEpochDay();
    private static final long LAST_DAY = java.time.LocalDate.of(9999, 12, 31).toEpochDay();

    private ReportValues() {
    }

    /**
     * An instant in the report's zone with its offset, e.g. {@code 2025-03-05T09:15:00+08:00}:
     * exactly what {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} prints, built without it for
     * the common case (years 1000–9999, offsets in whole minutes).
     */
    public static String instant(Instant instant, ZoneId zone) {
        java.time.ZoneOffset offset = zone.getRules().getOffset(instant);
        int offsetSeconds = offset.getTotalSeconds();
        long local = instant.getEpochSecond() + offsetSeconds;
        long day = Math.floorDiv(local, SECONDS_PER_DAY);
        if (day < FIRST_DAY || day > LAST_DAY || offsetSeconds % 60 != 0) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
        }
        java.time.LocalDate date = java.time.LocalDate.ofEpochDay(day);
        int second = (int) Math.floorMod(local, SECONDS_PER_DAY);
        // printed straight into Latin-1 bytes: evidence and reports print millions of instants
        byte[] out = new byte[35];
        int n = digits(out, 0, date.getYear(), 4);
        out[n++] = '-';
        n = digits(out, n, date.getMonthValue(), 2);
        out[n++] = '-';
        n = digits(out, n, date.getDayOfMonth(), 2);
        out[n++] = 'T';
        n = digits(out, n, second / 3600, 2);
        out[n++] = ':';
        n = digits(out, n, second / 60 % 60, 2);
        out[n++] = ':';
        n = digits(out, n, second % 60, 2);
        int nano = instant.getNano();
        if (nano > 0) {
            // like ISO_LOCAL_TIME: nine digits, trailing zeros dropped
            out[n++] = '.';
            int last = digits(out, n, nano, 9);
            while (out[last - 1] == '0') {
                last--;
            }
            n = last;
        }
        String id = offset.getId();
        for (int i = 0; i < id.length(); i++) {
            out[n++] = (byte) id.charAt(i);
        }
        return new String(out, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Writes {@code value} as exactly {@code width} decimal digits at {@code at}; returns the index after them. */
    private static int digits(byte[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }

    /** A measured value as reports print it: at most 4 decimals, half-even. */
    public static BigDecimal rounded(BigDecimal value) {
        return value.scale() <= 4 ? value : value.setScale(4, java.math.RoundingMode.HALF_EVEN);
    }

    /**
     * A number without needless zeros or exponent: {@code 2}, {@code 2.5}; a number far outside
     * the supported range (only the Java API can bring one) in scientific notation, never spelt out.
     */
    public static String number(BigDecimal number) {
        return dev.servicestandards.model.internal.Limits.plain(number);
    }
}
