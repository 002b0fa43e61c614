package dev.servicestandards.rules.internal.monitor;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.kie.api.time.SessionPseudoClock;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.Standard;
import dev.servicestandards.model.AsOf;
import dev.servicestandards.model.EveryOccurrence;
import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;
import dev.servicestandards.model.Finding;
import dev.servicestandards.model.Occurrence;
import dev.servicestandards.rules.api.Escalation;
import dev.servicestandards.rules.api.LiveEvent;
import dev.servicestandards.rules.api.LiveMonitor;

/**
 * The live monitor: the standard's own rules, in a stream-mode session on a pseudo session
 * clock, judge each fact as its events arrive and again at each instant one of its clocks falls
 * due (a tier, or the deadline); every escalation tier the rules find reached, and not reported
 * yet, is reported once, at its instant. The monitor keeps each open fact's events and the tiers
 * it reported; the session holds only the rule set's calendars and clauses between judgements, so
 * a judgement costs the same however many facts are open. Instants are exact (no rounding). Not
 * thread-safe. Internal.
 */
public final class DroolsMonitor implements LiveMonitor {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The tier a repeat clause reports its violation as. */
    static final String VIOLATED = "violated";

    /** The occurrences kept, by clause and key, for the repeat rules. */
    private final Map<List<String>, List<Occurrence>> recent = new HashMap<>();

    /** What the monitor knows of one fact. */
    private static final class Tracked {
        final String id;
        String type;
        /** Selector fields and attributes; empty maps until an event brings some (most carry none). */
        Map<String, Object> fields = Map.of();
        Map<String, Object> attributes = Map.of();
        final List<Event> events = new ArrayList<>(4);
        /** Per time-limit clause id and clock ({@code id#position}): how many tiers were reported (tiers fall due in order). */
        final Map<String, Integer> fired = new HashMap<>();
        /** When the fact is due to be judged again, or null. */
        Instant due;
        /** The fact's occurrences for the repeat clauses, as last judged; kept while they are in some window. */
        List<Occurrence> occurrences = List.of();

        Tracked(String id, String type) {
            this.id = id;
            this.type = type;
        }

        Fact fact() {
            return new Fact(type, id, fields, attributes, events, List.of());
        }
    }

    private final Standard standard;
    private final Map<String, List<String>> tiers = new HashMap<>();
    private final Clock clock;
    private final Consumer<Escalation> listener;
    private final KieSession session;
    private final SessionPseudoClock pseudo;
    private final Map<String, Tracked> facts = new HashMap<>();
    /** Facts to judge again, by instant, in id order. */
    private final NavigableMap<Instant, TreeSet<String>> dueAt = new TreeMap<>();
    /** Whether the standard has repeat clauses, whose rules decide among the occurrences kept. */
    private final boolean repeats;
    /** Whether judgements report escalations (not while a restore first gathers occurrences). */
    private boolean reporting = true;
    private Instant now;

    public DroolsMonitor(Standard standard, KieBase streamBase, Clock clock, Consumer<Escalation> listener) {
        this.standard = standard;
        for (Clause c : standard.clauses()) {
            if (c.kind() instanceof ClauseKind.Timed timed) {
                tiers.put(c.id(), timed.escalation().stream().map(dev.servicestandards.api.EscalationTier::tier).toList());
            } else if (c.kind() instanceof ClauseKind.Repeat) {
                // a repeat clause reports its violation once, as the tier "violated"
                tiers.put(c.id(), List.of(VIOLATED));
            }
        }
        this.repeats = standard.clauses().stream().anyMatch(c -> c.kind() instanceof ClauseKind.Repeat);
        this.clock = clock;
        this.listener = listener;
        KieSessionConfiguration conf = KieServices.Factory.get().newKieSessionConfiguration();
        conf.setOption(ClockTypeOption.PSEUDO);
        this.session = streamBase.newKieSession(conf, null);
        this.pseudo = session.getSessionClock();
        this.now = clock.instant();
        moveClock(now);
        if (repeats) {
            // the monitor keeps every occurrence still in a window: the repeat rules may decide here
            session.insert(EveryOccurrence.INSTANCE);
        }
        // the setup rules state the rule set's calendars and clauses once, for every judgement
        session.fireAllRules();
    }

