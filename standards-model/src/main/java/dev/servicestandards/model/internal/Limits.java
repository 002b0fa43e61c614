package dev.servicestandards.model.internal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The ranges of numbers and instants the library accepts from standards, facts and the command
 * line, in one place (docs/limits.md lists them with what happens past each). Inside these ranges
 * arithmetic on numbers and calendars cannot overflow; outside them input is refused where it is
 * read, with its location, never part-way through a run. Internal.
 */
public final class Limits {

    /**
     * A number's integer digits: its magnitude is below {@code 10^40}. Wide enough for any
     * count, amount or numeric id a CRM sends (a 19-digit order number included); the danger
     * this bounds is the exponent ({@code 1e999999999}), which would otherwise be spelt out.
     */
    public static final int MAX_INTEGER_DIGITS = 40;
    /** A number's digits after the decimal point, trailing zeros not counted. */
    public static final int MAX_DECIMALS = 40;

    /** The first year of supported instants (UTC). */
    public static final int FIRST_YEAR = 1900;
    /** The last year of supported instants (UTC). */
    public static final int LAST_YEAR = 2200;
    /** The first supported instant, 1900-01-01T00:00:00Z. */
    public static final Instant FIRST_INSTANT = Instant.parse("1900-01-01T00:00:00Z");
    /** The first instant past the supported range, 2201-01-01T00:00:00Z. */
    public static final Instant END_INSTANT = Instant.parse("2201-01-01T00:00:00Z");

    /** The longest duration a standard may state (an allowance, a tier's offset): 3660 days, about ten years. */
    public static final int MAX_DAYS = 3660;
    /** {@link #MAX_DAYS} as elapsed time. */
    public static final java.time.Duration MAX_DURATION = java.time.Duration.ofDays(MAX_DAYS);

    private Limits() {
    }

    /**
     * True when {@code number} is within the numeric range: below {@code 10^40} in magnitude and
     * at most {@value #MAX_DECIMALS} digits after the point. Cheap for any {@link BigDecimal},
     * including {@code 1E+999999999}, which is never expanded.
     */
    public static boolean isSupported(BigDecimal number) {
        if (number.signum() == 0) {
            return true;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        // integer digits = precision - scale (e.g. 123.45: 5 - 2 = 3; 0.05: 1 - 2 = -1)
        long integerDigits = (long) stripped.precision() - stripped.scale();
        return integerDigits <= MAX_INTEGER_DIGITS && stripped.scale() <= MAX_DECIMALS;
    }

    /** True when {@code instant} lies in years {@value #FIRST_YEAR}–{@value #LAST_YEAR} (UTC). */
    public static boolean isSupported(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
    }

    /**
     * {@code instant}, when supported.
     *
     * @throws IllegalArgumentException naming {@code what} and the supported years otherwise
     */
    public static Instant requireSupported(Instant instant, String what) {
        if (!isSupported(instant)) {
            throw new IllegalArgumentException(what + " " + instant + " is outside the supported years " + FIRST_YEAR
                    + "–" + LAST_YEAR + " (UTC)");
        }
        return instant;
    }

    /**
     * A number without needless zeros or exponent ({@code 2}, {@code 2.5}) when its exponent is
     * moderate, as every supported number's is; otherwise in scientific notation
     * ({@code 1E+999999999}), so printing never costs more than the number's own digits.
     */
    public static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() < -100 || stripped.scale() > 100) {
            return stripped.toString();
        }
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /**
     * A number as text of bounded length for messages: plain digits when short, otherwise
     * scientific notation ({@code 1E+999999999}), so no message ever spells out a huge number.
     */
    public static String shown(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() >= -MAX_INTEGER_DIGITS && stripped.scale() <= MAX_DECIMALS && stripped.precision() <= 40) {
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
        String text = stripped.toString();
        return text.length() <= 60 ? text : text.substring(0, 30) + "…" + text.substring(text.length() - 20);
    }
}
