package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A ticket or an interaction to be judged. Immutable.
 *
 * <p>Field values are {@link String}, {@link java.math.BigDecimal} or {@link Boolean}. Selectors,
 * {@code group-by} and {@code limit} see the top-level fields and the attributes alike (a
 * top-level field wins on a name clash).
 *
 * @param type       {@code ticket} or {@code interaction}
 * @param id         the fact's id
 * @param fields     other top-level scalar fields ({@code kind}, {@code channel}, {@code agent}, ...)
 * @param attributes the {@code attributes} object
 * @param events     events in the order given (not necessarily time order)
 * @param utterances the conversation, for interactions
 */
public record Fact(String type, String id, Map<String, Object> fields, Map<String, Object> attributes,
        List<Event> events, List<Utterance> utterances) {

    /** The two fact types of Standard Format v1. */
    public static final List<String> TYPES = List.of("ticket", "interaction");

    public Fact {
        requireNonNull(type, "type");
        requireNonNull(id, "id");
        fields = Collections.unmodifiableMap(new TreeMap<>(fields));
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
        events = List.copyOf(events);
        utterances = List.copyOf(utterances);
    }

    /** A fact with only type, id and events, for tests and small programs. */
    public static Fact of(String type, String id, List<Event> events) {
        return new Fact(type, id, Map.of(), Map.of(), events, List.of());
    }

    /** The value of a top-level field or attribute; {@code type} and {@code id} are fields too. */
    public Optional<Object> field(String name) {
        switch (name) {
            case "type":
                return Optional.of(type);
            case "id":
                return Optional.of(id);
            default:
                Object value = fields.get(name);
                return Optional.ofNullable(value != null ? value : attributes.get(name));
        }
    }
}
