package dev.servicestandards.benchmarks;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

import dev.servicestandards.benchmarks.HandWrittenSla.Outcomes;
import dev.servicestandards.benchmarks.HandWrittenSla.Result;
import dev.servicestandards.model.BusinessCalendar;
import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;

/**
 * The limit: {@link HandWrittenSla} tuned by hand, with the same findings. What changed, and why
 * it is what a careful team would do rather than a trick:
 * <ul>
 * <li>each fact's selector fields ({@code kind}, {@code priority}, {@code channel}) are read once
 *     and dispatched with a {@code switch}, instead of twenty predicates each reading a field
 *     through an {@code Optional};</li>
 * <li>the event history is copied and sorted only when it is not already in time order by as-of;</li>
 * <li>a clock keeps its pauses in a small array made only when a ticket was suspended; 24x7
 *     clocks add durations to instants directly, office-hours clocks ask the calendar;</li>
 * <li>the highest tier reached is looked for from the top (tiers fall due in order), and the
 *     instant of a tier at 100% is the deadline already computed;</li>
 * <li>tier amounts ({@code 75%}, {@code 100% + 24h}) are computed once per clause, not per clock;</li>
 * <li>each limit's attribute and each required field is read once per fact, however many clauses
 *     read it.</li>
 * </ul>
 * Business time uses the model's {@link BusinessCalendar}, as the other contenders do. Thread-safe.
 */
final class TunedSla {

    /** One time-limit clause: its events, allowance, calendar, pause and tiers, with each tier's amount of active time. */
    private record Clock(String id, String from, String to, Duration within, BusinessCalendar calendar, boolean allDay,
            boolean pause, Duration[] tierAmounts, String[] tierNames, int points) {
    }

