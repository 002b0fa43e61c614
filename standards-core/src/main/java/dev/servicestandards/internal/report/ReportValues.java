package dev.servicestandards.internal.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How reports print values, one place for all writers and evidence. Internal. */
public final class ReportValues {

    private ReportValues() {
    }

    /**
     * An instant in the report's zone with its offset, e.g. {@code 2025-03-05T09:15:00+08:00}:
     * exactly what {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} prints, built without it for
     * the common case (years 1000–9999, offsets in whole minutes).
     */
    public static String instant(Instant instant, ZoneId zone) {
        java.time.ZoneOffset offset = zone.getRules().getOffset(instant);
        java.time.LocalDateTime local = java.time.LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset);
        if (local.getYear() < 1000 || local.getYear() > 9999 || offset.getTotalSeconds() % 60 != 0) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
        }
        StringBuilder out = new StringBuilder(32);
        out.append(local.getYear()).append('-');
        two(out, local.getMonthValue()).append('-');
        two(out, local.getDayOfMonth()).append('T');
        two(out, local.getHour()).append(':');
        two(out, local.getMinute()).append(':');
        two(out, local.getSecond());
        if (local.getNano() > 0) {
            // like ISO_LOCAL_TIME: nine digits, trailing zeros dropped
            String digits = Integer.toString(1_000_000_000 + local.getNano()).substring(1);
            int length = digits.length();
            while (digits.charAt(length - 1) == '0') {
                length--;
            }
            out.append('.').append(digits, 0, length);
        }
        return out.append(offset.getId()).toString();
    }

    private static StringBuilder two(StringBuilder out, int n) {
        return out.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    /** A measured value as reports print it: at most 4 decimals, half-even. */
    public static BigDecimal rounded(BigDecimal value) {
        return value.setScale(Math.min(value.scale(), 4), java.math.RoundingMode.HALF_EVEN);
    }

    /** A number without needless zeros or exponent: {@code 2}, {@code 2.5}. */
    public static String number(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
