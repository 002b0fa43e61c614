package dev.servicestandards.flink.internal;

/**
 * One live-event line on its way to its fact's key: the fact id and event time read from it, and
 * the line itself, which the keyed function reads with {@code LiveEvents} once the fact's type is
 * known. A Flink POJO (public fields, no-argument constructor) so that Flink serializes it
 * without Kryo. Internal.
 */
public final class EventLine {

    /** The fact id ({@code "fact"}). */
    public String fact;
    /** The event's instant in epoch milliseconds, rounded up: its event time. */
    public long time;
    /** The line as it came. */
    public String line;

    public EventLine() {
    }

    public EventLine(String fact, long time, String line) {
        this.fact = fact;
        this.time = time;
        this.line = line;
    }

    @Override
    public String toString() {
        return "EventLine[" + fact + " @" + time + "]";
    }
}
