package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.servicestandards.model.internal.facts.FieldMap;
import dev.servicestandards.model.internal.facts.FieldValues;

/**
 * A ticket or an interaction to be judged. Immutable.
 *
 * <p>A fact built in code is held to the rules a fact read from JSON is held to, so the two behave
 * alike:
 * <ul>
 * <li>{@code type} is {@code ticket} or {@code interaction}, exactly as written (lower case, as in
 *     the JSON facts and in {@code applies-to}); {@code id} and event names are non-blank text.</li>
 * <li>Field and attribute values are {@link String}, {@link Boolean} or a number. Any
 *     {@link Number} is accepted and kept as the {@link BigDecimal} the same JSON number would
 *     read as: {@code 4}, {@code 4L}, {@code BigInteger.valueOf(4)} and {@code 4.0} all compare
 *     equal to a standard's {@code 4}; a {@code double} or {@code float} keeps the digits it prints
 *     ({@code 0.1} is {@code 0.1}). A null value is left out, as a JSON {@code null} is.</li>
 * <li>Names are compared exactly: field and attribute names, their text values and event names
 *     are case-sensitive, as a standard writes them ({@code Created} is not {@code created}).</li>
 * </ul>
 * Selectors, {@code group-by} and {@code limit} see the top-level fields and the attributes alike
 * (a top-level field wins on a name clash).
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

    /**
     * Checks and normalizes the fact as described above.
     *
     * @throws IllegalArgumentException if {@code type} is not one of {@link #TYPES}, {@code id} or an
     *                                  event name is blank, or a value is not text, a boolean or a
     *                                  finite number
     * @throws NullPointerException     if an argument, a key, an event or an utterance is null
     */
    public Fact {
        requireNonNull(type, "type");
        requireNonNull(id, "id");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("fact type \"" + type + "\" is neither \"ticket\" nor \"interaction\""
                    + " (types are written in lower case)");
        }
        if (id.isBlank()) {
            throw new IllegalArgumentException("fact id is blank");
        }
        fields = sorted(requireNonNull(fields, "fields"), "field");
        attributes = sorted(requireNonNull(attributes, "attributes"), "attribute");
        events = List.copyOf(events);
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).name().isBlank()) {
                throw new IllegalArgumentException("event " + i + " of fact \"" + id + "\" has a blank name");
            }
        }
        utterances = List.copyOf(utterances);
    }

    /**
     * An unmodifiable copy iterating in key order, with values as JSON would give them (a parser's
     * maps are kept as they are): selectors read fields on every fact, and a batch holds millions
     * of these maps.
     */
    private static Map<String, Object> sorted(Map<String, Object> map, String what) {
        if (map.isEmpty()) {
            return Map.of();
        }
        if (!needsNormalizing(map)) {
            return FieldMap.copyOf(map);
        }
        Map<String, Object> normalized = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            requireNonNull(key, what + " name");
            if (value != null) {
                normalized.put(key, value(value, what, key));
            }
        });
        return normalized.isEmpty() ? Map.of() : FieldMap.copyOf(normalized);
    }

    /** Whether some value is null or not yet a String, BigDecimal or Boolean. */
    private static boolean needsNormalizing(Map<String, Object> map) {
        // forEach: a parser's field map walks its values without an entry object each
        boolean[] needs = new boolean[1];
        map.forEach((key, value) -> {
            if (!(value instanceof String || value instanceof BigDecimal || value instanceof Boolean)) {
                needs[0] = true;
            }
        });
        return needs[0];
    }

    /** A value as the JSON reader would hold it. */
    private static Object value(Object value, String what, String key) {
        if (value instanceof String || value instanceof Boolean || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Number number) {
            return number(number, what, key);
        }
        throw new IllegalArgumentException(what + " \"" + key + "\" is a " + value.getClass().getName()
                + "; a fact's values are text, booleans or numbers, as in JSON");
    }

    /** A number as the {@link BigDecimal} its JSON form reads as. */
    private static BigDecimal number(Number number, String what, String key) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return BigDecimal.valueOf(number.longValue());
        }
        if (number instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException(what + " \"" + key + "\" is " + number
                        + "; JSON has no such number, so a fact cannot hold it");
            }
            // the digits the number prints, as JSON would write it: 0.1f is 0.1, not 0.100000001490116...
            return new BigDecimal(number.toString());
        }
        // other Numbers (AtomicLong, LongAdder, DoubleAdder, a caller's own): by the digits they print
        String text = number.toString();
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notDigits) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException(what + " \"" + key + "\" is " + text
                        + "; JSON has no such number, so a fact cannot hold it", notDigits);
            }
            return BigDecimal.valueOf(d);
        }
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
