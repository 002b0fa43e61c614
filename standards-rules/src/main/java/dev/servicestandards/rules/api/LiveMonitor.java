package dev.servicestandards.rules.api;

import java.time.Instant;

/**
 * Fires escalation tiers at the instant they fall due, once each, as events arrive. Runs a
 * Drools session in stream mode on a pseudo session clock that the monitor moves: by
 * {@link #advanceTo(Instant)} when replaying, or from the {@link java.time.Clock} it was given
 * on every {@link #tick()}. Not thread-safe: call it from one thread (or synchronize).
 */
public interface LiveMonitor extends AutoCloseable {

    /**
     * Takes an event at the monitor's current time (moving the clock to the event's instant if
     * that is later). What fell due before the event's instant fires first; a stop event cancels
     * the tiers not yet fired. What falls due at the event's instant fires when time moves past
     * it (a later event, {@link #advanceTo} or {@link #tick}), so a stop at that instant wins
     * whichever fact's event arrives first, as in batch evaluation.
     *
     * @throws IllegalArgumentException if the event's instant is outside the range
     *         {@link LiveEvents#EARLIEST} to {@link LiveEvents#END}, its type is not ticket or interaction,
     *         or a field is not text, true/false or a number below 1E15 with at most 20 decimals (what
     *         {@link LiveEvents} accepts); the monitor is unchanged
     */
    void accept(LiveEvent event);

    /** Lets time pass up to {@code instant}, firing every tier that falls due by then, in time order. */
    void advanceTo(Instant instant);

    /** Advances to the instant of the clock the monitor was built with. */
    void tick();

    /** The monitor's current time. */
    Instant now();

    /** How many facts have an escalating clock still open. */
    int openClocks();

    /**
     * The monitor's state as stable JSON (sorted, no volatile data): the facts seen, their
     * events and fields, and the tiers fired. Restore it with {@link RuleSet#restoreMonitor}.
     */
    String snapshot();

    @Override
    void close();
}
