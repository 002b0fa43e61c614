package dev.servicestandards.flink.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;
import dev.servicestandards.rules.api.Escalation;
import dev.servicestandards.rules.api.Judgement;
import dev.servicestandards.rules.api.LiveEvent;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/**
 * The live monitor of one fact per key, on Flink's keyed state and event-time timers. The
 * standard's rules judge ({@link RuleSet#judge}) the fact when its events have happened (the
 * watermark has passed them) and again when its next decision falls due ({@link Judgement#nextDue},
 * one timer), reporting each escalation tier the rules find reached, once. This is what
 * {@link dev.servicestandards.rules.api.LiveMonitor} does in one process: events at an instant
 * are applied before the judgement at that instant, so a stop at the same instant as a tier wins.
 *
 * <p>An event that arrives after the watermark passed it (later than the allowed lateness) is
 * applied at once and judged at the watermark, as the in-process monitor takes an event older
 * than its clock: tiers already reported stay reported. Internal.
 */
public final class EscalationFunction extends KeyedProcessFunction<String, EventLine, String> {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Lines the job could not read, with their reason. */
    public static final OutputTag<String> REJECTED = new OutputTag<>("rejected", Types.STRING);

    private final byte[] kjar;
    /** Nothing is judged after this instant (a replay's end), or null. */
    private final Instant until;
    /** How long a fact without a decision to come is kept for late events, in event time. */
    private final Duration retention;

    private transient RuleSet rules;
    private transient ZoneId zone;
    /** The fact's type, from its first line. */
    private transient ValueState<String> type;
    /** Lines applied to the fact, in the order applied (each with its type). */
    private transient ValueState<List<String>> applied;
    /** Lines waiting for the watermark, by event time, in arrival order. */
    private transient MapState<Long, List<String>> pending;
    /** Escalations reported: clause, clock and tier. */
    private transient MapState<String, Boolean> fired;
    /** The exact instant the fact's next decision falls due. */
    private transient ValueState<String> due;
    /** When the fact's state is let go if nothing more is due. */
    private transient ValueState<Long> cleanup;

    public EscalationFunction(byte[] kjar, Instant until, Duration retention) {
        this.kjar = kjar.clone();
        this.until = until;
        this.retention = retention;
    }

    @Override
    public void open(OpenContext context) {
        // once per task: the KJAR holds the compiled rules, nothing is compiled here
        rules = RuleSets.load(kjar);
        if (rules.standard().clauses().stream().anyMatch(c -> c.kind() instanceof dev.servicestandards.api.ClauseKind.Repeat)) {
            // a repeat is decided among every fact of its key: keyed by fact, this job cannot see them
            throw new IllegalArgumentException(rules.standard().coordinates()
                    + " has repeat clauses, which the live Flink job does not judge (it keys by fact); use the in-process monitor");
        }
        zone = rules.standard().timezone();
        type = getRuntimeContext().getState(new ValueStateDescriptor<>("type", Types.STRING));
        applied = getRuntimeContext().getState(new ValueStateDescriptor<>("applied", Types.LIST(Types.STRING)));
        pending = getRuntimeContext().getMapState(new MapStateDescriptor<>("pending", Types.LONG, Types.LIST(Types.STRING)));
        fired = getRuntimeContext().getMapState(new MapStateDescriptor<>("fired", Types.STRING, Types.BOOLEAN));
        due = getRuntimeContext().getState(new ValueStateDescriptor<>("due", Types.STRING));
        cleanup = getRuntimeContext().getState(new ValueStateDescriptor<>("cleanup", Types.LONG));
    }

    @Override
    public void processElement(EventLine in, Context ctx, Collector<String> out) throws Exception {
        long watermark = ctx.timerService().currentWatermark();
        if (in.time <= watermark) {
            // late: applied now and judged at the watermark (the in-process monitor takes an old event at its clock)
            Instant asOf = Instant.ofEpochMilli(watermark);
            apply(in.line, ctx.getCurrentKey(), asOf, ctx, ctx.timerService(), out);
            return;
        }
        // read when its time comes, in time order: a fact's first line (which names its type) may come after later
        // ones when the lines of a fact travel different ways (source splits, a rebalance)
        List<String> waiting = pending.get(in.time);
        List<String> more = waiting == null ? new ArrayList<>(1) : new ArrayList<>(waiting);
        more.add(in.line);
        pending.put(in.time, more);
        ctx.timerService().registerEventTimeTimer(in.time);
    }

