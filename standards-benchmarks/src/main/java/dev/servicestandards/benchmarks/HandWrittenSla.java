package dev.servicestandards.benchmarks;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import dev.servicestandards.model.BusinessCalendar;
import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;
import dev.servicestandards.api.Report;

/**
 * The first baseline: the 20 clauses of {@code twenty-clauses.yaml} as a CRM team would hand-write
 * them in plain Java with java.time — no rule engine, no standard file; business time on the
 * model's {@link BusinessCalendar}, as a team would use a calendar library. It computes the same
 * findings and keeps a result per violated or pending clause (and, when asked, per met one), as
 * the library's report does. {@link TunedSla} is the same, tuned.
 */
final class HandWrittenSla {

    /** One judged clause for one ticket. */
    record Result(String ticket, String clause, String outcome, Instant deadline, String tier, int points) {
    }

    /** Outcome counts and the violated and pending results (met ones too with {@code keepMet}). */
    static final class Outcomes {
        long met;
        long violated;
        long pending;
        final boolean keepMet;
        final List<Result> results = new ArrayList<>();

        Outcomes() {
            this(false);
        }

        Outcomes(boolean keepMet) {
            this.keepMet = keepMet;
        }

        /** Counts a finding, and keeps it unless it is met (or met ones are kept). */
        void add(Result result) {
            switch (result.outcome()) {
                case "met" -> met++;
                case "violated" -> violated++;
                default -> pending++;
            }
            if (keepMet || !"met".equals(result.outcome())) {
                results.add(result);
            }
        }

        void addAll(Outcomes o) {
            met += o.met;
            violated += o.violated;
            pending += o.pending;
            results.addAll(o.results);
        }
    }

    /** The zone of the standard, and its office-hours calendar as {@code twenty-clauses.yaml} declares it. */
    static final String ZONE = "Asia/Shanghai";
    static final BusinessCalendar ALL_DAY = BusinessCalendar.twentyFourSeven(ZONE);

    static BusinessCalendar office() {
        return BusinessCalendar.builder("office", ZONE).hours("09:00-12:00, 13:30-18:00")
                .holidays("2025-05-01", "2025-05-02", "2025-05-05", "2025-06-02").build();
    }

    private record TimeLimit(String id, Predicate<Fact> applies, String from, String to, Duration within,
            BusinessCalendar calendar, boolean pause, long[] tierPercents, Duration[] tierOffsets, String[] tierNames,
            int points) {
    }

    private record Limit(String id, Predicate<Fact> applies, String attribute, boolean atMost, BigDecimal bound) {
    }

    private record Required(String id, Predicate<Fact> applies, List<String> fields) {
    }

    private static final long[] FOUR_PERCENTS = {75, 100, 100, 100};
    private static final Duration[] FOUR_OFFSETS = {Duration.ZERO, Duration.ZERO, Duration.ofHours(24), Duration.ofHours(72)};
    private static final String[] FOUR_NAMES = {"reminder", "station", "branch", "headquarters"};
    private static final long[] TWO_PERCENTS = {100, 100};
    private static final Duration[] TWO_OFFSETS = {Duration.ZERO, Duration.ofHours(4)};
    private static final String[] TWO_NAMES = {"station", "branch"};
    private static final long[] NO_PERCENTS = {};
    private static final Duration[] NO_OFFSETS = {};
    private static final String[] NO_NAMES = {};

    private static Predicate<Fact> is(String field, String value) {
        return f -> value.equals(f.field(field).map(String::valueOf).orElse(null));
    }

    private static TimeLimit tl(String id, String kind, String from, String to, int hours, BusinessCalendar calendar,
            boolean pause, boolean tiers) {
        return new TimeLimit(id, is("kind", kind), from, to, Duration.ofHours(hours), calendar, pause,
                tiers ? FOUR_PERCENTS : NO_PERCENTS, tiers ? FOUR_OFFSETS : NO_OFFSETS, tiers ? FOUR_NAMES : NO_NAMES, 2);
    }

    private final BusinessCalendar office = office();

