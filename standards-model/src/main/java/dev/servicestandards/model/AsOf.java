package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The instant a rule set judges at: events after it have not happened yet. Insert exactly one
 * into a session beside the facts. Immutable.
 */
public final class AsOf {

    private final Instant instant;

    public AsOf(Instant instant) {
        this.instant = requireNonNull(instant, "instant");
    }

    /** The as-of instant of {@code text}, an ISO-8601 instant with offset or {@code Z}. */
    public static AsOf parse(String text) {
        return new AsOf(java.time.OffsetDateTime.parse(text).toInstant());
    }

    public Instant getInstant() {
        return instant;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AsOf other && instant.equals(other.instant);
    }

    @Override
    public int hashCode() {
        return instant.hashCode();
    }

    @Override
    public String toString() {
        return "AsOf[" + instant + "]";
    }
}