    /**
     * Reads a line with the fact's type, applies it and judges the fact at the event's instant (or at
     * {@code notBefore}, for a late event); returns whether it was applied.
     */
    private boolean apply(String line, String id, Instant notBefore, Context ctx,
            org.apache.flink.streaming.api.TimerService timers, Collector<String> out) throws Exception {
        LiveEvent event = EventLines.read(line, type.value(), r -> ctx.output(REJECTED, rejection(id, r.reason())));
        if (event == null) {
            return false;
        }
        Instant at = event.event().at();
        if (until != null && at.isAfter(until)) {
            return false; // a replay ends at until: later events have not happened yet
        }
        if (type.value() == null) {
            type.update(event.type());
        }
        append(List.of(normalized(event)));
        judge(id, notBefore != null && notBefore.isAfter(at) ? notBefore : at, timers, out);
        return true;
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
        String next = due.value();
        Instant dueNow = next != null && EventLines.ceilMillis(Instant.parse(next)) <= timestamp ? Instant.parse(next) : null;
        // the events that have happened by now, in time order, each judged when it is applied, as the in-process
        // monitor judges a fact after each event (a stop wins over a tier at its instant)
        List<Long> times = new ArrayList<>();
        for (Long t : pending.keys()) {
            if (t <= timestamp) {
                times.add(t);
            }
        }
        times.sort(null);
        boolean judged = false;
        for (Long t : times) {
            List<String> lines = pending.get(t);
            pending.remove(t);
            for (String line : lines) {
                judged |= apply(line, ctx.getCurrentKey(), null, ctx, ctx.timerService(), out);
            }
        }
        if (!judged && dueNow != null) {
            due.clear();
            judge(ctx.getCurrentKey(), dueNow, ctx.timerService(), out);
        } else if (!judged && cleanup.value() != null && cleanup.value() <= timestamp && due.value() == null
                && pending.isEmpty()) {
            // nothing more can be decided about the fact and no late event came: let it go
            type.clear();
            applied.clear();
            fired.clear();
            cleanup.clear();
        }
    }

    private void append(List<String> lines) throws IOException {
        List<String> known = applied.value();
        List<String> all = known == null ? new ArrayList<>(lines.size()) : new ArrayList<>(known);
        all.addAll(lines);
        applied.update(all);
    }

    /** Judges the fact as of {@code asOf}, reports the tiers not reported yet, schedules the next judgement. */
    private void judge(String id, Instant asOf, org.apache.flink.streaming.api.TimerService timers, Collector<String> out)
            throws Exception {
        Judgement judgement = rules.judge(fact(id), asOf);
        for (Escalation e : judgement.escalations()) {
            String key = e.clause() + "#" + e.clock() + "#" + e.tier();
            if (!fired.contains(key)) {
                fired.put(key, Boolean.TRUE);
                out.collect(json(e));
            }
        }
        if (judgement.nextDue().isPresent() && (until == null || !judgement.nextDue().get().isAfter(until))) {
            Instant next = judgement.nextDue().get();
            due.update(next.toString());
            timers.registerEventTimeTimer(EventLines.ceilMillis(next));
        } else {
            due.clear();
            long keep = EventLines.ceilMillis(asOf) + retention.toMillis();
            cleanup.update(keep);
            timers.registerEventTimeTimer(keep);
        }
    }

    /** The fact as its applied lines tell it: the first line's type, fields merged in order, events in order. */
    private Fact fact(String id) throws IOException {
        String factType = type.value();
        Map<String, Object> fields = new HashMap<>();
        Map<String, Object> attributes = new HashMap<>();
        List<Event> events = new ArrayList<>();
        List<String> lines = applied.value();
        for (String line : lines == null ? List.<String>of() : lines) {
            LiveEvent e = EventLines.read(line, null, r -> { });
            fields.putAll(e.fields());
            attributes.putAll(e.attributes());
            events.add(e.event());
        }
        return new Fact(factType, id, fields, attributes, events, List.of());
    }

    /** The event as one line that carries its type, so it reads alone. */
    private static String normalized(LiveEvent e) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("fact", e.fact());
            g.writeStringField("type", e.type());
            for (Map.Entry<String, Object> f : e.fields().entrySet()) {
                g.writeObjectField(f.getKey(), f.getValue());
            }
            g.writeObjectFieldStart("event");
            g.writeStringField("name", e.event().name());
            g.writeStringField("at", e.event().at().toString());
            g.writeEndObject();
            if (!e.attributes().isEmpty()) {
                g.writeObjectField("attributes", new TreeMap<>(e.attributes()));
            }
            g.writeEndObject();
        }
        return w.toString();
    }

    /** An escalation as the CLI's {@code standards monitor} prints it. */
    private String json(Escalation e) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.at().atZone(zone).toOffsetDateTime()));
            g.writeStringField("standard", e.standard());
            g.writeStringField("version", e.version());
            g.writeStringField("clause", e.clause());
            g.writeStringField("fact", e.fact());
            g.writeStringField("tier", e.tier());
            if (e.clock() > 0) {
                g.writeNumberField("clock", e.clock());
            }
            g.writeEndObject();
        }
        return w.toString();
    }

    static String rejection(String fact, String reason) {
        return "{\"fact\":" + quote(fact) + ",\"reason\":" + quote(reason) + "}";
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
