package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Something that happened to a fact at an instant, e.g. {@code created} or {@code accepted}. Immutable.
 */
public record Event(String name, Instant at) {

    public Event {
        requireNonNull(name, "name");
        requireNonNull(at, "at");
    }
}