    private final List<TimeLimit> timeLimits = List.of(
            tl("complaint.accept", "complaint", "created", "accepted", 48, ALL_DAY, false, true),
            tl("complaint.investigate", "complaint", "accepted", "investigated", 72, ALL_DAY, true, true),
            tl("complaint.answer", "complaint", "created", "answered", 120, ALL_DAY, false, true),
            tl("fault.accept", "fault", "created", "accepted", 4, office, false, true),
            tl("fault.investigate", "fault", "accepted", "investigated", 16, office, true, false),
            tl("fault.answer", "fault", "created", "answered", 72, ALL_DAY, false, true),
            tl("enquiry.accept", "enquiry", "created", "accepted", 8, office, false, false),
            tl("enquiry.answer", "enquiry", "created", "answered", 16, office, false, false),
            new TimeLimit("p1.accept", is("priority", "P1"), "created", "accepted", Duration.ofHours(2), ALL_DAY, false,
                    TWO_PERCENTS, TWO_OFFSETS, TWO_NAMES, 3),
            new TimeLimit("p2.accept", is("priority", "P2"), "created", "accepted", Duration.ofHours(24), ALL_DAY, false,
                    TWO_PERCENTS, TWO_OFFSETS, TWO_NAMES, 3));

    private final List<Limit> limits = List.of(
            new Limit("callbacks.max", is("kind", "complaint"), "callbacks", true, new BigDecimal("3")),
            new Limit("satisfaction.min", is("kind", "complaint"), "satisfaction", false, new BigDecimal("2")),
            new Limit("fault.callbacks", is("kind", "fault"), "callbacks", true, new BigDecimal("2")),
            new Limit("fault.satisfaction", is("kind", "fault"), "satisfaction", false, new BigDecimal("3")),
            new Limit("hotline.callbacks", is("channel", "hotline"), "callbacks", true, new BigDecimal("2")),
            new Limit("web.satisfaction", is("channel", "web"), "satisfaction", false, new BigDecimal("2")));

    private final List<Required> required = List.of(
            new Required("record.complaint", is("kind", "complaint"), List.of("record", "instruction", "reply", "result")),
            new Required("record.fault", is("kind", "fault"), List.of("record", "instruction", "result")),
            new Required("record.hotline", is("channel", "hotline"), List.of("record", "reply")),
            new Required("record.app", is("channel", "app"), List.of("record")));

    Outcomes evaluate(List<Fact> facts, Instant asOf) {
        return evaluate(facts, asOf, false);
    }

    Outcomes evaluate(List<Fact> facts, Instant asOf, boolean keepMet) {
        Outcomes out = new Outcomes(keepMet);
        for (Fact fact : facts) {
            judge(fact, asOf, out);
        }
        return out;
    }

    /** Judges one fact (tickets only) into {@code out}. */
    void judge(Fact fact, Instant asOf, Outcomes out) {
        if (!"ticket".equals(fact.type())) {
            return;
        }
        List<Event> events = new ArrayList<>(fact.events());
        events.removeIf(e -> e.at().isAfter(asOf));
        events.sort(Comparator.comparing(Event::at));
        for (TimeLimit t : timeLimits) {
            if (t.applies().test(fact)) {
                timeLimit(t, fact, events, asOf, out);
            }
        }
        for (Limit l : limits) {
            if (l.applies().test(fact)) {
                Object value = fact.field(l.attribute()).orElse(null);
                if (value instanceof BigDecimal number) {
                    int c = number.compareTo(l.bound());
                    boolean ok = l.atMost() ? c <= 0 : c >= 0;
                    record(out, fact, l.id(), ok ? "met" : "violated", null, null, ok ? 0 : 1);
                }
            }
        }
        for (Required r : required) {
            if (r.applies().test(fact)) {
                boolean ok = true;
                for (String field : r.fields()) {
                    Object value = fact.field(field).orElse(null);
                    if (value == null || value instanceof String s && s.isBlank()) {
                        ok = false;
                    }
                }
                record(out, fact, r.id(), ok ? "met" : "violated", null, null, ok ? 0 : 1);
            }
        }
    }

