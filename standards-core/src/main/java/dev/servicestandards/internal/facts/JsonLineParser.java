package dev.servicestandards.internal.facts;

import dev.servicestandards.model.internal.Limits;
import dev.servicestandards.model.internal.facts.FieldMap;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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

import dev.servicestandards.api.LocalizedText;
import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;
import dev.servicestandards.model.Utterance;

/**
 * Turns one JSON line into a {@link Fact}, or a reason why not. Not thread-safe (cheap to create).
 *
 * <p>Facts read by one parser share what they repeat: the keys of their field maps (one
 * {@link FieldMap.Shape} per form of fact) and short texts such as a channel, a result code or
 * an event name, which are kept once. Small whole numbers are shared too. A batch of parsed
 * tickets is thereby about a quarter of its size as separate maps and strings. Internal.
 */
public final class JsonLineParser {

    /** A parsed line: a fact, or why it was rejected (in any language). */
    public record Result(Optional<Fact> fact, LocalizedText why) {

        /** Why the line was rejected, in English; empty for a fact. */
        public String reason() {
            return why.toString();
        }
    }

    private static final LocalizedText NONE = LocalizedText.of("text.verbatim", "");

    private static final int MAX_LINE_CHARS = JsonLines.MAX_LINE_BYTES;

    /** Texts up to this many chars are kept once; longer ones (a complaint's words) rarely repeat. */
    static final int SHARED_TEXT_CHARS = 32;
    /** How many distinct texts a parser keeps once; input of ever new texts costs no more than a string each. */
    static final int SHARED_TEXTS = 4096;
    /** Whole numbers from 0 below this are shared. */
    private static final int SHARED_NUMBERS = 1024;
    private static final BigDecimal[] NUMBERS = new BigDecimal[SHARED_NUMBERS];

    static {
        for (int i = 0; i < SHARED_NUMBERS; i++) {
            NUMBERS[i] = BigDecimal.valueOf(i);
        }
    }

