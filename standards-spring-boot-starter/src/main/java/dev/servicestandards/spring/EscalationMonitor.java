package dev.servicestandards.spring;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.servicestandards.api.Rejection;
import dev.servicestandards.api.Standard;
import dev.servicestandards.rules.api.Escalation;
import dev.servicestandards.rules.api.LiveEvent;
import dev.servicestandards.rules.api.LiveEvents;
import dev.servicestandards.rules.api.LiveMonitor;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.spring.internal.MonitorStore;
import dev.servicestandards.spring.internal.OpenClocks;

/**
 * The application's live monitor: every revision in use watches the facts routed to it, and
 * events, state and fired escalations are kept in a {@link MonitorStore} (the application's
 * database, or memory). Each escalation fires once: it is recorded, counted and published as an
 * {@link EscalationFired} event in the same transaction.
 *
 * <p><b>Durability.</b> Each event is stored, with the monitor's time when it was taken, before
 * it reaches the revisions' monitors, in the transaction that records the escalations it causes.
 * Every so often (a checkpoint) the state of each revision's monitor is stored. After a restart
 * or a crash, the monitors are restored from the checkpoint and the events after it are replayed
 * at the times they were taken, so they fire what they fired before, which the store knows
 * already and does not fire again, and then the monitor moves on to the clock's time, firing
 * once what fell due while the application was down. When work on the store fails, the
 * in-memory monitors are rebuilt from the store before the next operation.
 *
 * <p><b>Routing.</b> A fact is judged, for each standard id, by the revision in force on the
 * day of its first event in that standard's time zone (as a catalog judges it); the choice is
 * stored and kept for the fact's life. New revisions taken in by {@link StandardsRegistry#reload()}
 * judge the facts that start after.
 *
 * <p><b>Several instances</b> of the application may share one database: each works on the
 * monitor while holding its row, first replaying the events the others stored.
 *
 * <p>Thread-safe. Time is read from the application's clock, in milliseconds, and only moves
 * forward.
 */
