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

    /** Keys and values alternating, keys in order. */
    private final Object[] entries;
    private final ZoneId zone;

    private Evidence(Object[] entries, ZoneId zone) {
        this.entries = entries;
        this.zone = zone;
    }

    /** A builder for evidence whose instants print in {@code zone}. */
    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    @Override
    public int size() {
        return entries.length / 2;
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
                return Evidence.this.size();
            }

            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size();
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= size()) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>((String) entries[2 * i], shown(i));
                    }
                };
            }
        };
    }

    /** The index of the entry with {@code key}, or -1. Evidence has a handful of keys: a scan. */
    private int indexOf(Object key) {
        for (int i = 0; i < size(); i++) {
            if (entries[2 * i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private Object shown(int i) {
        Object value = entries[2 * i + 1];
        return value instanceof Instant at ? ReportValues.instant(at, zone) : value;
    }

    /**
     * Collects evidence; a key put twice keeps its last value, as a map would. {@link #build}
     * starts it over empty, so one builder serves one evaluation. Not thread-safe.
     */
    public static final class Builder {
        private final ZoneId zone;
        private Object[] entries = new Object[8];
        private int size;

        private Builder(ZoneId zone) {
            this.zone = requireNonNull(zone, "zone");
        }

        /** Adds text, a number, a list of text, or an instant (printed when read). */
        public Builder put(String key, Object value) {
            requireNonNull(key, "key");
            requireNonNull(value, "value");
            for (int i = 0; i < size; i++) {
                if (entries[2 * i].equals(key)) {
                    entries[2 * i + 1] = value;
                    return this;
                }
            }
            if (2 * size == entries.length) {
                entries = Arrays.copyOf(entries, entries.length * 2);
            }
            entries[2 * size] = key;
            entries[2 * size + 1] = value;
            size++;
            return this;
        }

        /** The evidence put since the last build, in key order; the builder is empty again. */
        public Evidence build() {
            Object[] out = Arrays.copyOf(entries, 2 * size);
            // insertion sort: evidence has a handful of keys
            for (int i = 1; i < size; i++) {
                for (int j = i; j > 0 && ((String) out[2 * j - 2]).compareTo((String) out[2 * j]) > 0; j--) {
                    swap(out, 2 * j - 2, 2 * j);
                    swap(out, 2 * j - 1, 2 * j + 1);
                }
            }
            Arrays.fill(entries, 0, 2 * size, null);
            size = 0;
            return new Evidence(out, zone);
        }

        private static void swap(Object[] a, int i, int j) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