    private final ObjectMapper mapper;
    private final FieldMap.Shapes shapes = new FieldMap.Shapes();
    private final HashMap<String, String> texts = new HashMap<>();
    private final Collected fields = new Collected();
    private final Collected attributes = new Collected();

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
            return reject(LocalizedText.of("fact.line-too-long", MAX_LINE_CHARS));
        }
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            // the JSON parser's own description of the fault, which it gives in English only
            Object what = e.getOriginalMessage().startsWith("Trailing token") ? LocalizedText.of("fact.more-after-object")
                    : e.getOriginalMessage().replaceAll(" \\(start marker at .*", "").replaceAll("\\s+", " ");
            return reject(LocalizedText.of("fact.not-json", what,
                    e.getLocation() == null ? "?" : Integer.toString(e.getLocation().getColumnNr())));
        }
        try {
            return new Result(Optional.of(fact(node)), NONE);
        } catch (BadFact e) {
            return reject(e.why);
        }
    }

    private static Result reject(LocalizedText why) {
        return new Result(Optional.empty(), why);
    }

    /** A fact that breaks the rules: where ({@code events[0].at}) and what, in any language. */
    private static final class BadFact extends Exception {
        private static final long serialVersionUID = 1L;

        final transient LocalizedText why;

        BadFact(String path, String key, Object... arguments) {
            super(path + ": " + key, null, false, false);
            this.why = LocalizedText.of("fact.at", path, LocalizedText.of(key, arguments));
        }
    }

    private Fact fact(JsonNode node) throws BadFact {
        if (!node.isObject()) {
            throw new BadFact("line", "fact.not-object");
        }
        String type = requiredText(node, "type");
        int known = Fact.TYPES.indexOf(type);
        if (known < 0) {
            throw new BadFact("type", "fact.bad-type", shorten(type));
        }
        String id = requiredText(node, "id");
        fields.clear();
        attributes.clear();
        Map<String, Object> attributeMap = Map.of();
        List<Event> events = List.of();
        List<Utterance> utterances = List.of();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            switch (name) {
                case "type", "id" -> { }
                case "events" -> events = events(value);
                case "attributes" -> attributeMap = attributes(value);
                case "utterances" -> utterances = utterances(value);
                default -> fields.put(name, scalar(value, name));
            }
        }
        return new Fact(Fact.TYPES.get(known), id, fields.map(shapes), attributeMap, events, utterances);
    }

    private static String requiredText(JsonNode node, String name) throws BadFact {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new BadFact(name, "fact.required");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new BadFact(name, "fact.non-empty-text");
        }
        return value.asText();
    }

    /** The keys and values of one object as they are read, in input order; reused from fact to fact. */
    private static final class Collected {
        private static final int KEPT = 256;
        private String[] keys = new String[16];
        private Object[] values = new Object[16];
        private int count;

        /** Collects one key and value; a null value is left out. */
        void put(String key, Object value) {
            if (value == null) {
                return;
            }
            if (count == keys.length) {
                keys = Arrays.copyOf(keys, count * 2);
                values = Arrays.copyOf(values, count * 2);
            }
            keys[count] = key;
            values[count] = value;
            count++;
        }

        Map<String, Object> map(FieldMap.Shapes shapes) {
            return count == 0 ? Map.of() : shapes.map(keys, values, count);
        }

        void clear() {
            if (keys.length > KEPT) {
                // an object of very many keys leaves no large scratch behind
                keys = new String[KEPT];
                values = new Object[KEPT];
            } else {
                Arrays.fill(values, 0, count, null);
            }
            count = 0;
        }
    }

    /** A scalar value, or null for JSON null. */
    private Object scalar(JsonNode value, String path) throws BadFact {
        if (value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return shared(value.asText());
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNumber()) {
            if (value.isInt() && value.intValue() >= 0 && value.intValue() < SHARED_NUMBERS) {
                return NUMBERS[value.intValue()];
            }
            BigDecimal number = value.isBigDecimal() ? value.decimalValue() : new BigDecimal(value.asText());
            if (!Limits.isSupported(number)) {
                throw new BadFact(path, "fact.number-range", Limits.shown(number), Limits.MAX_INTEGER_DIGITS,
                        Limits.MAX_DECIMALS);
            }
            return number;
        }
        throw new BadFact(path, "fact.scalar");
    }

    /** {@code text}, or the equal text this parser read before when it is short. */
    private String shared(String text) {
        if (text.length() > SHARED_TEXT_CHARS) {
            return text;
        }
        String before = texts.get(text);
        if (before != null) {
            return before;
        }
        if (texts.size() < SHARED_TEXTS) {
            texts.put(text, text);
        }
        return text;
    }

    private List<Event> events(JsonNode value) throws BadFact {
        if (!value.isArray()) {
            throw new BadFact("events", "fact.list");
        }
        Event[] out = new Event[value.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode e = value.get(i);
            String path = "events[" + i + "]";
            if (!e.isObject()) {
                throw new BadFact(path, "fact.event");
            }
            JsonNode name = e.get("name");
            if (name == null || !name.isTextual() || name.asText().isBlank()) {
                throw new BadFact(path + ".name", "fact.non-empty-text");
            }
            out[i] = new Event(shared(name.asText()), instant(e.get("at"), path + ".at"));
        }
        return List.of(out);
    }

    private static java.time.Instant instant(JsonNode at, String path) throws BadFact {
        if (at == null || !at.isTextual()) {
            throw new BadFact(path, "fact.instant");
        }
        String text = at.asText();
        java.time.Instant instant;
        try {
            java.time.Instant fast = Instants.parseCommon(text);
            instant = fast != null ? fast : OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (java.time.DateTimeException e) {
            throw new BadFact(path, "fact.instant");
        }
        if (!Limits.isSupported(instant)) {
            throw new BadFact(path, "fact.instant-range", shorten(text), Integer.toString(Limits.FIRST_YEAR),
                    Integer.toString(Limits.LAST_YEAR));
        }
        return instant;
    }

    private Map<String, Object> attributes(JsonNode value) throws BadFact {
        if (value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw new BadFact("attributes", "fact.object");
        }
        for (Map.Entry<String, JsonNode> a : value.properties()) {
            String key = a.getKey();
            attributes.put(key, scalar(a.getValue(), "attributes." + key));
        }
        return attributes.map(shapes);
    }

    private List<Utterance> utterances(JsonNode value) throws BadFact {
        if (!value.isArray()) {
            throw new BadFact("utterances", "fact.list");
        }
        List<Utterance> out = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode u = value.get(i);
            String path = "utterances[" + i + "]";
            if (!u.isObject()) {
                throw new BadFact(path, "fact.utterance");
            }
            JsonNode speaker = u.get("speaker");
            JsonNode text = u.get("text");
            if (speaker == null || !speaker.isTextual()) {
                throw new BadFact(path + ".speaker", "fact.text");
            }
            if (text == null || !text.isTextual()) {
                throw new BadFact(path + ".text", "fact.text");
            }
            JsonNode at = u.get("at");
            Optional<java.time.Instant> when = at == null || at.isNull() ? Optional.empty()
                    : Optional.of(instant(at, path + ".at"));
            out.add(new Utterance(shared(speaker.asText()), when, text.asText()));
        }
        return out;
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= 40 ? flat : flat.substring(0, 37) + "...";
    }
}