public final class EscalationMonitor implements LiveMonitor, SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationMonitor.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Column widths of the event table. */
    private static final int MAX_ID = 200;

    /** Starts before the web server takes requests and stops after it. */
    public static final int PHASE = Integer.MAX_VALUE - 2048;

    /**
     * How the monitor writes checkpoints.
     *
     * @param interval     write one at least this often
     * @param events       and after this many events
     * @param retainEvents whether events a checkpoint covers stay in the store
     * @param deliver      whether fired escalations wait for webhook delivery
     */
    public record Settings(Duration interval, int events, boolean retainEvents, boolean deliver) {
        public Settings {
            requireNonNull(interval, "interval");
            if (events < 1) {
                throw new IllegalArgumentException("events must be at least 1, not " + events);
            }
        }
    }

    /**
     * What happened to events given to {@link #acceptJsonLines}.
     *
     * @param accepted events taken
     * @param repeated events the monitor had already (same fact, name and instant), ignored
     * @param rejected lines that are not events, with their numbers and reasons
     */
    public record Intake(long accepted, long repeated, List<Rejection> rejected) {
        public Intake {
            rejected = List.copyOf(rejected);
        }
    }

    /** One revision's monitor. */
    private record Lane(StandardsRegistry.Revision revision, RuleSet rules, LiveMonitor monitor) {
        String coordinates() {
            return revision.coordinates();
        }
    }

    private final StandardsRegistry registry;
    private final MonitorStore store;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final StandardsMetrics metrics;
    private final Settings settings;

    // guarded by this
    private final Map<String, Lane> lanes = new TreeMap<>();
    private final List<Escalation> fired = new ArrayList<>();
    private final Set<String> unrouted = new HashSet<>();
    /** The revisions the lanes are of: new facts are routed among these, not among newer ones not yet open. */
    private StandardsRegistry.Loaded revisions;
    private long appliedSeq;
    private Instant time;
    private boolean stale = true;
    private boolean running;
    private long eventsSinceCheckpoint;
    private Instant lastCheckpoint;

    public EscalationMonitor(StandardsRegistry registry, MonitorStore store, Clock clock,
            ApplicationEventPublisher publisher, StandardsMetrics metrics, Settings settings) {
        this.registry = requireNonNull(registry, "registry");
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.publisher = requireNonNull(publisher, "publisher");
        this.metrics = requireNonNull(metrics, "metrics");
        this.settings = requireNonNull(settings, "settings");
        this.time = Instant.EPOCH;
        this.lastCheckpoint = clock.instant();
        registry.addListener(this::revisionsChanged);
    }

    /** The monitor's name in the store. */
    public String name() {
        return store.name();
    }

    /** Whether the monitor's state outlives the application (kept in its database). */
    public boolean isDurable() {
        return store.isDurable();
    }

    // ---- lifecycle

    /**
     * Restores the monitor from the store and fires what fell due while the application was down.
     * Runs once the application's beans are ready, so every listener hears those escalations.
     */
    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        store.locked(s -> {
            rebuild(s);
            advance(s, nextTime(s, Instant.EPOCH));
            checkpoint(s);
            return null;
        });
        running = true;
        LOG.info("standards: monitor '{}' started at {} with {} revision(s), {} open clock(s){}", name(), time,
                lanes.size(), openClocksNow(), store.isDurable() ? "" : " (in memory: a restart loses its state)");
    }

    /** Writes a checkpoint and closes the revisions' monitors. */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        try {
            if (!stale) {
                store.locked(s -> {
                    prepare(s);
                    checkpoint(s);
                    return null;
                });
            }
        } catch (RuntimeException e) {
            LOG.warn("standards: monitor '{}' could not write its checkpoint at shutdown; the events since the last "
                    + "one will be replayed at the next start: {}", name(), e.toString());
        } finally {
            closeLanes();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    public void close() {
        stop();
    }

    // ---- LiveMonitor

    /** Takes an event (an event already taken, same fact, name and instant, is ignored). */
    @Override
    public void accept(LiveEvent event) {
        offer(event);
    }

    /**
     * Takes an event: stores it, routes it to the revisions that judge its fact, and fires what
     * falls due, in one transaction.
     *
     * @return false if the monitor had the event already (same fact, name and instant): a client
     *         sending an event again after a timeout changes nothing
     */
    public synchronized boolean offer(LiveEvent event) {
        requireNonNull(event, "event");
        requireRunning();
        check(event.fact(), "fact");
        check(event.event().name(), "event name");
        long began = System.nanoTime();
        boolean taken = operate(s -> {
            Instant t = nextTime(s, Instant.EPOCH);
            OptionalLong seq = s.append(event, t, clock.instant());
            if (seq.isEmpty()) {
                return false;
            }
            take(s, seq.getAsLong(), event, t);
            eventsSinceCheckpoint++;
            s.time(time);
            maybeCheckpoint(s);
            return true;
        });
        metrics.accepted(Duration.ofNanos(System.nanoTime() - began));
        return taken;
    }

    private static void check(String value, String what) {
        if (value.isEmpty() || value.length() > MAX_ID) {
            throw new IllegalArgumentException(what + " must be 1 to " + MAX_ID + " characters, not " + value.length());
        }
    }

    /**
     * Reads event lines (the format of {@link LiveEvents}: the first line of a fact in the input
     * names its type) and takes each good one; bad lines are rejected with their numbers and
     * reasons, and the good lines beside them are still taken.
     */
    public Intake acceptJsonLines(Reader lines) throws IOException {
        long[] counts = new long[2];
        List<Rejection> rejected = new ArrayList<>();
        LiveEvents.readJsonLines(lines, e -> counts[offer(e) ? 0 : 1]++, rejected::add);
        metrics.rejected("monitor", rejected.size());
        return new Intake(counts[0], counts[1], rejected);
    }

    /** Fires what falls due up to the application clock's time. */
    @Override
    public synchronized void tick() {
        requireRunning();
        operate(s -> {
            advance(s, nextTime(s, Instant.EPOCH));
            maybeCheckpoint(s);
            return null;
        });
        measureOpenClocks();
    }

    private void measureOpenClocks() {
        lanes.values().forEach(l -> metrics.openClocks(l.revision().standard().id(),
                l.revision().standard().version().toString(), l.monitor().openClocks()));
    }

    /**
     * Fires what falls due up to {@code instant} (or the clock's time, if later). The monitor's
     * time never goes back: after this it reads the clock again only once the clock has passed
     * {@code instant}.
     */
    @Override
    public synchronized void advanceTo(Instant instant) {
        requireNonNull(instant, "instant");
        requireRunning();
        operate(s -> {
            advance(s, nextTime(s, instant));
            maybeCheckpoint(s);
            return null;
        });
    }

    /** The monitor's time. */
    @Override
    public synchronized Instant now() {
        return time;
    }

    /** How many facts have a tier still to fire, over all revisions. */
    @Override
    public synchronized int openClocks() {
        return openClocksNow();
    }

    private int openClocksNow() {
        return lanes.values().stream().mapToInt(l -> l.monitor().openClocks()).sum();
    }

    /** Open clocks by revision ({@code id@version}). */
    public synchronized Map<String, Integer> openClocksByRevision() {
        Map<String, Integer> out = new TreeMap<>();
        lanes.forEach((k, l) -> out.put(k, l.monitor().openClocks()));
        return out;
    }

    /**
     * The time limits running now, by revision, fact and clause: at most {@code max} of them
     * (judged from the revisions' snapshots by batch evaluation at the monitor's time).
     */
    public List<OpenClock> openClockList(int max) {
        Map<Lane, String> snapshots = new LinkedHashMap<>();
        Instant at;
        synchronized (this) {
            lanes.values().forEach(l -> snapshots.put(l, l.monitor().snapshot()));
            at = time;
        }
        List<OpenClock> open = new ArrayList<>();
        for (Map.Entry<Lane, String> lane : snapshots.entrySet()) {
            if (open.size() >= max) {
                break;
            }
            for (OpenClock c : OpenClocks.list(lane.getKey().rules(), lane.getValue(), at)) {
                if (open.size() >= max) {
                    break;
                }
                open.add(c);
            }
        }
        return open;
    }

    /**
     * The state of every revision's monitor as JSON:
     * {@code {"monitor":..,"time":..,"seq":..,"revisions":{"id@version":<LiveMonitor.snapshot()>}}}.
     * The durable state lives in the store; this is for inspection.
     */
    @Override
    public synchronized String snapshot() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("monitor", name());
            g.writeStringField("time", time.toString());
            g.writeNumberField("seq", appliedSeq);
            g.writeObjectFieldStart("revisions");
            for (Lane l : lanes.values()) {
                g.writeFieldName(l.coordinates());
                g.writeRawValue(l.monitor().snapshot());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /** Writes a checkpoint now. */
    public synchronized void checkpoint() {
        requireRunning();
        operate(s -> {
            checkpoint(s);
            return null;
        });
    }

    // ---- the work, always inside the store's lock

    private interface Work<T> {
        T run(MonitorStore.Session s);
    }

    /** Runs work on the store; when it fails, nothing it did in memory is trusted again. */
    private <T> T operate(Work<T> work) {
        try {
            return store.locked(s -> {
                prepare(s);
                return work.run(s);
            });
        } catch (RuntimeException e) {
            stale = true;
            throw e;
        } finally {
            fired.clear();
        }
    }

    private void requireRunning() {
        if (!running) {
            throw new IllegalStateException("the escalation monitor '" + name() + "' is not running");
        }
    }

    /** Brings the in-memory monitors up to what the store holds. */
    private void prepare(MonitorStore.Session s) {
        if (stale || (!settings.retainEvents() && s.checkpointSeq() > appliedSeq)) {
            rebuild(s);
        } else {
            catchUp(s);
        }
    }

    /** Restores every revision's monitor from the latest checkpoint, then replays the events after it. */
    private void rebuild(MonitorStore.Session s) {
        closeLanes();
        fired.clear();
        unrouted.clear();
        MonitorStore.Checkpoint cp = s.checkpoint();
        time = cp.time();
        appliedSeq = cp.seq();
        revisions = registry.current();
        for (StandardsRegistry.Revision r : revisions.revisions()) {
            MonitorStore.Snapshot snapshot = cp.snapshots().get(r.coordinates());
            if (snapshot != null && !snapshot.contentHash().equals(r.standard().contentHash())) {
                LOG.info("standards: {} changed since the last checkpoint; its monitor state is kept", r.coordinates());
            }
            openLane(r, snapshot == null ? null : snapshot.json());
        }
        cp.snapshots().keySet().stream().filter(k -> !lanes.containsKey(k)).forEach(k -> LOG.warn(
                "standards: the monitor state of {} is kept in the store but not used: no file holds that revision", k));
        flush(s);
        stale = false;
        catchUp(s);
    }

    private void openLane(StandardsRegistry.Revision revision, String snapshot) {
        RuleSet rules = registry.ruleSet(revision.standard());
        Clock at = Clock.fixed(time, ZoneOffset.UTC);
        Consumer<Escalation> listener = fired::add;
        LiveMonitor monitor = snapshot == null ? rules.monitor(at, listener) : rules.restoreMonitor(snapshot, at, listener);
        lanes.put(revision.coordinates(), new Lane(revision, rules, monitor));
    }

    private void closeLanes() {
        lanes.values().forEach(l -> {
            try {
                l.monitor().close();
            } catch (RuntimeException e) {
                LOG.debug("standards: closing the monitor of {}: {}", l.coordinates(), e.toString());
            }
        });
        lanes.clear();
    }

    /** Replays the events stored after the last one applied (after a restart, or stored by another instance). */
    private void catchUp(MonitorStore.Session s) {
        s.eventsAfter(appliedSeq, stored -> take(s, stored.seq(), stored.event(), stored.monitorTime()));
    }

    /**
     * Takes an event that arrived at monitor time {@code t}, as the library's monitor takes one
     * at its instant: what falls due before {@code t} fires first, then the event is applied
     * (so a stop arriving at the instant a tier falls due wins), then what falls due at {@code t}.
     * A replay calls this with the same arguments and so fires the same escalations.
     */
    private void take(MonitorStore.Session s, long seq, LiveEvent event, Instant t) {
        moveTo(t.minusMillis(1));
        flush(s);
        apply(s, seq, event);
        moveTo(t);
        flush(s);
    }

    /** The monitor's next time: the latest of its own, the store's, the clock's and {@code at least}. */
    private Instant nextTime(MonitorStore.Session s, Instant atLeast) {
        Instant t = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (Instant other : List.of(time, s.time(), atLeast.truncatedTo(ChronoUnit.MILLIS))) {
            if (other.isAfter(t)) {
                t = other;
            }
        }
        return t;
    }

    private void advance(MonitorStore.Session s, Instant t) {
        moveTo(t);
        flush(s);
        s.time(time);
    }

    private void moveTo(Instant t) {
        if (t.isAfter(time)) {
            time = t;
        }
        lanes.values().forEach(l -> l.monitor().advanceTo(time));
    }

    /** Routes an event to the revisions that judge its fact, and fires what it makes due. */
    private void apply(MonitorStore.Session s, long seq, LiveEvent event) {
        appliedSeq = Math.max(appliedSeq, seq);
        Map<String, String> routes = s.routes(event.fact());
        if (routes.isEmpty()) {
            routes = route(event);
            routes.forEach((standard, version) -> s.route(event.fact(), standard, version));
        }
        for (Map.Entry<String, String> r : routes.entrySet()) {
            Lane lane = lanes.get(r.getKey() + "@" + r.getValue());
            if (lane != null) {
                lane.monitor().accept(event);
            } else if (unrouted.add(r.getKey() + "@" + r.getValue())) {
                LOG.warn("standards: facts judged by {}@{} are not monitored: no file holds that revision", r.getKey(),
                        r.getValue());
            }
        }
        Instant at = event.event().at().truncatedTo(ChronoUnit.MILLIS);
        if (at.isAfter(time)) {
            time = at; // the revisions' monitors moved to the event
        }
        flush(s);
    }

    /** For each standard id, the revision in force on the day of the event in that standard's zone. */
    private Map<String, String> route(LiveEvent event) {
        StandardsRegistry.Loaded loaded = revisions;
        Map<String, String> routes = new TreeMap<>();
        Map<String, Standard> byId = new TreeMap<>();
        loaded.revisions().forEach(r -> byId.putIfAbsent(r.standard().id(), r.standard()));
        byId.forEach((id, any) -> {
            LocalDate day = event.event().at().atZone(any.timezone()).toLocalDate();
            loaded.catalog().inForce(id, day).ifPresent(s -> routes.put(id, s.version().toString()));
        });
        return routes;
    }

    /** Records what fired; what was not recorded before is counted and published, once. */
    private void flush(MonitorStore.Session s) {
        if (fired.isEmpty()) {
            return;
        }
        List<Escalation> batch = new ArrayList<>(fired);
        fired.clear();
        batch.sort(Comparator.comparing(Escalation::at));
        for (Escalation e : batch) {
            OptionalLong id = s.record(e, time, settings.deliver());
            if (id.isEmpty()) {
                continue; // fired before a restart, or by another instance
            }
            metrics.escalated(e);
            EscalationFired event = new EscalationFired(id.getAsLong(), name(), e, time);
            Optional<RuntimeException> failed = s.isolated(() -> publisher.publishEvent(event));
            failed.ifPresent(x -> {
                metrics.listenerError();
                LOG.error("standards: a listener of escalation {} ({} {} {} {}) failed; the escalation stays recorded",
                        event.id(), e.fact(), e.clause(), e.tier(), e.at(), x);
            });
        }
    }

    private void maybeCheckpoint(MonitorStore.Session s) {
        if (eventsSinceCheckpoint >= settings.events()
                || !clock.instant().isBefore(lastCheckpoint.plus(settings.interval()))) {
            checkpoint(s);
        }
    }

    private void checkpoint(MonitorStore.Session s) {
        Map<String, MonitorStore.Snapshot> snapshots = new LinkedHashMap<>();
        for (Lane l : lanes.values()) {
            snapshots.put(l.coordinates(), new MonitorStore.Snapshot(l.coordinates(),
                    l.revision().standard().contentHash(), l.monitor().snapshot()));
        }
        Instant now = clock.instant();
        s.checkpoint(appliedSeq, time, snapshots, now, settings.retainEvents());
        eventsSinceCheckpoint = 0;
        lastCheckpoint = now;
        measureOpenClocks();
    }

    /** Takes in a new set of revisions: new ones start watching; changed ones keep their state. */
    private synchronized void revisionsChanged(StandardsRegistry.Loaded loaded) {
        if (!running) {
            return;
        }
        operate(s -> {
            advance(s, nextTime(s, Instant.EPOCH));
            for (StandardsRegistry.Revision r : loaded.revisions()) {
                Lane lane = lanes.get(r.coordinates());
                if (lane == null) {
                    openLane(r, null);
                } else if (!lane.revision().standard().contentHash().equals(r.standard().contentHash())) {
                    String state = lane.monitor().snapshot();
                    lane.monitor().close();
                    lanes.remove(r.coordinates());
                    openLane(r, state);
                }
            }
            revisions = loaded;
            flush(s);
            checkpoint(s);
            return null;
        });
    }
}
