package dev.servicestandards.spring.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.servicestandards.model.Event;
import dev.servicestandards.rules.api.LiveEvent;

/**
 * A live event as stored: {@code {"fact":..,"type":..,"event":{"name":..,"at":..},"fields":{..},"attributes":{..}}},
 * with the instant as ISO-8601 text so it comes back to the nanosecond. Internal.
 */
public final class EventCodec {

    /** Numbers come back as the decimals they were, digit for digit. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private EventCodec() {
    }

    public static String write(LiveEvent event) {
        ObjectNode root = JSON.createObjectNode();
        root.put("fact", event.fact());
        root.put("type", event.type());
        root.putObject("event").put("name", event.event().name()).put("at", event.event().at().toString());
        fill(root.putObject("fields"), event.fields());
        fill(root.putObject("attributes"), event.attributes());
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
    }

    private static void fill(ObjectNode node, Map<String, Object> values) {
        values.forEach((k, v) -> {
            if (v instanceof BigDecimal d) {
                node.put(k, d);
            } else if (v instanceof Boolean b) {
                node.put(k, b);
            } else if (v instanceof Number n) {
                node.put(k, new BigDecimal(n.toString()));
            } else {
                node.put(k, String.valueOf(v));
            }
        });
    }

    public static LiveEvent read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored event is not valid JSON: " + e.getMessage(), e);
        }
        JsonNode event = root.path("event");
        return new LiveEvent(root.path("fact").asText(), root.path("type").asText(),
                new Event(event.path("name").asText(), Instant.parse(event.path("at").asText())),
                values(root.path("fields")), values(root.path("attributes")));
    }

    private static Map<String, Object> values(JsonNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            JsonNode v = e.getValue();
            out.put(e.getKey(), v.isNumber() ? v.decimalValue() : v.isBoolean() ? (Object) v.asBoolean() : v.asText());
        });
        return out;
    }
}
