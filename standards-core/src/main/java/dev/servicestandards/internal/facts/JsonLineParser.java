package dev.servicestandards.internal.facts;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.servicestandards.api.Event;
import dev.servicestandards.api.Fact;
import dev.servicestandards.api.Utterance;

/**
 * Turns one JSON line into a {@link Fact}, or a reason why not. Not thread-safe (cheap to create).
 * Internal.
 */
public final class JsonLineParser {

    /** A parsed line: a fact, or the reason it was rejected. */
    public record Result(Optional<Fact> fact, String reason) {
    }

    private static final int MAX_LINE_CHARS = 16 * 1024 * 1024;

    private final ObjectMapper mapper;

    public JsonLineParser() {
        JsonMapper m = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                .maxStringLength(MAX_LINE_CHARS).maxNumberLength(100).build());
        this.mapper = m;
    }

    /** Parses one non-blank line. */
    public Result parse(String line) {
        if (line.length() > MAX_LINE_CHARS) {
            return reject("the line is longer than " + MAX_LINE_CHARS + " characters");
        }
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage().startsWith("Trailing token") ? "more text after the object"
                    : e.getOriginalMessage().replaceAll(" \\(start marker at .*", "").replaceAll("\\s+", " ");
            return reject("not valid JSON: " + what + " at column "
                    + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()));
        }
        try {
            return new Result(Optional.of(fact(node)), "");
        } catch (BadFact e) {
            return reject(e.getMessage());
        }
    }

    private static Result reject(String reason) {
        return new Result(Optional.empty(), reason);
    }

    private static final class BadFact extends Exception {
        private static final long serialVersionUID = 1L;

        BadFact(String path, String message) {
            super(path + ": " + message, null, false, false);
        }
    }

    private static Fact fact(JsonNode node) throws BadFact {
        if (!node.isObject()) {
            throw new BadFact("line", "a fact must be a JSON object");
        }
        String type = requiredText(node, "type");
        if (!Fact.TYPES.contains(type)) {
            throw new BadFact("type", "must be \"ticket\" or \"interaction\", not \"" + shorten(type) + "\"");
        }
        String id = requiredText(node, "id");
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, Object> attributes = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        List<Utterance> utterances = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            switch (name) {
                case "type", "id" -> { }
                case "events" -> events = events(value);
                case "attributes" -> attributes = attributes(value);
                case "utterances" -> utterances = utterances(value);
                default -> scalar(value, name).ifPresent(v -> fields.put(name, v));
            }
        }
        return new Fact(type, id, fields, attributes, events, utterances);
    }

    private static String requiredText(JsonNode node, String name) throws BadFact {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new BadFact(name, "is required");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new BadFact(name, "must be non-empty text");
        }
        return value.asText();
    }

    private static Optional<Object> scalar(JsonNode value, String path) throws BadFact {
        if (value.isNull()) {
            return Optional.empty();
        }
        if (value.isTextual()) {
            return Optional.of(value.asText());
        }
        if (value.isBoolean()) {
            return Optional.of(value.asBoolean());
        }
        if (value.isNumber()) {
            return Optional.of(value.isBigDecimal() ? value.decimalValue() : new BigDecimal(value.asText()));
        }
        throw new BadFact(path, "must be text, a number, true/false or null");
    }

    private static List<Event> events(JsonNode value) throws BadFact {
        if (!value.isArray()) {
            throw new BadFact("events", "must be a list");
        }
        List<Event> out = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode e = value.get(i);
            String path = "events[" + i + "]";
            if (!e.isObject()) {
                throw new BadFact(path, "must be an object with name and at");
            }
            JsonNode name = e.get("name");
            if (name == null || !name.isTextual() || name.asText().isBlank()) {
                throw new BadFact(path + ".name", "must be non-empty text");
            }
            out.add(new Event(name.asText(), instant(e.get("at"), path + ".at")));
        }
        return out;
    }

    private static java.time.Instant instant(JsonNode at, String path) throws BadFact {
        if (at == null || !at.isTextual()) {
            throw new BadFact(path, "not an ISO-8601 instant with offset");
        }
        String text = at.asText();
        try {
            java.time.Instant fast = Instants.parseCommon(text);
            return fast != null ? fast : OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (java.time.DateTimeException e) {
            throw new BadFact(path, "not an ISO-8601 instant with offset");
        }
    }

    private static Map<String, Object> attributes(JsonNode value) throws BadFact {
        if (value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw new BadFact("attributes", "must be an object");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> a : value.properties()) {
            String key = a.getKey();
            scalar(a.getValue(), "attributes." + key).ifPresent(v -> out.put(key, v));
        }
        return out;
    }

    private static List<Utterance> utterances(JsonNode value) throws BadFact {
        if (!value.isArray()) {
            throw new BadFact("utterances", "must be a list");
        }
        List<Utterance> out = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode u = value.get(i);
            String path = "utterances[" + i + "]";
            if (!u.isObject()) {
                throw new BadFact(path, "must be an object with speaker and text");
            }
            JsonNode speaker = u.get("speaker");
            JsonNode text = u.get("text");
            if (speaker == null || !speaker.isTextual()) {
                throw new BadFact(path + ".speaker", "must be text");
            }
            if (text == null || !text.isTextual()) {
                throw new BadFact(path + ".text", "must be text");
            }
            JsonNode at = u.get("at");
            Optional<java.time.Instant> when = at == null || at.isNull() ? Optional.empty()
                    : Optional.of(instant(at, path + ".at"));
            out.add(new Utterance(speaker.asText(), when, text.asText()));
        }
        return out;
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= 40 ? flat : flat.substring(0, 37) + "...";
    }
}