    private static void timeLimit(TimeLimit t, Fact fact, List<Event> events, Instant asOf, Outcomes out) {
        Instant start = null;
        Instant stop = null;
        Instant pausedSince = null;
        List<Instant[]> pauses = new ArrayList<>();
        for (Event e : events) {
            if (start == null) {
                if (e.name().equals(t.from())) {
                    start = e.at();
                }
            } else if (e.name().equals(t.to())) {
                stop = e.at();
                break;
            } else if (t.pause() && e.name().equals("suspended") && pausedSince == null) {
                pausedSince = e.at();
            } else if (t.pause() && e.name().equals("resumed") && pausedSince != null) {
                pauses.add(new Instant[] {pausedSince, e.at()});
                pausedSince = null;
            }
        }
        if (start == null) {
            return;
        }
        if (stop != null && pausedSince != null) {
            pauses.add(new Instant[] {pausedSince, stop});
            pausedSince = null;
        }
        Instant deadline = after(t.calendar(), start, t.within(), pauses, pausedSince);
        String tier = null;
        for (int i = 0; i < t.tierNames().length; i++) {
            Duration d = Duration.ofNanos(Math.floorDiv(t.within().toNanos() * t.tierPercents()[i] + 99, 100))
                    .plus(t.tierOffsets()[i]);
            Instant at = after(t.calendar(), start, d, pauses, pausedSince);
            if (at != null && !at.isAfter(asOf) && (stop == null || at.isBefore(stop))) {
                tier = t.tierNames()[i];
            }
        }
        String outcome;
        if (stop != null) {
            outcome = deadline != null && stop.isAfter(deadline) ? "violated" : "met";
        } else {
            outcome = deadline != null && asOf.isAfter(deadline) ? "violated" : "pending";
        }
        record(out, fact, t.id(), outcome, deadline, tier, "violated".equals(outcome) ? t.points() : 0);
    }

    /**
     * When {@code amount} of working time on {@code calendar} has passed since {@code start}, skipping
     * pauses; null inside an open pause.
     */
    private static Instant after(BusinessCalendar calendar, Instant start, Duration amount, List<Instant[]> pauses,
            Instant openPause) {
        Instant from = start;
        Duration remaining = amount;
        for (Instant[] p : pauses) {
            Duration segment = calendar.workingTime(from, p[0]);
            if (segment.compareTo(remaining) >= 0) {
                return calendar.plusWorkingTime(from, remaining);
            }
            remaining = remaining.minus(segment);
            from = p[1];
        }
        if (openPause != null) {
            Duration segment = calendar.workingTime(from, openPause);
            return segment.compareTo(remaining) >= 0 ? calendar.plusWorkingTime(from, remaining) : null;
        }
        return calendar.plusWorkingTime(from, remaining);
    }

    private static void record(Outcomes out, Fact fact, String clause, String outcome, Instant deadline, String tier,
            int points) {
        out.add(new Result(fact.id(), clause, outcome, deadline, tier, points));
    }

    /**
     * The same on {@code threads} threads of {@code pool}, as a CRM team would parallelize it:
     * one contiguous slice of the facts per thread, results merged in input order.
     */
    Outcomes evaluate(List<Fact> facts, Instant asOf, java.util.concurrent.ExecutorService pool, int threads)
            throws java.util.concurrent.ExecutionException, InterruptedException {
        return Contenders.sliced(facts, pool, threads, slice -> evaluate(slice, asOf));
    }

    /**
     * The outcome counts of both sides, printed, when they agree; a benchmark whose sides judge
     * differently measures nothing, so its setup fails.
     */
    static String agreedCounts(Report report, Outcomes o) {
        Map<String, Long> ours = Map.of("met", report.summary().met(), "violated", report.summary().violated(),
                "pending", report.summary().pending());
        Map<String, Long> theirs = Map.of("met", o.met, "violated", o.violated, "pending", o.pending);
        if (!ours.equals(theirs)) {
            throw new IllegalStateException("the baseline and the library disagree: " + theirs + " vs " + ours);
        }
        return "outcomes " + new TreeMap<>(ours);
    }
}
