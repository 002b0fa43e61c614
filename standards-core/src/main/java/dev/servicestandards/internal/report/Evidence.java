package dev.servicestandards.internal.report;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A finding's evidence: an unmodifiable map in key order whose instants are printed in the
 * report's zone ({@link ReportValues#instant}) when they are read rather than when they are
 * found. An evaluation finds hundreds of thousands of deadlines and event times and prints few
 * of them, and an instant is a third of the memory of its text. Every reader sees the same text,
 * so the map is equal to, and hashes like, its printed copy. Immutable. Internal.
 */
public final class Evidence extends AbstractMap<String, Object> {

    private final String[] keys;
    private final Object[] values;
    private final ZoneId zone;

    private Evidence(String[] keys, Object[] values, ZoneId zone) {
        this.keys = keys;
        this.values = values;
        this.zone = zone;
    }

    /** A builder for evidence whose instants print in {@code zone}. */
    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : shown(i);
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[i], shown(i));
                    }
                };
            }
        };
    }

    private int indexOf(Object key) {
        return key instanceof String name ? Arrays.binarySearch(keys, name) : -1;
    }

    private Object shown(int i) {
        return values[i] instanceof Instant at ? ReportValues.instant(at, zone) : values[i];
    }

    /** Collects evidence; a key put twice keeps its last value, as a map would. Not thread-safe. */
    public static final class Builder {
        private final ZoneId zone;
        private String[] keys = new String[4];
        private Object[] values = new Object[4];
        private int size;

        private Builder(ZoneId zone) {
            this.zone = requireNonNull(zone, "zone");
        }

        /** Adds text, a number, a list of text, or an instant (printed when read). */
        public Builder put(String key, Object value) {
            requireNonNull(key, "key");
            requireNonNull(value, "value");
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    values[i] = value;
                    return this;
                }
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size] = value;
            size++;
            return this;
        }

        /** The evidence so far, in key order. */
        public Evidence build() {
            String[] k = Arrays.copyOf(keys, size);
            Object[] v = Arrays.copyOf(values, size);
            // insertion sort: evidence has a handful of keys
            for (int i = 1; i < size; i++) {
                for (int j = i; j > 0 && k[j - 1].compareTo(k[j]) > 0; j--) {
                    String key = k[j];
                    k[j] = k[j - 1];
                    k[j - 1] = key;
                    Object value = v[j];
                    v[j] = v[j - 1];
                    v[j - 1] = value;
                }
            }
            return new Evidence(k, v, zone);
        }
    }
}
