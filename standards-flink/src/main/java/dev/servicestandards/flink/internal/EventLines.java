package dev.servicestandards.flink.internal;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.servicestandards.api.Rejection;
import dev.servicestandards.rules.api.LiveEvent;
import dev.servicestandards.rules.api.LiveEvents;

/**
 * What the job reads of a live-event line before it knows the fact's type: the fact id and the
 * event's instant, to key and time-stamp it. Everything else is read by {@link LiveEvents}, the
 * library's own reader, so a line the job accepts is a line the in-process monitor accepts, and a
 * line it rejects is rejected with the reader's reason. Internal.
 */
public final class EventLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventLines() {
    }

    /** The line's fact id and event time, or null when the line cannot be keyed (see {@link #reason}). */
    public static EventLine key(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            return null;
        }
        if (node == null || !node.isObject() || !node.path("fact").isTextual() || node.path("fact").asText().isBlank()) {
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(node.path("event").path("at").asText()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
        return new EventLine(node.path("fact").asText(), ceilMillis(at), line);
    }

    /** An instant's event time: epoch milliseconds rounded up, so the event has happened by then. */
    public static long ceilMillis(Instant at) {
        long millis = at.toEpochMilli();
        return at.getNano() % 1_000_000 == 0 ? millis : millis + 1;
    }

    /** Why {@link LiveEvents} rejects a line, in English. */
    public static String reason(String line) {
        List<String> reasons = new ArrayList<>();
        try {
            LiveEvents.readJsonLines(new StringReader(line), e -> { }, r -> reasons.add(r.reason()));
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return reasons.isEmpty() ? "the line has no fact id or event instant to key it by" : reasons.get(0);
    }

    /**
     * Reads a line of a fact whose type is {@code knownType} (null before its first line):
     * a later line inherits the type, as {@link LiveEvents} reads lines of one file.
     *
     * @return the event, or null after telling {@code rejected} why not
     */
    public static LiveEvent read(String line, String knownType, java.util.function.Consumer<Rejection> rejected) {
        String typed = line;
        if (knownType != null) {
            try {
                JsonNode node = JSON.readTree(line);
                if (node instanceof ObjectNode o && !o.hasNonNull("type")) {
                    o.put("type", knownType);
                    typed = JSON.writeValueAsString(o);
                }
            } catch (IOException e) {
                // LiveEvents rejects it with its reason below
            }
        }
        List<LiveEvent> events = new ArrayList<>(1);
        try {
            LiveEvents.readJsonLines(new StringReader(typed), events::add, rejected);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return events.isEmpty() ? null : events.get(0);
    }
}
