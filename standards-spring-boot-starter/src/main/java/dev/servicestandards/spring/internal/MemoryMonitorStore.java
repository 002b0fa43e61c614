package dev.servicestandards.spring.internal;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.servicestandards.rules.api.Escalation;
import dev.servicestandards.rules.api.LiveEvent;

/**
 * The monitor's store in memory, for applications without a database: a restart loses
 * everything. The events a checkpoint covers are dropped, and so are the escalations fired
 * before it once delivered, so memory holds what happened since the last checkpoint. Nothing is
 * undone when work fails. Thread-safe. Internal.
 */
public final class MemoryMonitorStore implements MonitorStore {

    private record Row(long id, Escalation escalation, Instant firedAt, String delivery, int attempts,
            Instant nextAttempt) {
        Row with(String d, int a, Instant next) {
            return new Row(id, escalation, firedAt, d, a, next);
        }
    }

    private record Key(String standard, String version, String clause, String fact, String tier) {
        static Key of(Escalation e) {
            return new Key(e.standard(), e.version(), e.clause(), e.fact(), e.tier());
        }
    }

    private record EventKey(String fact, String name, Instant at) {
    }

    private final String name;
    private final ReentrantLock lock = new ReentrantLock();
    private Instant time;
    private Checkpoint checkpoint;
    private final TreeMap<Long, StoredEvent> events = new TreeMap<>();
    private final Map<EventKey, Long> eventKeys = new HashMap<>();
    private final Map<String, Map<String, String>> routes = new HashMap<>();
    private final Map<Key, Row> escalations = new LinkedHashMap<>();
    private long nextSeq = 1;
    private long nextId = 1;

    public MemoryMonitorStore(String name, Instant now) {
        this.name = requireNonNull(name, "name");
        this.time = now;
        this.checkpoint = new Checkpoint(0, now, Map.of(), now);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isDurable() {
        return false;
    }

    @Override
    public <T> T locked(Function<Session, T> work) {
        lock.lock();
        try {
            return work.apply(session);
        } finally {
            lock.unlock();
        }
    }

    private final Session session = new Session() {
        @Override
        public Instant time() {
            return time;
        }

        @Override
        public void time(Instant t) {
            if (t.isAfter(time)) {
                time = t;
            }
        }

        @Override
        public long checkpointSeq() {
            return checkpoint.seq();
        }

        @Override
        public Checkpoint checkpoint() {
            return checkpoint;
        }

        @Override
        public void checkpoint(long seq, Instant at, Map<String, Snapshot> snapshots, Instant takenAt, boolean retainEvents) {
            Map<String, Snapshot> all = new HashMap<>(checkpoint.snapshots());
            all.putAll(snapshots);
            checkpoint = new Checkpoint(seq, at, all, takenAt);
            // memory keeps only what a rebuild replays
            events.headMap(seq, true).values().forEach(e -> eventKeys.remove(key(e.event())));
            events.headMap(seq, true).clear();
            escalations.values().removeIf(r -> r.firedAt().isBefore(at) && !"PENDING".equals(r.delivery()));
        }

        @Override
        public OptionalLong append(LiveEvent event, Instant monitorTime, Instant receivedAt) {
            EventKey k = key(event);
            if (eventKeys.containsKey(k)) {
                return OptionalLong.empty();
            }
            long seq = nextSeq++;
            events.put(seq, new StoredEvent(seq, event, monitorTime));
            eventKeys.put(k, seq);
            return OptionalLong.of(seq);
        }

        @Override
        public void eventsAfter(long seq, Consumer<StoredEvent> action) {
            new ArrayList<>(events.tailMap(seq, false).values()).forEach(action);
        }

        @Override
        public Map<String, String> routes(String fact) {
            return new TreeMap<>(routes.getOrDefault(fact, Map.of()));
        }

        @Override
        public void route(String fact, String standard, String version) {
            routes.computeIfAbsent(fact, f -> new HashMap<>()).put(standard, version);
        }

        @Override
        public OptionalLong record(Escalation e, Instant firedAt, boolean deliver) {
            Key k = Key.of(e);
            if (escalations.containsKey(k)) {
                return OptionalLong.empty();
            }
            long id = nextId++;
            escalations.put(k, new Row(id, e, firedAt, deliver ? "PENDING" : "NONE", 0, deliver ? firedAt : null));
            return OptionalLong.of(id);
        }

        @Override
        public Optional<RuntimeException> isolated(Runnable action) {
            try {
                action.run();
                return Optional.empty();
            } catch (RuntimeException e) {
                return Optional.of(e);
            }
        }
    };

    private static EventKey key(LiveEvent e) {
        return new EventKey(e.fact(), e.event().name(), e.event().at());
    }

    @Override
    public List<Outgoing> dueForDelivery(Instant now, int max) {
        lock.lock();
        try {
            return escalations.values().stream()
                    .filter(r -> "PENDING".equals(r.delivery()) && !r.nextAttempt().isAfter(now))
                    .sorted(java.util.Comparator.comparing(Row::nextAttempt).thenComparingLong(Row::id))
                    .limit(Math.max(1, max))
                    .map(r -> new Outgoing(r.id(), r.escalation(), r.firedAt(), r.attempts(), r.nextAttempt()))
                    .toList();
        } finally {
            lock.unlock();
        }
    }

    private void update(long id, Function<Row, Row> change) {
        lock.lock();
        try {
            escalations.replaceAll((k, r) -> r.id() == id ? change.apply(r) : r);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean claim(long id, Instant expected, Instant leaseUntil) {
        lock.lock();
        try {
            for (Map.Entry<Key, Row> e : escalations.entrySet()) {
                Row r = e.getValue();
                if (r.id() == id) {
                    if (!"PENDING".equals(r.delivery()) || !expected.equals(r.nextAttempt())) {
                        return false;
                    }
                    e.setValue(r.with("PENDING", r.attempts(), leaseUntil));
                    return true;
                }
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void delivered(long id, int attempts, Instant at) {
        update(id, r -> r.with("DELIVERED", attempts, null));
    }

    @Override
    public void retry(long id, int attempts, Instant next, String error) {
        update(id, r -> r.with("PENDING", attempts, next));
    }

    @Override
    public void failed(long id, int attempts, String error) {
        update(id, r -> r.with("FAILED", attempts, null));
    }

    @Override
    public DeliveryCounts deliveryCounts() {
        lock.lock();
        try {
            long pending = escalations.values().stream().filter(r -> "PENDING".equals(r.delivery())).count();
            long failed = escalations.values().stream().filter(r -> "FAILED".equals(r.delivery())).count();
            return new DeliveryCounts(pending, failed);
        } finally {
            lock.unlock();
        }
    }
}
