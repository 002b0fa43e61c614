package dev.servicestandards.examples.crm;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.servicestandards.model.Event;
import dev.servicestandards.rules.api.LiveEvent;
import dev.servicestandards.spring.EscalationMonitor;

/**
 * Where the CRM's tickets report what happens to them.
 *
 * <ul>
 * <li>{@code POST /tickets/{id}/events} with {@code {"name":"requested","kind":"callback"}}: one
 * event; {@code at} (ISO-8601 with offset) defaults to now, {@code type} to {@code ticket},
 * {@code attributes} is an object, every other key is a field the standards' selectors see.
 * Answers 202 when taken, 200 when the monitor had the event already.</li>
 * <li>{@code POST /events} with JSON Lines ({@code application/x-ndjson}): many events in the
 * live-monitor format; bad lines are answered with their numbers and reasons, the others taken.</li>
 * </ul>
 */
@RestController
class TicketEvents {

    private final EscalationMonitor monitor;
    private final Clock clock;

    TicketEvents(EscalationMonitor monitor, Clock clock) {
        this.monitor = monitor;
        this.clock = clock;
    }

    @PostMapping("/tickets/{id}/events")
    ResponseEntity<Map<String, Object>> post(@PathVariable String id, @RequestBody Map<String, Object> body) {
        LiveEvent event = event(id, body);
        boolean taken = monitor.offer(event);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ticket", id);
        answer.put("event", event.event().name());
        answer.put("at", event.event().at().toString());
        answer.put("accepted", taken);
        return ResponseEntity.status(taken ? HttpStatus.ACCEPTED : HttpStatus.OK).body(answer);
    }

    @PostMapping(path = "/events", consumes = {"application/x-ndjson", "application/jsonl", "text/plain"})
    Map<String, Object> lines(@RequestBody String body) throws IOException {
        EscalationMonitor.Intake intake = monitor.acceptJsonLines(new StringReader(body));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("accepted", intake.accepted());
        answer.put("repeated", intake.repeated());
        answer.put("rejected", intake.rejected().stream().map(r -> {
            Map<String, Object> rejected = new LinkedHashMap<>();
            rejected.put("line", r.line());
            rejected.put("reason", r.reason());
            return rejected;
        }).toList());
        return answer;
    }

    private LiveEvent event(String id, Map<String, Object> body) {
        Object name = body.get("name");
        if (!(name instanceof String n) || n.isBlank()) {
            throw new IllegalArgumentException("name: must be non-empty text");
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (body.get("at") != null) {
            try {
                at = OffsetDateTime.parse(String.valueOf(body.get("at"))).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("at: not an ISO-8601 instant with offset, e.g. 2025-03-03T09:00:00+08:00");
            }
        }
        Object type = body.getOrDefault("type", "ticket");
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : body.entrySet()) {
            switch (e.getKey()) {
                case "name", "at", "type" -> { }
                case "attributes" -> {
                    if (!(e.getValue() instanceof Map<?, ?> map)) {
                        throw new IllegalArgumentException("attributes: must be an object");
                    }
                    map.forEach((k, v) -> attributes.put(String.valueOf(k), scalar("attributes." + k, v)));
                }
                default -> fields.put(e.getKey(), scalar(e.getKey(), e.getValue()));
            }
        }
        fields.values().removeIf(java.util.Objects::isNull);
        attributes.values().removeIf(java.util.Objects::isNull);
        return new LiveEvent(id, String.valueOf(type), new Event(n, at), fields, attributes);
    }

    private static Object scalar(String key, Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw new IllegalArgumentException(key + ": must be text, a number, true/false or null");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", String.valueOf(e.getMessage())));
    }

}
