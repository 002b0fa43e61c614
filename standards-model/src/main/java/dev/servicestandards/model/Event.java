package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Something that happened to a fact at an instant, e.g. {@code created} or {@code accepted}. Immutable.
 *
 * <p>The name is compared exactly, case included, with the names a standard's clauses read
 * ({@code from}, {@code to}, {@code pause}, ...): {@code Created} is not {@code created}. A
 * name no clause reads is not an error; {@code standards lint} lists such names.
 */
public record Event(String name, Instant at) {

    public Event {
        requireNonNull(name, "name");
        requireNonNull(at, "at");
    }
}