    private static final String[] FOUR_NAMES = {"reminder", "station", "branch", "headquarters"};
    private static final String[] TWO_NAMES = {"station", "branch"};
    private static final String[] NO_NAMES = {};
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    private static Clock clock(String id, String from, String to, int hours, BusinessCalendar calendar, boolean pause,
            String[] tierNames, int points) {
        Duration within = Duration.ofHours(hours);
        Duration[] amounts = new Duration[tierNames.length];
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = tierNames == FOUR_NAMES
                    ? switch (i) {
                        case 0 -> Duration.ofNanos(Math.floorDiv(within.toNanos() * 75 + 99, 100));
                        case 1 -> within;
                        case 2 -> within.plusHours(24);
                        default -> within.plusHours(72);
                    }
                    : i == 0 ? within : within.plusHours(4);
        }
        return new Clock(id, from, to, within, calendar, calendar == HandWrittenSla.ALL_DAY, pause, amounts, tierNames,
                points);
    }

    private final BusinessCalendar office = HandWrittenSla.office();
    private final BusinessCalendar allDay = HandWrittenSla.ALL_DAY;

    private final Clock[] complaint = {
        clock("complaint.accept", "created", "accepted", 48, allDay, false, FOUR_NAMES, 2),
        clock("complaint.investigate", "accepted", "investigated", 72, allDay, true, FOUR_NAMES, 2),
        clock("complaint.answer", "created", "answered", 120, allDay, false, FOUR_NAMES, 2)};
    private final Clock[] fault = {
        clock("fault.accept", "created", "accepted", 4, office, false, FOUR_NAMES, 2),
        clock("fault.investigate", "accepted", "investigated", 16, office, true, NO_NAMES, 2),
        clock("fault.answer", "created", "answered", 72, allDay, false, FOUR_NAMES, 2)};
    private final Clock[] enquiry = {
        clock("enquiry.accept", "created", "accepted", 8, office, false, NO_NAMES, 2),
        clock("enquiry.answer", "created", "answered", 16, office, false, NO_NAMES, 2)};
    private final Clock p1 = clock("p1.accept", "created", "accepted", 2, allDay, false, TWO_NAMES, 3);
    private final Clock p2 = clock("p2.accept", "created", "accepted", 24, allDay, false, TWO_NAMES, 3);

    Outcomes evaluate(List<Fact> facts, Instant asOf, boolean keepMet) {
        Outcomes out = new Outcomes(keepMet);
        for (Fact fact : facts) {
            judge(fact, asOf, out);
        }
        return out;
    }

    Outcomes evaluate(List<Fact> facts, Instant asOf, ExecutorService pool, int threads, boolean keepMet)
            throws ExecutionException, InterruptedException {
        return Contenders.sliced(facts, pool, threads, slice -> evaluate(slice, asOf, keepMet));
    }

    /** Judges one fact (tickets only) into {@code out}. */
    void judge(Fact fact, Instant asOf, Outcomes out) {
        if (!"ticket".equals(fact.type())) {
            return;
        }
        String id = fact.id();
        String kind = fact.text("kind");
        String priority = fact.text("priority");
        String channel = fact.text("channel");
        List<Event> history = null;
        Clock[] byKind = kind == null ? null : switch (kind) {
            case "complaint" -> complaint;
            case "fault" -> fault;
            case "enquiry" -> enquiry;
            default -> null;
        };
        if (byKind != null) {
            history = history(fact.events(), asOf);
            for (Clock c : byKind) {
                clock(c, id, history, asOf, out);
            }
        }
        Clock byPriority = "P1".equals(priority) ? p1 : "P2".equals(priority) ? p2 : null;
        if (byPriority != null) {
            clock(byPriority, id, history != null ? history : history(fact.events(), asOf), asOf, out);
        }
        boolean isComplaint = "complaint".equals(kind);
        boolean isFault = "fault".equals(kind);
        boolean hotline = "hotline".equals(channel);
        boolean web = "web".equals(channel);
        if (isComplaint || isFault || hotline) {
            BigDecimal callbacks = fact.number("callbacks");
            if (callbacks != null) {
                if (isComplaint) {
                    limit(out, id, "callbacks.max", callbacks.compareTo(THREE) <= 0);
                }
                if (isFault) {
                    limit(out, id, "fault.callbacks", callbacks.compareTo(TWO) <= 0);
                }
                if (hotline) {
                    limit(out, id, "hotline.callbacks", callbacks.compareTo(TWO) <= 0);
                }
            }
        }
        if (isComplaint || isFault || web) {
            BigDecimal satisfaction = fact.number("satisfaction");
            if (satisfaction != null) {
                if (isComplaint) {
                    limit(out, id, "satisfaction.min", satisfaction.compareTo(TWO) >= 0);
                }
                if (isFault) {
                    limit(out, id, "fault.satisfaction", satisfaction.compareTo(THREE) >= 0);
                }
                if (web) {
                    limit(out, id, "web.satisfaction", satisfaction.compareTo(TWO) >= 0);
                }
            }
        }
        boolean app = "app".equals(channel);
        if (isComplaint || isFault || hotline || app) {
            boolean record = fact.blank("record");
            if (isComplaint) {
                limit(out, id, "record.complaint",
                        !(record || fact.blank("instruction") || fact.blank("reply") || fact.blank("result")));
            }
            if (isFault) {
                limit(out, id, "record.fault", !(record || fact.blank("instruction") || fact.blank("result")));
            }
            if (hotline) {
                limit(out, id, "record.hotline", !(record || fact.blank("reply")));
            }
            if (app) {
                limit(out, id, "record.app", !record);
            }
        }
    }

    private static final Comparator<Event> BY_TIME = Comparator.comparing(Event::at);

    /** The events by as-of in time order (stable): the fact's own list when it already is. */
    private static List<Event> history(List<Event> events, Instant asOf) {
        Instant previous = null;
        for (Event e : events) {
            if (e.at().isAfter(asOf) || previous != null && e.at().isBefore(previous)) {
                List<Event> sorted = new ArrayList<>(events.size());
                for (Event f : events) {
                    if (!f.at().isAfter(asOf)) {
                        sorted.add(f);
                    }
                }
                sorted.sort(BY_TIME);
                return sorted;
            }
            previous = e.at();
        }
        return events;
    }

    private static void limit(Outcomes out, String id, String clause, boolean met) {
        out.add(new Result(id, clause, met ? "met" : "violated", null, null, met ? 0 : 1));
    }

    private void clock(Clock c, String id, List<Event> history, Instant asOf, Outcomes out) {
        Instant start = null;
        Instant stop = null;
        Instant pausedSince = null;
        boolean pausedBefore = false;
        Instant[] pauses = null;
        int pauseCount = 0;
        for (int i = 0, n = history.size(); i < n; i++) {
            Event e = history.get(i);
            String name = e.name();
            if (start == null) {
                if (name.equals(c.from())) {
                    start = e.at();
                    if (pausedBefore) {
                        pausedSince = start;
                    }
                } else if (c.pause()) {
                    if (name.equals("suspended")) {
                        pausedBefore = true;
                    } else if (name.equals("resumed")) {
                        pausedBefore = false;
                    }
                }
            } else if (name.equals(c.to())) {
                stop = e.at();
                break;
            } else if (c.pause()) {
                if (pausedSince == null && name.equals("suspended")) {
                    pausedSince = e.at();
                } else if (pausedSince != null && name.equals("resumed")) {
                    if (e.at().isAfter(pausedSince)) {
                        if (pauses == null) {
                            pauses = new Instant[4];
                        } else if (pauseCount * 2 == pauses.length) {
                            pauses = java.util.Arrays.copyOf(pauses, pauses.length * 2);
                        }
                        pauses[pauseCount * 2] = pausedSince;
                        pauses[pauseCount * 2 + 1] = e.at();
                        pauseCount++;
                    }
                    pausedSince = null;
                }
            }
        }
        if (start == null) {
            return;
        }
        if (stop != null && pausedSince != null) {
            // closed while suspended: the pause ends with it
            if (pauses == null) {
                pauses = new Instant[2];
            } else if (pauseCount * 2 == pauses.length) {
                pauses = java.util.Arrays.copyOf(pauses, pauses.length + 2);
            }
            pauses[pauseCount * 2] = pausedSince;
            pauses[pauseCount * 2 + 1] = stop;
            pauseCount++;
            pausedSince = null;
        }
        Instant deadline = after(c, start, c.within(), pauses, pauseCount, pausedSince);
        String tier = null;
        String[] names = c.tierNames();
        for (int i = names.length - 1; i >= 0; i--) {
            Duration amount = c.tierAmounts()[i];
            Instant at = amount == c.within() ? deadline : after(c, start, amount, pauses, pauseCount, pausedSince);
            if (at != null && !at.isAfter(asOf) && (stop == null || at.isBefore(stop))) {
                tier = names[i];
                break;
            }
        }
        boolean violated = stop != null ? stop.isAfter(deadline) : deadline != null && asOf.isAfter(deadline);
        String outcome = violated ? "violated" : stop != null ? "met" : "pending";
        out.add(new Result(id, c.id(), outcome, deadline, tier, violated ? c.points() : 0));
    }

    /** When {@code amount} of active time has passed since {@code start}, skipping pauses; null inside an open pause. */
    private static Instant after(Clock c, Instant start, Duration amount, Instant[] pauses, int pauseCount,
            Instant openPause) {
        Instant from = start;
        Duration remaining = amount;
        for (int p = 0; p < pauseCount; p++) {
            Instant pauseStart = pauses[2 * p];
            Duration segment = workingTime(c, from, pauseStart);
            if (segment.compareTo(remaining) >= 0) {
                return plus(c, from, remaining);
            }
            remaining = remaining.minus(segment);
            from = pauses[2 * p + 1];
        }
        if (openPause != null) {
            Duration segment = workingTime(c, from, openPause);
            return segment.compareTo(remaining) >= 0 ? plus(c, from, remaining) : null;
        }
        return plus(c, from, remaining);
    }

    private static Duration workingTime(Clock c, Instant from, Instant to) {
        if (c.allDay()) {
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }
        return c.calendar().workingTime(from, to);
    }

    private static Instant plus(Clock c, Instant from, Duration amount) {
        return c.allDay() ? from.plus(amount) : c.calendar().plusWorkingTime(from, amount);
    }
}
