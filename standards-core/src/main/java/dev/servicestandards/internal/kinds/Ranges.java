package dev.servicestandards.internal.kinds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Dates written back as the calendar notation writes them: runs of days as ranges. Internal. */
final class Ranges {

    private Ranges() {
    }

    /** {@code 2026-01-01..2026-01-03}, {@code 2026-01-05}, ... in date order. */
    static List<String> of(Collection<LocalDate> dates) {
        List<String> out = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate d : new TreeSet<>(dates)) {
            if (last != null && d.equals(last.plusDays(1))) {
                last = d;
                continue;
            }
            if (first != null) {
                out.add(range(first, last));
            }
            first = d;
            last = d;
        }
        if (first != null) {
            out.add(range(first, last));
        }
        return out;
    }

    /** The dates of each name (in the order each name first appears by date), as ranges. */
    static Map<String, List<String>> byName(Map<LocalDate, String> named) {
        Map<String, List<LocalDate>> dates = new LinkedHashMap<>();
        named.forEach((date, name) -> dates.computeIfAbsent(name, n -> new ArrayList<>()).add(date));
        Map<String, List<String>> out = new LinkedHashMap<>();
        dates.forEach((name, days) -> out.put(name, of(days)));
        return out;
    }

    /** Each run of consecutive dates with the same value, as a range, to that value's text. */
    static <V> Map<String, String> byValue(Map<LocalDate, V> dated, java.util.function.Function<V, String> text) {
        Map<String, String> out = new LinkedHashMap<>();
        LocalDate first = null;
        LocalDate last = null;
        String current = null;
        for (Map.Entry<LocalDate, V> e : new java.util.TreeMap<>(dated).entrySet()) {
            String value = text.apply(e.getValue());
            if (last != null && e.getKey().equals(last.plusDays(1)) && value.equals(current)) {
                last = e.getKey();
                continue;
            }
            if (first != null) {
                out.put(range(first, last), current);
            }
            first = e.getKey();
            last = e.getKey();
            current = value;
        }
        if (first != null) {
            out.put(range(first, last), current);
        }
        return out;
    }

    private static String range(LocalDate first, LocalDate last) {
        return first.equals(last) ? first.toString() : first + ".." + last;
    }
}
