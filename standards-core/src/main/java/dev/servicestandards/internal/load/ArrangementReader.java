package dev.servicestandards.internal.load;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import dev.servicestandards.api.ProblemCode;
import dev.servicestandards.model.Arrangement;
import dev.servicestandards.model.internal.time.CalendarText;

/**
 * Reads official arrangements, year by year, in the one format of calendar data files and of a
 * standard's {@code arrangements:} block (docs/calendars.md):
 *
 * <pre>
 * 2027:
 *   notice: 国务院办公厅关于2027年部分节假日安排的通知 (2026-11-..)
 *   source: https://...              # optional
 *   holidays: { 元旦: 2027-01-01, 春节: 2027-02-05..2027-02-11 }
 *   workdays: { 春节调休: [2027-01-31, 2027-02-20] }
 * </pre>
 *
 * Every problem is reported through the tree with its location. Internal.
 */
final class ArrangementReader {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;

    private final YamlTree tree;

    ArrangementReader(YamlTree tree) {
        this.tree = tree;
    }

    /** The years of an arrangements mapping, in year order; years with problems are left out. */
    SortedMap<Integer, Arrangement> years(Node node, String path) {
        SortedMap<Integer, Arrangement> out = new TreeMap<>();
        tree.mapping(node, path, null).ifPresent(m -> m.values().forEach((key, value) -> {
            String yearPath = m.pathOf(key);
            Optional<Integer> year = year(key);
            if (year.isEmpty()) {
                tree.error(m.keys().get(key), yearPath, ProblemCode.BAD_YEAR, YamlTree.shorten(key));
                return;
            }
            year(year.get(), value, yearPath).ifPresent(a -> out.put(a.year(), a));
        }));
        return out;
    }

    private static Optional<Integer> year(String text) {
        if (text.length() != 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int year = Integer.parseInt(text);
        return year >= MIN_YEAR && year <= MAX_YEAR ? Optional.of(year) : Optional.empty();
    }

    private Optional<Arrangement> year(int year, Node node, String path) {
        Optional<YamlTree.Mapping> mapping = tree.mapping(node, path, Set.of("notice", "source", "holidays", "workdays"));
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        YamlTree.Mapping m = mapping.get();
        int before = tree.problems().size();
        Optional<String> notice = tree.require(m, "notice").flatMap(n -> tree.text(n, m.pathOf("notice")));
        m.get("source").ifPresent(n -> tree.text(n, m.pathOf("source")));
        Map<LocalDate, String> holidays = m.get("holidays").map(n -> dates(year, n, m.pathOf("holidays")))
                .orElse(Map.of());
        Map<LocalDate, String> workdays = m.get("workdays").map(n -> dates(year, n, m.pathOf("workdays")))
                .orElse(Map.of());
        for (LocalDate date : workdays.keySet()) {
            if (holidays.containsKey(date)) {
                tree.error(m.get("workdays").get(), m.pathOf("workdays"), ProblemCode.CALENDAR_CONFLICT, date);
            }
        }
        if (tree.problems().size() > before || notice.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Arrangement(year, notice.get(), holidays, workdays));
    }

    /** {@code name: date | range | [dates and ranges]}, each date near {@code year}. */
    private Map<LocalDate, String> dates(int year, Node node, String path) {
        Map<LocalDate, String> out = new LinkedHashMap<>();
        LocalDate earliest = LocalDate.of(year - 1, 12, 1);
        LocalDate latest = LocalDate.of(year + 1, 1, 31);
        tree.mapping(node, path, null).ifPresent(m -> m.values().forEach((name, value) -> {
            String namePath = m.pathOf(name);
            List<Node> items = value instanceof ScalarNode ? List.of(value)
                    : tree.sequence(value, namePath).orElse(List.of());
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                String itemPath = value instanceof ScalarNode ? namePath : namePath + "[" + i + "]";
                tree.text(item, itemPath).ifPresent(text -> {
                    try {
                        for (LocalDate date : CalendarText.dates(text)) {
                            if (date.isBefore(earliest) || date.isAfter(latest)) {
                                tree.error(item, itemPath, ProblemCode.DATE_OUTSIDE_YEAR, date, String.valueOf(year));
                                return;
                            }
                            out.put(date, name);
                        }
                    } catch (IllegalArgumentException e) {
                        tree.error(item, itemPath, ProblemCode.BAD_DATE_RANGE, YamlTree.shorten(text));
                    }
                });
            }
        }));
        return out;
    }
}