    private void moveClock(Instant instant) {
        long delta = instant.toEpochMilli() - pseudo.getCurrentTime();
        if (delta > 0) {
            pseudo.advanceTime(delta, TimeUnit.MILLISECONDS);
        }
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
        if (instant.isAfter(now)) {
            now = instant;
            moveClock(now);
        }
    }

    /** Judges, in time order, the facts due before {@code instant} (and at it, if {@code inclusive}). */
    private void advance(Instant instant, boolean inclusive) {
        while (!dueAt.isEmpty()) {
            Instant step = dueAt.firstKey();
            if (inclusive ? step.isAfter(instant) : !step.isBefore(instant)) {
                break;
            }
            TreeSet<String> ids = dueAt.remove(step);
            if (step.isAfter(now)) {
                now = step;
                moveClock(now);
            }
            for (String id : ids) {
                Tracked t = facts.get(id);
                if (t != null && step.equals(t.due)) {
                    t.due = null;
                    judge(t);
                }
            }
        }
    }

    @Override
    public void accept(LiveEvent event) {
        check(event);
        Instant at = event.event().at();
        if (at.isAfter(now)) {
            // what falls due strictly before the event is judged first, then the event's fact; what is
            // due at the event's instant waits until time moves past it or the monitor is advanced to
            // it, so a stop at that instant wins whichever fact's event comes first (as in batch)
            advance(at, false);
            now = at;
            moveClock(now);
        }
        Tracked t = facts.computeIfAbsent(event.fact(), id -> new Tracked(id, event.type()));
        if (!event.fields().isEmpty()) {
            t.fields = merged(t.fields, event.fields());
        }
        if (!event.attributes().isEmpty()) {
            t.attributes = merged(t.attributes, event.attributes());
        }
        t.events.add(event.event());
        unschedule(t);
        judge(t);
    }

    /**
     * Refuses an event the monitor could not judge or could not restore from its snapshot: an
     * instant outside {@link EventValues}' range, a field that is not text, a bounded number or
     * true/false, an unknown type.
     */
    private static void check(LiveEvent event) {
        if (!Fact.TYPES.contains(event.type())) {
            throw new IllegalArgumentException("event of " + event.fact() + ": type must be \"ticket\" or \"interaction\"");
        }
        if (event.fact().isBlank() || event.event().name().isBlank()) {
            throw new IllegalArgumentException("event of '" + event.fact() + "': the fact id and the event name must be non-empty");
        }
        try {
            EventValues.instant(event.event().at(), event.event().at().toString());
            checkValues(event.fields());
            checkValues(event.attributes());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("event of " + event.fact() + ": " + e.getMessage(), e);
        }
    }

