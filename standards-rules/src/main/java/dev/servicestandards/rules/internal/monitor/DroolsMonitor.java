package dev.servicestandards.rules.internal.monitor;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.time.SessionPseudoClock;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.Event;
import dev.servicestandards.api.Fact;
import dev.servicestandards.api.Standard;
import dev.servicestandards.internal.time.BusinessCalendars;
import dev.servicestandards.internal.time.ClockReading;
import dev.servicestandards.internal.time.Clocks;
import dev.servicestandards.rules.api.Escalation;
import dev.servicestandards.rules.api.LiveEvent;
import dev.servicestandards.rules.api.LiveMonitor;

/**
 * The live monitor: a stream-mode Drools session on a pseudo session clock. For every open clock
 * core computes when its next tier falls due given the events so far; a {@link DueTier} event
 * with that delay is inserted, and the monitor rule fires it when the session clock gets there,
 * after which the next tier is scheduled. Any new event of the fact replaces its due tier. The session clock is moved only by this class,
 * in steps from one due instant to the next, so tiers fire in time order. Millisecond precision.
 * Not thread-safe. Internal.
 */
public final class DroolsMonitor implements LiveMonitor {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the monitor knows of one fact. */
    private static final class Tracked {
        final String id;
        String type;
        /** Selector fields and attributes; empty maps until an event brings some (most carry none). */
        Map<String, Object> fields = Map.of();
        Map<String, Object> attributes = Map.of();
        final List<Event> events = new ArrayList<>(4);
        /** Per clause index: how many tiers have fired (tiers fall due in order). */
        final int[] fired;
        /** Per clause index: the next due tier in the session, if any. */
        final FactHandle[] due;
        int dueCount;

        Tracked(String id, String type, int clauses) {
            this.id = id;
            this.type = type;
            this.fired = new int[clauses];
            this.due = new FactHandle[clauses];
        }

        Fact fact() {
            return new Fact(type, id, fields, attributes, events, List.of());
        }
    }

    private final Standard standard;
    private final List<Clause> clauses;
    /** Each time-limit clause's clock plan, by clause index; null for other kinds. */
    private final Clocks.Plan[] plans;
    private final Clock clock;
    private final Consumer<Escalation> listener;
    private final KieSession session;
    private final SessionPseudoClock pseudo;
    private final Map<String, Tracked> facts = new HashMap<>();
    /** Session-clock milliseconds at which due tiers are waiting, with how many. */
    private final TreeMap<Long, Integer> dueAt = new TreeMap<>();
    private Instant now;

    public DroolsMonitor(Standard standard, KieBase streamBase, Clock clock, Consumer<Escalation> listener) {
        this.standard = standard;
        this.clauses = standard.clauses();
        this.plans = new Clocks.Plan[clauses.size()];
        for (int c = 0; c < clauses.size(); c++) {
            if (clauses.get(c).kind() instanceof ClauseKind.TimeLimit limit) {
                plans[c] = Clocks.plan(limit, BusinessCalendars.of(standard, limit.calendar()));
            }
        }
        this.clock = clock;
        this.listener = listener;
        KieSessionConfiguration conf = KieServices.Factory.get().newKieSessionConfiguration();
        conf.setOption(ClockTypeOption.PSEUDO);
        this.session = streamBase.newKieSession(conf, null);
        this.session.setGlobal("escalations", new Escalations(this::due));
        this.pseudo = session.getSessionClock();
        this.now = clock.instant();
        pseudo.advanceTime(millis(now) - pseudo.getCurrentTime(), TimeUnit.MILLISECONDS);
    }

