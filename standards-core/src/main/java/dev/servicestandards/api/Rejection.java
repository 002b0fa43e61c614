package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

/**
 * An input line that could not be used, with its 1-based line number and the reason. Immutable.
 */
public record Rejection(long line, String reason) {

    public Rejection {
        requireNonNull(reason, "reason");
    }
}
