package dev.servicestandards.model.internal.facts;

import static java.util.Objects.requireNonNull;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * A fact's fields or attributes: an immutable map in key order, kept as the values of one
 * {@link Shape}, the sorted keys that facts of one form share. The generated tickets of the
 * batch benchmark took about 1.8 KB each as hashed maps of strings of their own, and take about
 * 460 bytes as field maps of shared texts (see {@link JsonLineParser}): a batch of a million is
 * that much less for the collector to mark and for the caches to hold. Lookups compare cached
 * hash codes, then the key. Null values are kept; null keys are not. Internal.
 */
public final class FieldMap extends AbstractMap<String, Object> {

    /** Up to this many keys a lookup scans the hashes; past it, it searches the sorted keys. */
    private static final int SCAN = 16;

    /**
     * Sorted, distinct keys and their hash codes, shared by every map of the same keys.
     * Immutable.
     */
    public static final class Shape {
        private final String[] keys;
        private final int[] hashes;

        private Shape(String[] sortedKeys) {
            this.keys = sortedKeys;
            this.hashes = new int[sortedKeys.length];
            for (int i = 0; i < sortedKeys.length; i++) {
                hashes[i] = sortedKeys[i].hashCode();
            }
        }

        /** The index of {@code key}, or -1. */
        int indexOf(Object key) {
            if (!(key instanceof String name)) {
                return -1;
            }
            if (keys.length > SCAN) {
                int i = Arrays.binarySearch(keys, name);
                return i >= 0 ? i : -1;
            }
            int hash = name.hashCode();
            for (int i = 0; i < keys.length; i++) {
                if (hashes[i] == hash && (keys[i] == name || keys[i].equals(name))) {
                    return i;
                }
            }
            return -1;
        }
    }

    private final Shape shape;
    private final Object[] values;

    private FieldMap(Shape shape, Object[] values) {
        this.shape = shape;
        this.values = values;
    }

    /**
     * {@code map} as a field map: itself if it is one, else an immutable copy in key order.
     *
     * @throws NullPointerException if a key is null
     */
    public static FieldMap copyOf(Map<String, ?> map) {
        if (map instanceof FieldMap fields) {
            return fields;
        }
        TreeMap<String, Object> sorted = new TreeMap<>(map);
        String[] keys = sorted.keySet().toArray(new String[0]);
        return new FieldMap(new Shape(keys), sorted.values().toArray());
    }

    @Override
    public Object get(Object key) {
        int i = shape.indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return shape.indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isEmpty() {
        return values.length == 0;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        for (int i = 0; i < values.length; i++) {
            action.accept(shape.keys[i], values[i]);
        }
    }

    /** The keys' shape, shared with the maps of the same keys that one {@link Shapes} made. */
    public Shape shape() {
        return shape;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(shape.keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    /**
     * Makes field maps from keys and values in input order, sharing one {@link Shape} between
     * the maps of the same keys in the same order: a reader of many facts of a few forms keeps
     * each form's keys once. Remembers a bounded number of forms of a bounded size, so input of
     * ever new or ever larger objects costs no more than a map each and leaves nothing behind.
     * Not thread-safe.
     */
    public static final class Shapes {
        /** The forms remembered; past this many, the oldest is forgotten. */
        static final int REMEMBERED = 64;
        /** Forms of more keys than this are not remembered: each such map has a shape of its own. */
        static final int LARGEST_REMEMBERED = 256;

        /** A form: keys in input order, their shape and where each lands in it. */
        private record Form(String[] inputKeys, Shape shape, int[] slot) {
        }

        private final List<Form> forms = new ArrayList<>();
        private int oldest;

        /**
         * The map of the first {@code count} keys and values, in input order.
         *
         * @throws IllegalArgumentException if a key repeats
         * @throws NullPointerException     if a key is null
         */
        public FieldMap map(String[] keys, Object[] values, int count) {
            Form form = count > LARGEST_REMEMBERED ? null : find(keys, count);
            if (form == null) {
                form = form(Arrays.copyOf(keys, count));
                if (count <= LARGEST_REMEMBERED) {
                    remember(form);
                }
            }
            Object[] sorted = new Object[count];
            for (int i = 0; i < count; i++) {
                sorted[form.slot[i]] = values[i];
            }
            return new FieldMap(form.shape, sorted);
        }

        private Form find(String[] keys, int count) {
            for (int f = forms.size() - 1; f >= 0; f--) {
                String[] known = forms.get(f).inputKeys;
                if (known.length == count && same(known, keys, count)) {
                    return forms.get(f);
                }
            }
            return null;
        }

        private static boolean same(String[] known, String[] keys, int count) {
            for (int i = 0; i < count; i++) {
                // a parser's keys are interned: identical when equal, but equal is what counts
                if (known[i] != keys[i] && !known[i].equals(keys[i])) {
                    return false;
                }
            }
            return true;
        }

        private static Form form(String[] inputKeys) {
            Integer[] order = new Integer[inputKeys.length];
            for (int i = 0; i < order.length; i++) {
                requireNonNull(inputKeys[i], "key");
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> inputKeys[a].compareTo(inputKeys[b]));
            String[] sorted = new String[inputKeys.length];
            int[] slot = new int[inputKeys.length];
            for (int s = 0; s < order.length; s++) {
                sorted[s] = inputKeys[order[s]];
                slot[order[s]] = s;
                if (s > 0 && sorted[s].equals(sorted[s - 1])) {
                    throw new IllegalArgumentException("key \"" + sorted[s] + "\" repeats");
                }
            }
            return new Form(inputKeys, new Shape(sorted), slot);
        }

        private void remember(Form form) {
            if (forms.size() < REMEMBERED) {
                forms.add(form);
            } else {
                forms.set(oldest, form);
                oldest = (oldest + 1) % REMEMBERED;
            }
        }
    }
}
