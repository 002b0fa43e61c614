package dev.servicestandards.rules.api;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;
import dev.servicestandards.api.Rejection;
import dev.servicestandards.internal.facts.JsonLines;
import dev.servicestandards.rules.internal.monitor.EventValues;

/**
 * Reads live-monitor event lines (docs/facts.md, "Live events"):
 * {@code {"fact":"T-1001","type":"ticket","event":{"name":"accepted","at":"..."},"attributes":{...}}}.
 * The first line of a fact names its type and may carry its selector fields; later lines inherit
 * the type. A bad line is rejected with its number and reason; the others are still read.
 */
public final class LiveEvents {

    /** The earliest instant an event may carry (inclusive): calendar arithmetic is total from here. */
    public static final Instant EARLIEST = EventValues.EARLIEST;
    /** The instant events must be before (exclusive): calendar arithmetic is total up to here. */
    public static final Instant END = EventValues.END;
    /** Longest number literal read, in chars (the JSON parser refuses longer ones before converting them). */
    private static final int MAX_NUMBER_CHARS = 100;

    private static final ObjectMapper JSON = json();

    private LiveEvents() {
    }

    private static ObjectMapper json() {
        JsonMapper m = JsonMapper.builder()
                // numbers are read as written (1e400 is not silently infinity), then bounded
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // a key given twice would silently lose one of its values
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                .maxNumberLength(MAX_NUMBER_CHARS).build());
        return m;
    }

    /**
     * Reads event lines from {@code in} (not closed): each good line goes to {@code events}, each
     * bad one to {@code rejections} with its 1-based number and reason, in input order; blank lines
     * are counted but skipped. No line stops the others.
     */
    public static void readJsonLines(Reader in, Consumer<LiveEvent> events, Consumer<Rejection> rejections)
            throws IOException {
        Map<String, String> types = new HashMap<>();
        JsonLines.forEach(in, (number, line) -> {
            LiveEvent event;
            try {
                event = parse(line, types);
            } catch (Bad e) {
                rejections.accept(new Rejection(number, e.getMessage()));
                return;
            }
            events.accept(event);
        }, (number, why) -> rejections.accept(new Rejection(number, why)));
    }

    private static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;

        Bad(String message) {
            super(message, null, false, false);
        }
    }

    private static LiveEvent parse(String line, Map<String, String> types) throws Bad {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new Bad("not valid JSON: " + e.getOriginalMessage().replaceAll(" \\(start marker at .*", "")
                    .replaceAll("\\s+", " "));
        }
        if (node == null || !node.isObject()) {
            throw new Bad("line: an event line must be a JSON object");
        }
        JsonNode fact = node.get("fact");
        if (fact == null || !fact.isTextual() || fact.asText().isBlank()) {
            throw new Bad("fact: must be non-empty text");
        }
        String type = node.hasNonNull("type") ? node.get("type").asText() : types.get(fact.asText());
        if (type == null || !Fact.TYPES.contains(type)) {
            throw new Bad("type: must be \"ticket\" or \"interaction\" on the first line of a fact");
        }
        JsonNode event = node.get("event");
        if (event == null || !event.isObject() || !event.path("name").isTextual() || event.path("name").asText().isBlank()) {
            throw new Bad("event.name: must be non-empty text");
        }
        Instant at = instant(event.get("at"));
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            switch (f.getKey()) {
                case "fact", "type", "event" -> { }
                case "attributes" -> {
                    if (!f.getValue().isObject()) {
                        throw new Bad("attributes: must be an object");
                    }
                    for (Map.Entry<String, JsonNode> a : f.getValue().properties()) {
                        attributes.put(a.getKey(), scalar(a.getValue(), "attributes." + a.getKey()));
                    }
                }
                default -> fields.put(f.getKey(), scalar(f.getValue(), f.getKey()));
            }
        }
        // only a line that is read in full fixes its fact's type
        types.put(fact.asText(), type);
        fields.values().removeIf(java.util.Objects::isNull);
        attributes.values().removeIf(java.util.Objects::isNull);
        return new LiveEvent(fact.asText(), type, new Event(event.path("name").asText(), at), fields, attributes);
    }

    private static Object scalar(JsonNode v, String path) throws Bad {
        if (v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isNumber()) {
            return number(v, path);
        }
        throw new Bad(path + ": must be text, a number, true/false or null");
    }

    /** The number, if within the bounds of {@link EventValues#number}; checked before any arithmetic on it. */
    private static BigDecimal number(JsonNode v, String path) throws Bad {
        BigDecimal d = v.isBigDecimal() ? v.decimalValue() : v.isIntegralNumber() ? new BigDecimal(v.bigIntegerValue())
                : new BigDecimal(v.asText());
        try {
            return EventValues.number(d);
        } catch (IllegalArgumentException e) {
            throw new Bad(path + ": " + e.getMessage());
        }
    }

    /** An ISO-8601 instant with offset in [{@link #EARLIEST}, {@link #END}). */
    private static Instant instant(JsonNode at) throws Bad {
        if (at == null || !at.isTextual()) {
            throw new Bad("event.at: not an ISO-8601 instant with offset");
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(at.asText()).toInstant();
        } catch (DateTimeException e) {
            throw new Bad("event.at: not an ISO-8601 instant with offset");
        }
        try {
            return EventValues.instant(instant, at.asText());
        } catch (IllegalArgumentException e) {
            throw new Bad("event.at: " + e.getMessage());
        }
    }
}
