package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * What a violation costs: penalty points, and money beside them when the standard states an
 * amount (charged only with points). Immutable.
 *
 * @param points   the points charged
 * @param amount   the money charged, or null
 * @param currency the currency of {@code amount}, or null
 */
public record Charge(BigDecimal points, BigDecimal amount, String currency) {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    public Charge {
        requireNonNull(points, "points");
        if (points.signum() == 0) {
            amount = null;
            currency = null;
        }
    }

    /** {@code points} points, no money. */
    public static Charge points(BigDecimal points) {
        return new Charge(points, null, null);
    }

    /** {@code points} points and, when points are charged, {@code amount} in {@code currency}. */
    public static Charge of(BigDecimal points, BigDecimal amount, String currency) {
        return new Charge(points, amount, currency);
    }

    /**
     * The points of one more violation when each costs {@code points} and a fact may be charged at
     * most {@code max} for the clause, after {@code before} violations were charged:
     * {@code min(points, max(0, max - points × before))}.
     */
    public static BigDecimal capped(BigDecimal points, BigDecimal max, long before) {
        BigDecimal left = max.subtract(points.multiply(BigDecimal.valueOf(before))).max(BigDecimal.ZERO);
        return points.min(left);
    }

    /** {@code points} for each started hour of {@code late}, at most {@code max} (null: no cap). */
    public static BigDecimal perHour(BigDecimal points, Duration late, BigDecimal max) {
        BigDecimal hours = new BigDecimal(late.getSeconds()).add(BigDecimal.valueOf(late.getNano(), 9))
                .divide(SECONDS_PER_HOUR, 0, RoundingMode.CEILING);
        BigDecimal due = points.multiply(hours);
        return max == null ? due : due.min(max);
    }

    /** {@code points} for each of {@code tiers} escalation tiers reached, at most {@code max} (null: no cap). */
    public static BigDecimal perTier(BigDecimal points, int tiers, BigDecimal max) {
        BigDecimal due = points.multiply(BigDecimal.valueOf(tiers));
        return max == null ? due : due.min(max);
    }
}