    private static long millis(Instant instant) {
        // a tier due within a millisecond falls due at its end
        long ms = instant.toEpochMilli();
        return instant.getNano() % 1_000_000 == 0 ? ms : ms + 1;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public void tick() {
        advanceTo(clock.instant());
    }

    @Override
    public void advanceTo(Instant instant) {
        advance(instant, true);
    }

    /** Fires what falls due before {@code instant} (and at it, if {@code inclusive}), stepping in time order. */
    private void advance(Instant instant, boolean inclusive) {
        if (!instant.isAfter(now)) {
            return;
        }
        long target = millis(instant);
        long last = inclusive ? target : target - 1;
        // step from one due instant to the next so tiers fire in time order
        while (!dueAt.isEmpty() && dueAt.firstKey() <= last) {
            long step = dueAt.firstKey();
            moveClock(step);
            now = Instant.ofEpochMilli(step);
            session.fireAllRules();
            if (dueAt.containsKey(step) && dueAt.get(step) > 0) {
                throw new IllegalStateException("due tiers at " + now + " did not fire");
            }
            dueAt.remove(step);
        }
        if (inclusive) {
            moveClock(target);
            now = instant;
        }
    }

    private void moveClock(long ms) {
        long delta = ms - pseudo.getCurrentTime();
        if (delta > 0) {
            pseudo.advanceTime(delta, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void accept(LiveEvent event) {
        Instant at = event.event().at();
        if (at.isAfter(now)) {
            // what falls due strictly before the event fires first; then the event; then what is due at it
            // (a stop at the same instant as a tier wins)
            advance(at, false);
            moveClock(millis(at));
            now = at;
        }
        Tracked t = facts.computeIfAbsent(event.fact(), id -> new Tracked(id, event.type(), clauses.size()));
        if (!event.fields().isEmpty()) {
            t.fields = merged(t.fields, event.fields());
        }
        if (!event.attributes().isEmpty()) {
            t.attributes = merged(t.attributes, event.attributes());
        }
        t.events.add(event.event());
        reschedule(t);
        session.fireAllRules();
        dueAt.headMap(millis(now), true).entrySet().removeIf(e -> e.getValue() <= 0);
        forgetIfClosed(t);
    }

    private static Map<String, Object> merged(Map<String, Object> known, Map<String, Object> more) {
        if (known.isEmpty()) {
            return Map.copyOf(more);
        }
        Map<String, Object> all = new HashMap<>(known);
        all.putAll(more);
        return Map.copyOf(all);
    }

    /** Recomputes every clock of the fact: fires what is due by now, schedules the rest. */
    private void reschedule(Tracked t) {
        Fact fact = t.fact();
        for (int c = 0; c < clauses.size(); c++) {
            if (plans[c] == null || !clauses.get(c).appliesTo().matches(fact)) {
                continue;
            }
            cancel(t, c);
            Optional<ClockReading> reading = Clocks.read(plans[c], t.events, now);
            if (reading.isEmpty()) {
                continue;
            }
            ClockReading r = reading.get();
            int tiers = r.tierCount();
            while (t.fired[c] < tiers && r.isTierReached(t.fired[c], now)) {
                emit(t, c, t.fired[c], r.tierInstants().get(t.fired[c]).orElseThrow());
            }
            schedule(t, c, r);
        }
    }

    /** Inserts the next tier of a running clock that will fall due, if any: only one per clock. */
    private void schedule(Tracked t, int c, ClockReading r) {
        if (r.stop().isPresent()) {
            return; // the clock stopped: no further tier can be reached
        }
        int k = t.fired[c];
        List<Optional<Instant>> instants = r.tierInstants();
        if (k < instants.size() && instants.get(k).isPresent()) {
            Instant at = instants.get(k).get();
            long ms = millis(at);
            t.due[c] = session.insert(new DueTier(t.id, c, k, at, Math.max(0, ms - pseudo.getCurrentTime())));
            t.dueCount++;
            dueAt.merge(ms, 1, Integer::sum);
        }
    }

    private void cancel(Tracked t, int clause) {
        FactHandle h = t.due[clause];
        if (h == null) {
            return;
        }
        t.due[clause] = null;
        t.dueCount--;
        if (session.getObject(h) instanceof DueTier d) {
            dueAt.computeIfPresent(millis(d.getAt()), (k, n) -> n - 1);
            session.delete(h);
        }
    }

    /** Called by the monitor rule when a tier falls due on the session clock. */
    private void due(DueTier d) {
        dueAt.computeIfPresent(millis(d.getAt()), (k, n) -> n - 1);
        Tracked t = facts.get(d.getFact());
        if (t == null) {
            return;
        }
        int c = d.getClause();
        if (t.due[c] != null && session.getObject(t.due[c]) == d) {
            t.due[c] = null; // the rule deletes the fact itself
            t.dueCount--;
        }
        Optional<ClockReading> reading = Clocks.read(plans[c], t.events, d.getAt());
        if (reading.isEmpty()) {
            return;
        }
        while (t.fired[c] <= d.getTier() && reading.get().isTierReached(t.fired[c], d.getAt())) {
            int k = t.fired[c];
            emit(t, c, k, reading.get().tierInstants().get(k).orElseThrow());
        }
        if (t.due[c] == null) {
            schedule(t, c, reading.get());
        }
    }

    private void emit(Tracked t, int clause, int tier, Instant at) {
        t.fired[clause] = tier + 1;
        ClauseKind.TimeLimit limit = (ClauseKind.TimeLimit) clauses.get(clause).kind();
        listener.accept(new Escalation(at, standard.id(), standard.version().toString(), clauses.get(clause).id(), t.id,
                limit.escalation().get(tier).tier()));
    }

    /** A fact whose every applicable clock has stopped needs no more memory. */
    private void forgetIfClosed(Tracked t) {
        if (t.dueCount > 0) {
            return;
        }
        Fact fact = t.fact();
        for (int c = 0; c < clauses.size(); c++) {
            if (plans[c] != null && clauses.get(c).appliesTo().matches(fact)) {
                Optional<ClockReading> r = Clocks.read(plans[c], t.events, now);
                if (r.isEmpty() || r.get().stop().isEmpty()) {
                    return;
                }
            }
        }
        facts.remove(t.id);
    }

    @Override
    public int openClocks() {
        int open = 0;
        for (Tracked t : facts.values()) {
            if (t.dueCount > 0) {
                open++;
            }
        }
        return open;
    }

    @Override
    public String snapshot() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("format", 1);
            g.writeStringField("standard", standard.id());
            g.writeStringField("version", standard.version().toString());
            g.writeStringField("clock", now.toString());
            g.writeArrayFieldStart("facts");
            for (Tracked t : new TreeMap<>(facts).values()) {
                g.writeStartObject();
                g.writeStringField("fact", t.id);
                g.writeStringField("type", t.type);
                g.writeObjectField("fields", new TreeMap<>(t.fields));
                g.writeObjectField("attributes", new TreeMap<>(t.attributes));
                g.writeArrayFieldStart("events");
                for (Event e : t.events) {
                    g.writeStartObject();
                    g.writeStringField("name", e.name());
                    g.writeStringField("at", e.at().toString());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeObjectFieldStart("fired");
                for (int c = 0; c < clauses.size(); c++) {
                    if (t.fired[c] > 0) {
                        g.writeArrayFieldStart(clauses.get(c).id());
                        for (int k = 0; k < t.fired[c]; k++) {
                            g.writeString(((ClauseKind.TimeLimit) clauses.get(c).kind()).escalation().get(k).tier());
                        }
                        g.writeEndArray();
                    }
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /**
     * Restores a snapshot into this (new) monitor: facts, events and fired tiers; then every clock
     * is rescheduled, so tiers that fell due while the monitor was down fire now, once.
     */
    public void restore(String snapshot) {
        JsonNode root;
        try {
            root = JSON.readTree(snapshot);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a monitor snapshot: " + e.getMessage(), e);
        }
        if (root == null || root.path("format").asInt() != 1 || !standard.id().equals(root.path("standard").asText())
                || !standard.version().toString().equals(root.path("version").asText())) {
            throw new IllegalArgumentException("the snapshot is not of " + standard.coordinates());
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int c = 0; c < clauses.size(); c++) {
            index.put(clauses.get(c).id(), c);
        }
        for (JsonNode f : root.path("facts")) {
            Tracked t = new Tracked(f.path("fact").asText(), f.path("type").asText(), clauses.size());
            Map<String, Object> fields = new HashMap<>();
            f.path("fields").properties().forEach(e -> fields.put(e.getKey(), scalar(e.getValue())));
            t.fields = Map.copyOf(fields);
            Map<String, Object> attributes = new HashMap<>();
            f.path("attributes").properties().forEach(e -> attributes.put(e.getKey(), scalar(e.getValue())));
            t.attributes = Map.copyOf(attributes);
            for (JsonNode e : f.path("events")) {
                t.events.add(new Event(e.path("name").asText(), Instant.parse(e.path("at").asText())));
            }
            f.path("fired").properties().forEach(e -> {
                Integer c = index.get(e.getKey());
                if (c != null) {
                    t.fired[c] = e.getValue().size();
                }
            });
            facts.put(t.id, t);
        }
        for (Tracked t : new TreeMap<>(facts).values()) {
            reschedule(t);
        }
        session.fireAllRules();
    }

    private static Object scalar(JsonNode v) {
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        return v.asText();
    }

    @Override
    public void close() {
        session.dispose();
    }
}
