package dev.servicestandards.spring.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;
import dev.servicestandards.api.Finding;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Report;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.spring.OpenClock;

/**
 * Lists the running time limits of one revision's monitor. {@code LiveMonitor} only counts its
 * open clocks, so the facts it tracks are read from its snapshot (documented to hold the facts
 * seen, their events and fields) and judged by batch evaluation at the monitor's time: the live
 * monitor and batch evaluation agree by design. Internal.
 */
public final class OpenClocks {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private OpenClocks() {
    }

    /**
     * The running time limits in {@code snapshot}, by fact then clause.
     *
     * @throws IllegalArgumentException if the snapshot is not in a format this starter reads
     */
    public static List<OpenClock> list(RuleSet rules, String snapshot, Instant at) {
        JsonNode root;
        try {
            root = JSON.readTree(snapshot);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a monitor snapshot: " + e.getMessage(), e);
        }
        if (root == null || root.path("format").asInt() != 1 || !root.path("facts").isArray()) {
            throw new IllegalArgumentException("a monitor snapshot of a format this starter does not read (format "
                    + (root == null ? "none" : root.path("format").asText()) + ")");
        }
        List<Fact> facts = new ArrayList<>();
        for (JsonNode f : root.path("facts")) {
            List<Event> events = new ArrayList<>();
            for (JsonNode e : f.path("events")) {
                events.add(new Event(e.path("name").asText(), Instant.parse(e.path("at").asText())));
            }
            facts.add(new Fact(f.path("type").asText(), f.path("fact").asText(), values(f.path("fields")),
                    values(f.path("attributes")), events, List.of()));
        }
        if (facts.isEmpty()) {
            return List.of();
        }
        Map<String, Fact> byId = new LinkedHashMap<>();
        facts.forEach(f -> byId.put(f.id(), f));
        Report report = rules.evaluate(facts, at);
        List<OpenClock> open = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (finding.outcome() != Outcome.PENDING && finding.outcome() != Outcome.VIOLATED) {
                continue;
            }
            Optional<Clause> clause = rules.standard().clause(finding.clause());
            if (clause.isEmpty() || !(clause.get().kind() instanceof ClauseKind.TimeLimit limit)) {
                continue;
            }
            Fact fact = byId.get(finding.fact());
            Optional<Instant> started = fact.events().stream().filter(e -> e.name().equals(limit.from()))
                    .map(Event::at).min(Comparator.naturalOrder());
            boolean stopped = started.isPresent() && fact.events().stream()
                    .anyMatch(e -> e.name().equals(limit.to()) && !e.at().isBefore(started.get()));
            if (started.isEmpty() || stopped) {
                continue;
            }
            open.add(new OpenClock(finding.standard(), finding.version(), finding.clause(), finding.fact(), started.get(),
                    finding.deadline(), finding.outcome(), finding.escalation(),
                    finding.evidence().containsKey("pausedSince")));
        }
        return open;
    }

    private static Map<String, Object> values(JsonNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            JsonNode v = e.getValue();
            Object value = v.isNumber() ? (Object) new BigDecimal(v.asText()) : v.isBoolean() ? v.asBoolean() : v.asText();
            out.put(e.getKey(), value);
        });
        return out;
    }
}
