package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Penalty points (and optionally money) a breach costs. Immutable.
 *
 * @param points   points per finding (or per fact, see {@code per})
 * @param per      whether every occurrence counts or at most one per fact
 * @param max      cap on the points of this clause for one fact
 * @param amount   optional monetary amount, reported beside the points
 * @param currency the currency of {@code amount}, e.g. {@code CNY}
 */
public record Penalty(BigDecimal points, Per per, Optional<BigDecimal> max, Optional<BigDecimal> amount,
        Optional<String> currency) {

    /**
     * What the points are counted against: each violation, at most one violation of a fact, each
     * started hour a time limit's clock ran late, or each escalation tier it reached.
     */
    public enum Per { OCCURRENCE, FACT, HOUR_LATE, TIER }

    public Penalty {
        requireNonNull(points, "points");
        requireNonNull(per, "per");
        requireNonNull(max, "max");
        requireNonNull(amount, "amount");
        requireNonNull(currency, "currency");
    }
}
