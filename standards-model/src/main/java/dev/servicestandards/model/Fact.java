package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.servicestandards.model.internal.facts.FieldMap;
import dev.servicestandards.model.internal.facts.FieldValues;

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
        fields = sorted(fields);
        attributes = sorted(attributes);
        events = List.copyOf(events);
        utterances = List.copyOf(utterances);
    }

    /**
     * An unmodifiable copy iterating in key order (a parser's maps are kept as they are): selectors
     * read fields on every fact, and a batch holds millions of these maps.
     */
    private static Map<String, Object> sorted(Map<String, Object> map) {
        return map.isEmpty() ? Map.of() : FieldMap.copyOf(map);
    }

    /** A fact with only type, id and events, for tests and small programs. */
    public static Fact of(String type, String id, List<Event> events) {
        return new Fact(type, id, Map.of(), Map.of(), events, List.of());
    }

    /** The value of a top-level field or attribute; {@code type} and {@code id} are fields too. */
    public Optional<Object> field(String name) {
        return Optional.ofNullable(FieldValues.lookup(this, name));
    }

    /**
     * A field or attribute as text, for the rules' selectors: text as it is, a number without
     * needless zeros ({@code 2.50} is {@code 2.5}), a boolean as {@code true} or {@code false};
     * null when the fact has no such field.
     */
    public String text(String name) {
        Object value = FieldValues.lookup(this, name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof java.math.BigDecimal number) {
            return dev.servicestandards.model.internal.Limits.plain(number);
        }
        return String.valueOf(value);
    }

    /** A field or attribute as a number (numeric text counts); null when absent or not a number. */
    public java.math.BigDecimal number(String name) {
        Object value = FieldValues.lookup(this, name);
        return value == null ? null : FieldValues.number(value).orElse(null);
    }

    /** Whether a field or attribute is missing, or blank text. */
    public boolean blank(String name) {
        return FieldValues.isBlank(FieldValues.lookup(this, name));
    }

    /**
     * Whether a field or attribute equals {@code text} as a standard writes a value: text equal,
     * numbers by value ({@code 2} is {@code 2.0}), a boolean by its name; false when missing.
     */
    public boolean is(String name, String text) {
        Object value = FieldValues.lookup(this, name);
        return value != null && FieldValues.equalsText(value, text);
    }
}
