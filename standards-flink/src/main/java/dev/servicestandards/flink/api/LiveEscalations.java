package dev.servicestandards.flink.api;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

import dev.servicestandards.flink.internal.EscalationFunction;
import dev.servicestandards.flink.internal.EventLine;
import dev.servicestandards.flink.internal.KeyLines;

/**
 * The live monitor as a Flink DataStream job: live-event lines in (the JSON Lines that
 * {@link dev.servicestandards.rules.api.LiveEvents} reads, from files or Kafka), escalations out
 * as JSON lines (as {@code standards monitor} prints them). Each fact is a key; its events live in
 * keyed state and its next decision is an event-time timer; the standard's rules judge it, loaded
 * once per task from the standard's KJAR. Immutable; the {@code with...} methods return copies.
 *
 * <p><b>Event time.</b> Watermarks trail the latest event by {@link #allowedLateness()}: events up
 * to that much out of order are put back in time order before they are judged, and each fact is
 * judged exactly as the in-process monitor judges the sorted stream. An event later than that is
 * applied when it comes and judged at the watermark, as the in-process monitor takes an event
 * older than its clock: a tier already reported stays reported.
 *
 * @param kjar            the standard's KJAR ({@link dev.servicestandards.rules.api.RuleSets#kjar})
 * @param allowedLateness how far out of order events may come and still be judged in order
 * @param idleness        after how long without events a source split (a Kafka partition) stops
 *                        holding the watermark back
 * @param until           for a replay: nothing is judged after this instant (at the end of bounded
 *                        input the watermark jumps to the end of time, and every tier would fall due)
 * @param retention       how long (event time) a fact with no decision to come is kept for late
 *                        events before its state is let go
 */
public record LiveEscalations(byte[] kjar, Duration allowedLateness, Duration idleness, Optional<Instant> until,
        Duration retention) {

    /** Events up to a minute out of order. */
    public static final Duration DEFAULT_LATENESS = Duration.ofMinutes(1);
    /** A fact whose every clock has stopped is kept a week for late events. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

    public LiveEscalations {
        requireNonNull(kjar, "kjar");
        kjar = kjar.clone();
        requireNonNull(allowedLateness, "allowedLateness");
        requireNonNull(idleness, "idleness");
        requireNonNull(until, "until");
        requireNonNull(retention, "retention");
        if (allowedLateness.isNegative()) {
            throw new IllegalArgumentException("allowed lateness must not be negative, not " + allowedLateness);
        }
        if (idleness.isNegative() || idleness.isZero()) {
            throw new IllegalArgumentException("idleness must be positive, not " + idleness);
        }
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative, not " + retention);
        }
    }

    /** The job of a standard's KJAR with the default lateness, idleness and retention, and no end. */
    public static LiveEscalations of(byte[] kjar) {
        return new LiveEscalations(kjar, DEFAULT_LATENESS, Duration.ofMinutes(1), Optional.empty(), DEFAULT_RETENTION);
    }

    @Override
    public byte[] kjar() {
        return kjar.clone();
    }

    public LiveEscalations withAllowedLateness(Duration lateness) {
        return new LiveEscalations(kjar, lateness, idleness, until, retention);
    }

    public LiveEscalations withIdleness(Duration idle) {
        return new LiveEscalations(kjar, allowedLateness, idle, until, retention);
    }

    public LiveEscalations withUntil(Instant end) {
        return new LiveEscalations(kjar, allowedLateness, idleness, Optional.of(end), retention);
    }

    public LiveEscalations withRetention(Duration keep) {
        return new LiveEscalations(kjar, allowedLateness, idleness, until, keep);
    }

    /** The escalations of {@code eventLines} and the lines rejected, with their reasons (both JSON lines). */
    public Streams apply(DataStream<String> eventLines) {
        // keyed where the lines are read (chained to the source), so that a source split's lines keep their order:
        // events of a fact at one instant are applied in the order they came
        SingleOutputStreamOperator<EventLine> keyed = eventLines.process(new KeyLines()).name("key live events by fact")
                .setParallelism(eventLines.getParallelism()).returns(EventLine.class);
        DataStream<String> unkeyed = keyed.getSideOutput(EscalationFunction.REJECTED);
        SingleOutputStreamOperator<String> escalations = keyed
                .assignTimestampsAndWatermarks(WatermarkStrategy.<EventLine>forBoundedOutOfOrderness(allowedLateness)
                        .withTimestampAssigner((e, previous) -> e.time).withIdleness(idleness))
                .name("event time")
                .keyBy(e -> e.fact, Types.STRING)
                .process(new EscalationFunction(kjar, until.orElse(null), retention)).name("judge facts")
                .uid("judge-facts").returns(Types.STRING);
        return new Streams(escalations, unkeyed.union(escalations.getSideOutput(EscalationFunction.REJECTED)));
    }

    /** What the job puts out. */
    public record Streams(DataStream<String> escalations, DataStream<String> rejected) {
        public Streams {
            requireNonNull(escalations, "escalations");
            requireNonNull(rejected, "rejected");
        }
    }
}
