package dev.servicestandards.rules.api;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import dev.servicestandards.model.Event;

/**
 * Something that happened to a ticket or interaction, fed to the live monitor. The first event
 * of a fact may carry its selector fields ({@code kind}, {@code priority} ...); later ones may add
 * to them. Immutable.
 *
 * @param fact       the fact id
 * @param type       {@code ticket} or {@code interaction}
 * @param event      the event
 * @param fields     top-level fields of the fact, seen by selectors
 * @param attributes attributes of the fact, seen by selectors
 */
public record LiveEvent(String fact, String type, Event event, Map<String, Object> fields, Map<String, Object> attributes) {

    public LiveEvent {
        requireNonNull(fact, "fact");
        requireNonNull(type, "type");
        requireNonNull(event, "event");
        fields = Collections.unmodifiableMap(new TreeMap<>(fields));
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /** An event without fields. */
    public static LiveEvent of(String fact, String type, Event event) {
        return new LiveEvent(fact, type, event, Map.of(), Map.of());
    }
}
