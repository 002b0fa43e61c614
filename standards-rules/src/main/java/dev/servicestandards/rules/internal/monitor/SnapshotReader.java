package dev.servicestandards.rules.internal.monitor;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;

/**
 * Reads a monitor snapshot in full and checks every part of it before the monitor uses any: the
 * keys (no unknown, none twice), the standard and version, every fact (id given once, type,
 * fields, events in range and not after the snapshot's clock) and every tier it says was
 * reported (a clause of the standard that escalates, the tiers named in their order). A snapshot
 * that fails any check is refused as a whole with {@link IllegalArgumentException} naming the
 * place ({@code facts[2].events[0].at}) and the reason, so a hand-edited or damaged snapshot can
 * neither lose facts nor make a tier fire again. Internal.
 */
final class SnapshotReader {

    private static final ObjectMapper JSON = json();

    private static ObjectMapper json() {
        JsonMapper m = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16)
                .maxNumberLength(100).build());
        return m;
    }

    /** One fact of a snapshot, checked. */
    record Restored(String id, String type, Map<String, Object> fields, Map<String, Object> attributes, List<Event> events,
            Map<String, Integer> fired) {
    }

    private final String coordinates;
    private final String standard;
    private final String version;
    /** The tiers of each clause that escalates, in order. */
    private final Map<String, List<String>> tiers;
    /** The clauses whose violation is reported once (repeat clauses), which carry no clock position. */
    private final Set<String> once;

    SnapshotReader(String standard, String version, String coordinates, Map<String, List<String>> tiers, Set<String> once) {
        this.standard = standard;
        this.version = version;
        this.coordinates = coordinates;
        this.tiers = tiers;
        this.once = once;
    }

    private static IllegalArgumentException bad(String path, String reason) {
        return new IllegalArgumentException("invalid monitor snapshot: " + path + ": " + reason);
    }

    /** The snapshot's facts, in id order. */
    List<Restored> read(String snapshot) {
        JsonNode root;
        try {
            root = JSON.readTree(snapshot);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a monitor snapshot: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a monitor snapshot: the snapshot must be a JSON object");
        }
        if (!root.path("standard").isTextual() || !standard.equals(root.path("standard").asText())
                || !root.path("version").isTextual() || !version.equals(root.path("version").asText())) {
            throw new IllegalArgumentException("the snapshot is not of " + coordinates);
        }
        keys(root, "", Set.of("format", "standard", "version", "clock", "facts"));
        JsonNode format = root.get("format");
        if (format == null || !format.isIntegralNumber() || !format.canConvertToInt() || format.intValue() != 1) {
            throw bad("format", "must be 1");
        }
        Instant clock = instant(root.get("clock"), "clock");
        JsonNode facts = root.get("facts");
        if (facts == null || !facts.isArray()) {
            throw bad("facts", "must be a list");
        }
        Map<String, Restored> out = new TreeMap<>();
        for (int i = 0; i < facts.size(); i++) {
            Restored r = fact(facts.get(i), "facts[" + i + "]", clock);
            if (out.put(r.id(), r) != null) {
                throw bad("facts[" + i + "].fact", "fact " + r.id() + " is given twice");
            }
        }
        return List.copyOf(out.values());
    }

    private Restored fact(JsonNode f, String path, Instant clock) {
        if (!f.isObject()) {
            throw bad(path, "must be an object");
        }
        keys(f, path + ".", Set.of("fact", "type", "fields", "attributes", "events", "fired"));
        String id = text(f.get("fact"), path + ".fact");
        String type = text(f.get("type"), path + ".type");
        if (!Fact.TYPES.contains(type)) {
            throw bad(path + ".type", "must be \"ticket\" or \"interaction\"");
        }
        Map<String, Object> fields = scalars(f.get("fields"), path + ".fields");
        Map<String, Object> attributes = scalars(f.get("attributes"), path + ".attributes");
        JsonNode events = f.get("events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            throw bad(path + ".events", "must be a non-empty list (a fact is known by its events)");
        }
        List<Event> list = new ArrayList<>(events.size());
        for (int k = 0; k < events.size(); k++) {
            String at = path + ".events[" + k + "]";
            JsonNode e = events.get(k);
            if (!e.isObject()) {
                throw bad(at, "must be an object");
            }
            keys(e, at + ".", Set.of("name", "at"));
            String name = text(e.get("name"), at + ".name");
            Instant instant = instant(e.get("at"), at + ".at");
            if (instant.isAfter(clock)) {
                throw bad(at + ".at", instant + " is after the snapshot's clock " + clock);
            }
            list.add(new Event(name, instant));
        }
        JsonNode fired = f.get("fired");
        if (fired == null || !fired.isObject()) {
            throw bad(path + ".fired", "must be an object");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = fired.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path + ".fired." + e.getKey();
            List<String> names = tiers.get(clauseOf(e.getKey(), at));
            if (names == null) {
                throw bad(at, "names no clause of " + coordinates + " that escalates");
            }
            JsonNode reported = e.getValue();
            if (!reported.isArray() || reported.isEmpty() || reported.size() > names.size()) {
                throw bad(at, "must list 1 to " + names.size() + " tiers");
            }
            for (int k = 0; k < reported.size(); k++) {
                if (!reported.get(k).isTextual() || !reported.get(k).asText().equals(names.get(k))) {
                    throw bad(at + "[" + k + "]", "must be " + names.get(k) + " (the tiers are reported in order)");
                }
            }
            counts.put(e.getKey(), reported.size());
        }
        return new Restored(id, type, fields, attributes, List.copyOf(list), counts);
    }

    /**
     * The clause of a key of {@code fired}: {@code id}, or {@code id#position} with a position of
     * 1 or more written without leading zeros (any other spelling would be a key the monitor never
     * looks up, and its tiers would fire again).
     */
    private String clauseOf(String key, String path) {
        int hash = key.lastIndexOf('#');
        if (hash < 0) {
            return key;
        }
        String clause = key.substring(0, hash);
        String position = key.substring(hash + 1);
        if (!position.matches("[1-9][0-9]{0,8}") || once.contains(clause)) {
            throw bad(path, "a clock position must be a whole number from 1, on a clause with clocks");
        }
        return clause;
    }

    private static void keys(JsonNode node, String prefix, Set<String> allowed) {
        Set<String> seen = new HashSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw bad(prefix + key, "unknown key");
            }
            seen.add(key);
        }
        Set<String> missing = new java.util.TreeSet<>(allowed);
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            throw bad(prefix + missing.iterator().next(), "missing");
        }
    }

    private static String text(JsonNode v, String path) {
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw bad(path, "must be non-empty text");
        }
        return v.asText();
    }

    private static Instant instant(JsonNode v, String path) {
        String text = text(v, path);
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeException e) {
            throw bad(path, "not an ISO-8601 instant");
        }
        try {
            return EventValues.instant(instant, text);
        } catch (IllegalArgumentException e) {
            throw bad(path, e.getMessage());
        }
    }

    private static Map<String, Object> scalars(JsonNode v, String path) {
        if (v == null || !v.isObject()) {
            throw bad(path, "must be an object");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode value = e.getValue();
            String at = path + "." + e.getKey();
            if (value.isTextual()) {
                out.put(e.getKey(), value.asText());
            } else if (value.isBoolean()) {
                out.put(e.getKey(), value.asBoolean());
            } else if (value.isNumber()) {
                BigDecimal d = value.isBigDecimal() ? value.decimalValue()
                        : value.isIntegralNumber() ? new BigDecimal(value.bigIntegerValue()) : new BigDecimal(value.asText());
                try {
                    out.put(e.getKey(), EventValues.number(d));
                } catch (IllegalArgumentException ex) {
                    throw bad(at, ex.getMessage());
                }
            } else {
                throw bad(at, "must be text, a number or true/false");
            }
        }
        return out;
    }
}
