package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A repeat clause: at most so many facts with the same key (a customer, a line) within a window,
 * e.g. "at most 2 complaints by one customer in 30 days". Each fact it applies to is an
 * {@link Occurrence} of its key, dated by an event; the clause's rules count the occurrences of
 * the same key before it within the window and decide. Immutable.
 */
public final class Repeat extends Clause {

    private final String key;
    private final Duration window;
    private final int atMost;
    private final String event;

    private Repeat(Head head, String key, Duration window, int atMost, String event) {
        super(head);
        this.key = requireNonNull(key, "key");
        this.window = requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a repeat window is longer than zero, not " + window);
        }
        if (atMost < 0) {
            throw new IllegalArgumentException("at most " + atMost);
        }
        this.atMost = atMost;
        this.event = event;
    }

    /**
     * A repeat clause: at most {@code atMost} facts with the same {@code key} within {@code window}
     * ({@code 30 days}, {@code 720h}: elapsed time), each dated by its first {@code event} (null:
     * its earliest event).
     */
    public static Repeat of(Head head, String key, String window, int atMost, String event) {
        return new Repeat(head, key, parseWindow(window), atMost, event);
    }

    /** {@code 30 days}, {@code 30d} (30 × 24 hours) or a duration such as {@code 720h}. */
    static Duration parseWindow(String text) {
        TimeAllowance a = TimeAllowance.parse(text).orElseThrow(() -> new IllegalArgumentException("not a window: " + text));
        if (a instanceof TimeAllowance.Time t) {
            return t.duration();
        }
        if (a instanceof TimeAllowance.CalendarDays d) {
            return Duration.ofDays(d.days());
        }
        throw new IllegalArgumentException("a repeat window is elapsed time, not working days: " + text);
    }

    /** The field whose value identifies whose facts are counted together. */
    public String getKey() {
        return key;
    }

    public Duration getWindow() {
        return window;
    }

    public int getAtMost() {
        return atMost;
    }

    /** The event that dates a fact, or null for its earliest event. */
    public String getEvent() {
        return event;
    }

    @Override
    public String getLimit() {
        return "at-most " + atMost + " within " + window;
    }

    /**
     * The fact as an occurrence of its key, or null when it has no key or no event to date it
     * by. The occurrence keeps a summary of the fact: its id, type, fields and attributes (what
     * selectors, KPIs and scores read) and the event that dates it, not its other events or its
     * conversation.
     */
    public Occurrence occurrence(Fact fact) {
        Object value = fact.field(key).orElse(null);
        if (value == null || String.valueOf(value).isBlank()) {
            return null;
        }
        Event dated = null;
        for (Event e : fact.events()) {
            if ((event == null || e.name().equals(event)) && (dated == null || e.at().isBefore(dated.at()))) {
                dated = e;
            }
        }
        if (dated == null) {
            return null;
        }
        Fact summary = new Fact(fact.type(), fact.id(), fact.fields(), fact.attributes(), List.of(dated), List.of());
        return new Occurrence(this, summary, String.valueOf(value), dated.at());
    }

    /** {@code earlier}, the occurrences of the same key before {@code occurrence} within the window, in date order. */
    public List<Occurrence> earlier(Occurrence occurrence, List<Occurrence> candidates) {
        List<Occurrence> out = new ArrayList<>();
        for (Occurrence c : candidates) {
            if (c.getKey().equals(occurrence.getKey()) && c.precedes(occurrence) && c.getAt().isAfter(occurrence.getWindowStart())) {
                out.add(c);
            }
        }
        out.sort(Occurrence.ORDER);
        return out;
    }

    /** The start of the window that ends at {@code at}: occurrences after it (not at it) count. */
    Instant windowStart(Instant at) {
        return at.minus(window);
    }
}
