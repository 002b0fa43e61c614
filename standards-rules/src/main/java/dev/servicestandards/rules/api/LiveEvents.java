package dev.servicestandards.rules.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;
import dev.servicestandards.api.Rejection;

/**
 * Reads live-monitor event lines (docs/facts.md, "Live events"):
 * {@code {"fact":"T-1001","type":"ticket","event":{"name":"accepted","at":"..."},"attributes":{...}}}.
 * The first line of a fact names its type and may carry its selector fields; later lines inherit
 * the type. A bad line is rejected with its number and reason; the others are still read.
 */
public final class LiveEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LiveEvents() {
    }

    public static void readJsonLines(Reader in, Consumer<LiveEvent> events, Consumer<Rejection> rejections)
            throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        Map<String, String> types = new HashMap<>();
        String line;
        long number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                events.accept(parse(line, types));
            } catch (Bad e) {
                rejections.accept(new Rejection(number, e.getMessage()));
            }
        }
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
            throw new Bad("not valid JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "));
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
        types.put(fact.asText(), type);
        JsonNode event = node.get("event");
        if (event == null || !event.isObject() || !event.path("name").isTextual() || event.path("name").asText().isBlank()) {
            throw new Bad("event.name: must be non-empty text");
        }
        java.time.Instant at;
        try {
            at = OffsetDateTime.parse(event.path("at").asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Bad("event.at: not an ISO-8601 instant with offset");
        }
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
            return new BigDecimal(v.asText());
        }
        throw new Bad(path + ": must be text, a number, true/false or null");
    }
}
