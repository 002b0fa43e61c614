package dev.servicestandards.internal.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How reports print values, one place for all writers and evidence. Internal. */
public final class ReportValues {

    private ReportValues() {
    }

    /** An instant in the report's zone with its offset, e.g. {@code 2025-03-05T09:15:00+08:00}. */
    public static String instant(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
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