    private static void checkValues(Map<String, Object> values) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object v = e.getValue();
            if (v instanceof String || v instanceof Boolean) {
                continue;
            }
            if (v instanceof Double d && !Double.isFinite(d) || v instanceof Float f && !Float.isFinite(f)) {
                throw new IllegalArgumentException(e.getKey() + ": a number must be finite");
            }
            if (!(v instanceof Number n)) {
                throw new IllegalArgumentException(e.getKey() + ": must be text, a number or true/false");
            }
            BigDecimal d;
            try {
                d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException(e.getKey() + ": not a number", ex);
            }
            try {
                EventValues.number(d);
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(e.getKey() + ": " + ex.getMessage(), ex);
            }
        }
    }

    private static Map<String, Object> merged(Map<String, Object> known, Map<String, Object> more) {
        if (known.isEmpty()) {
            return Map.copyOf(more);
        }
        Map<String, Object> all = new HashMap<>(known);
        all.putAll(more);
        return Map.copyOf(all);
    }

    /**
     * Lets the rules judge one fact at the monitor's current time: reports each tier they find
     * reached and not reported yet, and schedules the fact's next judgement (or forgets a fact
     * whose every clock has stopped).
     */
    private void judge(Tracked t) {
        FactHandle asOf = session.insert(new AsOf(now));
        FactHandle fact = session.insert(t.fact());
        List<FactHandle> kept = List.of();
        try {
            session.fireAllRules();
            List<Occurrence> fresh = List.of();
            if (repeats) {
                // the fact's occurrences, then the occurrences kept of the same clause and key before them in
                // their windows: the repeat rules decide with them
                fresh = new ArrayList<>();
                for (Object o : session.getObjects(o -> o instanceof Occurrence c && c.getFact().id().equals(t.id))) {
                    fresh.add((Occurrence) o);
                }
                fresh.sort(java.util.Comparator.comparing(Occurrence::getClause));
                if (!fresh.isEmpty()) {
                    kept = new ArrayList<>();
                    for (Occurrence o : fresh) {
                        for (Occurrence other : recent.getOrDefault(List.of(o.getClause(), o.getKey()), List.of())) {
                            if (!other.getFact().id().equals(t.id) && other.getAt().isAfter(o.getWindowStart())) {
                                kept.add(session.insert(other));
                            }
                        }
                    }
                    session.fireAllRules();
                }
            }
            List<Finding> found = new ArrayList<>();
            for (QueryResultsRow row : session.getQueryResults("findings")) {
                Finding f = (Finding) row.get("$finding");
                if (f.getFactId().equals(t.id)) {
                    found.add(f);
                }
            }
            found.sort(java.util.Comparator.comparing(Finding::getClause));
            for (Finding f : found) {
                List<String> names = tiers.get(f.getClause());
                if (names == null) {
                    continue;
                }
                if (f.getReading() instanceof Occurrence o) {
                    if (f.getOutcome() == dev.servicestandards.model.Outcome.VIOLATED && !t.fired.containsKey(f.getClause())
                            && reporting) {
                        t.fired.put(f.getClause(), 1);
                        listener.accept(new Escalation(o.getAt(), standard.id(), standard.version().toString(), f.getClause(),
                                t.id, VIOLATED, 0));
                    }
                    continue;
                }
                if (f.getClock() == null || !reporting) {
                    continue;
                }
                String key = f.getPosition() == 0 ? f.getClause() : f.getClause() + "#" + f.getPosition();
                int done = t.fired.getOrDefault(key, 0);
                for (int k = done; k < f.getTiersReached(); k++) {
                    t.fired.put(key, k + 1);
                    Instant at = f.getClock().tier(names.get(k));
                    listener.accept(new Escalation(at, standard.id(), standard.version().toString(), f.getClause(), t.id,
                            names.get(k), f.getPosition()));
                }
            }
            keep(t, fresh);
            Instant next = null;
            boolean open = false;
            for (QueryResultsRow row : session.getQueryResults("clocks", t.id)) {
                dev.servicestandards.model.Clock c = (dev.servicestandards.model.Clock) row.get("$clock");
                if (!c.isStopped()) {
                    open = true;
                }
                Instant due = c.nextDue();
                if (due != null && (next == null || due.isBefore(next))) {
                    next = due;
                }
            }
            // an occurrence is kept until its window has passed; then the fact is judged once more and let go
            Instant windowEnds = null;
            for (Occurrence o : t.occurrences) {
                Instant end = o.getAt().plus(o.getDefinition().getWindow());
                if (end.isAfter(now) && (windowEnds == null || end.isBefore(windowEnds))) {
                    windowEnds = end;
                }
            }
            if (windowEnds != null && (next == null || windowEnds.isBefore(next))) {
                next = windowEnds;
            }
            if (next != null) {
                t.due = next;
                dueAt.computeIfAbsent(next, i -> new TreeSet<>()).add(t.id);
            } else if (!open && !t.events.isEmpty() && (clocksStarted(found) || !t.occurrences.isEmpty())) {
                // every clock of the fact has stopped and its occurrences are out of every window: nothing more can happen
                forget(t);
            }
        } finally {
            for (FactHandle h : kept) {
                session.delete(h);
            }
            session.delete(fact);
            session.delete(asOf);
            session.fireAllRules();
        }
    }

    /** Keeps the fact's occurrences (in place of those of its last judgement) where later facts of their keys find them. */
    private void keep(Tracked t, List<Occurrence> fresh) {
        for (Occurrence o : t.occurrences) {
            List<Occurrence> same = recent.get(List.of(o.getClause(), o.getKey()));
            if (same != null) {
                same.remove(o);
                if (same.isEmpty()) {
                    recent.remove(List.of(o.getClause(), o.getKey()));
                }
            }
        }
        List<Occurrence> live = new ArrayList<>();
        for (Occurrence o : fresh) {
            if (o.getAt().plus(o.getDefinition().getWindow()).isAfter(now)) {
                live.add(o);
                recent.computeIfAbsent(List.of(o.getClause(), o.getKey()), k -> new ArrayList<>()).add(o);
            }
        }
        t.occurrences = live.isEmpty() ? List.of() : List.copyOf(live);
    }

    private void forget(Tracked t) {
        keep(t, List.of());
        facts.remove(t.id);
    }

    /** Whether the fact has a clock at all (a fact whose clocks have not started yet stays tracked). */
    private static boolean clocksStarted(List<Finding> found) {
        return found.stream().anyMatch(f -> f.getClock() != null);
    }

    private void unschedule(Tracked t) {
        if (t.due != null) {
            TreeSet<String> ids = dueAt.get(t.due);
            if (ids != null) {
                ids.remove(t.id);
                if (ids.isEmpty()) {
                    dueAt.remove(t.due);
                }
            }
            t.due = null;
        }
    }

    @Override
    public int openClocks() {
        int open = 0;
        for (Tracked t : facts.values()) {
            if (t.due != null) {
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
                for (Map.Entry<String, Integer> e : new TreeMap<>(t.fired).entrySet()) {
                    g.writeArrayFieldStart(e.getKey());
                    List<String> names = tiers.get(clauseOf(e.getKey()));
                    for (int k = 0; k < e.getValue(); k++) {
                        g.writeString(names.get(k));
                    }
                    g.writeEndArray();
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
     * Restores a snapshot into this (new) monitor: facts, events and tiers reported; then every
     * fact is judged, so tiers that fell due while the monitor was down are reported now, once.
     */
    public void restore(String snapshot) {
        java.util.Set<String> once = new java.util.HashSet<>();
        for (Clause c : standard.clauses()) {
            if (c.kind() instanceof ClauseKind.Repeat) {
                once.add(c.id());
            }
        }
        // checked in full first: a snapshot is used whole or not at all
        List<SnapshotReader.Restored> read = new SnapshotReader(standard.id(), standard.version().toString(),
                standard.coordinates(), tiers, once).read(snapshot);
        Map<String, Tracked> restored = new LinkedHashMap<>();
        for (SnapshotReader.Restored r : read) {
            Tracked t = new Tracked(r.id(), r.type());
            t.fields = Map.copyOf(r.fields());
            t.attributes = Map.copyOf(r.attributes());
            t.events.addAll(r.events());
            t.fired.putAll(r.fired());
            restored.put(t.id, t);
        }
        facts.putAll(restored);
        if (repeats) {
            // first every fact's occurrences, so that each repeat is decided among all of them, then the judgements
            reporting = false;
            try {
                for (Tracked t : new TreeMap<>(restored).values()) {
                    unschedule(t);
                    judge(t);
                }
            } finally {
                reporting = true;
            }
        }
        for (Tracked t : new TreeMap<>(restored).values()) {
            if (facts.containsKey(t.id)) {
                unschedule(t);
                judge(t);
            }
        }
    }

    /** The clause of a key of {@code fired}: {@code id} or {@code id#position}. */
    private static String clauseOf(String key) {
        int hash = key.lastIndexOf('#');
        return hash < 0 ? key : key.substring(0, hash);
    }

    @Override
    public void close() {
        session.dispose();
    }
}
