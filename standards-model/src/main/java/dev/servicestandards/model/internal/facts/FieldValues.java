package dev.servicestandards.model.internal.facts;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.servicestandards.model.Fact;

/** Comparing fact values (String, BigDecimal, Boolean) with the text a standard writes. Internal. */
public final class FieldValues {

    private FieldValues() {
    }

    /**
     * The value of a field as selectors, limits and groupings see it, or null: {@code type} and
     * {@code id}, then top-level fields, then attributes (a top-level field wins on a name clash).
     * The one definition; {@link Fact#field} wraps it.
     */
    public static Object lookup(Fact fact, String name) {
        return switch (name) {
            case "type" -> fact.type();
            case "id" -> fact.id();
            default -> {
                Object field = fact.fields().get(name);
                yield field != null ? field : fact.attributes().get(name);
            }
        };
    }

    /**
     * Field names as lookups should be given them: interned. The JSON Lines parser (Jackson)
     * interns a fact's keys, so a lookup by an interned name finds its key by identity, without
     * comparing text; a name that is not interned is found all the same, by equality.
     */
    public static String[] names(List<String> names) {
        String[] interned = new String[names.size()];
        for (int i = 0; i < interned.length; i++) {
            interned[i] = names.get(i).intern();
        }
        return interned;
    }

    /** An unmodifiable sorted copy, with unmodifiable value lists. */
    public static Map<String, List<String>> copySorted(Map<String, List<String>> conditions) {
        TreeMap<String, List<String>> copy = new TreeMap<>();
        conditions.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    /** Whether a fact value equals one of the texts; numbers compare by value ({@code 2} = {@code 2.0}). */
    public static boolean equalsAny(Object value, List<String> texts) {
        // by index: selectors try their lists on every fact, and an iterator is an object each time
        for (int i = 0; i < texts.size(); i++) {
            if (equalsText(value, texts.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a fact value equals one text written in a standard. */
    public static boolean equalsText(Object value, String text) {
        if (value instanceof String string) {
            return string.equals(text);
        }
        if (value instanceof BigDecimal number) {
            Optional<BigDecimal> other = number(text);
            return other.isPresent() && number.compareTo(other.get()) == 0;
        }
        return String.valueOf(value).equals(text);
    }

    /** The value as a number, if it is one (numeric text counts). */
    public static Optional<BigDecimal> number(Object value) {
        if (value instanceof BigDecimal number) {
            return Optional.of(number);
        }
        if (value instanceof String text && text.length() <= 100) {
            try {
                return Optional.of(new BigDecimal(text.strip()));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether a value is missing or blank text. */
    public static boolean isBlank(Object value) {
        return value == null || value instanceof String text && text.isBlank();
    }
}
