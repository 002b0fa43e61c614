package dev.servicestandards.spring.internal;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.servicestandards.rules.api.Escalation;
import dev.servicestandards.rules.api.LiveEvent;

/**
 * Where one monitor keeps its events, its state and the escalations it fired. Every change the
 * monitor makes happens in {@link #locked}, all or nothing, while no other instance of the
 * application works on the same monitor. Thread-safe. Internal.
 */
public interface MonitorStore {

    /** The monitor's name in the store. */
    String name();

    /** Whether the state outlives the process (a database) or not (memory). */
    boolean isDurable();

    /**
     * Runs {@code work} holding the monitor's lock, in one transaction: every change it makes is
     * kept when it returns, and none when it throws.
     */
    <T> T locked(Function<Session, T> work);

    /** Escalations whose webhook delivery is due at {@code now}, oldest first. */
    List<Outgoing> dueForDelivery(Instant now, int max);

    /**
     * Claims a delivery: moves its next attempt from {@code expected} to {@code leaseUntil}, so
     * another instance polling meanwhile leaves it alone. False if someone else claimed it.
     */
    boolean claim(long id, Instant expected, Instant leaseUntil);

    /** Marks a delivery done. */
    void delivered(long id, int attempts, Instant at);

    /** Schedules another attempt. */
    void retry(long id, int attempts, Instant next, String error);

    /** Gives a delivery up. */
    void failed(long id, int attempts, String error);

    /** How many deliveries are waiting and how many were given up. */
    DeliveryCounts deliveryCounts();

    /** What the monitor does inside its lock. */
    interface Session {

        /** The monitor's time, as last stored by any instance. */
        Instant time();

        /** Stores the monitor's time (it only moves forward). */
        void time(Instant time);

        /** The last event the latest checkpoint covers (cheap: no snapshot is read). */
        long checkpointSeq();

        /** The latest checkpoint. */
        Checkpoint checkpoint();

        /**
         * Writes a checkpoint: the revisions' snapshots, covering every event up to {@code seq}.
         * Without {@code retainEvents} the events it covers are deleted.
         */
        void checkpoint(long seq, Instant time, Map<String, Snapshot> snapshots, Instant takenAt, boolean retainEvents);

        /**
         * Appends an event, unless one of the same fact, name and instant is stored already (a
         * client sending it again after a timeout).
         *
         * @return its sequence number, or empty for a repeat
         */
        OptionalLong append(LiveEvent event, Instant monitorTime, Instant receivedAt);

        /** Hands each event after {@code seq} to {@code action}, in sequence, as they are read. */
        void eventsAfter(long seq, Consumer<StoredEvent> action);

        /** The revision (version by standard id) each standard judges the fact by. */
        Map<String, String> routes(String fact);

        /** Records the revision a standard judges the fact by. */
        void route(String fact, String standard, String version);

        /**
         * Records an escalation unless it was recorded before (same standard, version, clause, fact
         * and tier).
         *
         * @param deliver whether it waits for webhook delivery
         * @return its id, or empty if it was recorded before
         */
        OptionalLong record(Escalation escalation, Instant firedAt, boolean deliver);

        /**
         * Runs {@code action} so that when it throws, the database work it did is undone and the
         * rest of the transaction stands (a savepoint).
         *
         * @return the exception it threw, if any
         */
        Optional<RuntimeException> isolated(Runnable action);
    }

    /** An event as stored. */
    record StoredEvent(long seq, LiveEvent event, Instant monitorTime) {
        public StoredEvent {
            requireNonNull(event, "event");
            requireNonNull(monitorTime, "monitorTime");
        }
    }

    /** A revision's monitor state. */
    record Snapshot(String revision, String contentHash, String json) {
        public Snapshot {
            requireNonNull(revision, "revision");
            requireNonNull(contentHash, "contentHash");
            requireNonNull(json, "json");
        }
    }

    /**
     * The state from which a monitor is rebuilt: the snapshots by revision ({@code id@version}),
     * the last event they cover, and the monitor time they were taken at.
     */
    record Checkpoint(long seq, Instant time, Map<String, Snapshot> snapshots, Instant takenAt) {
        public Checkpoint {
            requireNonNull(time, "time");
            snapshots = Map.copyOf(snapshots);
            requireNonNull(takenAt, "takenAt");
        }
    }

    /** An escalation waiting for webhook delivery. */
    record Outgoing(long id, Escalation escalation, Instant firedAt, int attempts, Instant nextAttempt) {
        public Outgoing {
            requireNonNull(escalation, "escalation");
            requireNonNull(firedAt, "firedAt");
            requireNonNull(nextAttempt, "nextAttempt");
        }
    }

    /** Webhook deliveries waiting and given up. */
    record DeliveryCounts(long pending, long failed) {
    }
}
