package dev.servicestandards.rules.internal.monitor;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The values the live monitor accepts, from event lines and from snapshots alike: instants in a
 * range where calendar arithmetic is total, and numbers bounded before any arithmetic is done on
 * them. Each check returns the value or throws {@link IllegalArgumentException} with the reason
 * (without the field's name, which the caller adds). Internal.
 */
public final class EventValues {

    /** The earliest instant an event may carry (inclusive). */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    /** The instant events must be before (exclusive). */
    public static final Instant END = Instant.parse("2201-01-01T00:00:00Z");
    /** A number is less than 10 to this power in magnitude. */
    public static final int MAX_NUMBER_DIGITS = 15;
    /** A number has at most this many decimal places (trailing zeros aside). */
    public static final int MAX_DECIMALS = 20;

    private EventValues() {
    }

    /** {@code instant}, if in [{@link #EARLIEST}, {@link #END}). */
    public static Instant instant(Instant instant, String text) {
        if (instant.isBefore(EARLIEST) || !instant.isBefore(END)) {
            throw new IllegalArgumentException(text + " is outside the supported range " + EARLIEST + " (inclusive) to " + END
                    + " (exclusive)");
        }
        return instant;
    }

    /**
     * {@code d} without trailing zeros, if less than 10^{@link #MAX_NUMBER_DIGITS} in magnitude and
     * with at most {@link #MAX_DECIMALS} decimal places. Reads only the representation, so
     * {@code 1e999999999} is refused at no cost.
     */
    public static BigDecimal number(BigDecimal d) {
        if (d.signum() == 0) {
            return BigDecimal.ZERO;
        }
        long exponent = (long) d.precision() - d.scale() - 1;
        if (exponent >= MAX_NUMBER_DIGITS) {
            throw new IllegalArgumentException("a number must be less than 1E" + MAX_NUMBER_DIGITS + " in magnitude");
        }
        if (exponent < -MAX_DECIMALS) {
            throw new IllegalArgumentException("a number may have at most " + MAX_DECIMALS + " decimal places");
        }
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException("a number may have at most " + MAX_DECIMALS + " decimal places");
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
