package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Duration;

import dev.servicestandards.model.internal.time.DurationText;

/**
 * One escalation tier of a time-limit: reached when {@code percent} of the allowed time has been
 * used, plus {@code offset} (counted on the clause's calendar). {@code 100% + 24h} is the deadline
 * plus 24 hours. Immutable.
 *
 * @param tier     the tier's name, e.g. {@code station}
 * @param percent  the share of the allowed time, e.g. 75 or 100
 * @param offset   time added after that share, zero if none
 * @param location where the tier is written
 */
public record EscalationTier(String tier, BigDecimal percent, Duration offset, SourceLocation location) {

    public EscalationTier {
        requireNonNull(tier, "tier");
        requireNonNull(percent, "percent");
        requireNonNull(offset, "offset");
        requireNonNull(location, "location");
    }

    /** The {@code at} as a standard writes it: {@code 75%}, {@code 100% + 24h}. */
    public String at() {
        String p = percent.stripTrailingZeros().toPlainString() + "%";
        return offset.isZero() ? p : p + " + " + DurationText.format(offset);
    }
}
