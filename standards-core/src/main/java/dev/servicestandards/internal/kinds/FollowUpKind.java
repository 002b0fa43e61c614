package dev.servicestandards.internal.kinds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.Finding;
import dev.servicestandards.internal.report.Evidence;
import dev.servicestandards.internal.report.FindingTable;

/**
 * Follow-ups: a clock that starts where another clause's finding says (a tier reached, a deadline
 * passed unmet). The rule that reads it joins that finding, so the engine decides when a follow-up
 * is due, one clock for each finding that calls for it; the decisions are a time limit's. Internal.
 */
enum FollowUpKind implements Kind<ClauseKind.FollowUp> {
    INSTANCE;

    @Override
    public List<String> describe(ClauseKind.FollowUp k) {
        List<String> out = new ArrayList<>();
        out.add("follow-up: after " + after(k.after()) + ", " + k.to() + " within " + TimeLimitKind.within(k)
                + " on calendar " + k.calendar()
                + k.pause().map(p -> ", paused from " + p.from() + " to " + p.to()).orElse(""));
        if (!k.escalation().isEmpty()) {
            out.add("escalation: " + String.join(", ", k.escalation().stream().map(t -> t.tier() + " at " + t.at()).toList()));
        }
        return out;
    }

    /** {@code complaint.answer reaches branch}, {@code complaint.answer is violated}. */
    static String after(ClauseKind.After after) {
        return after.clause() + after.tier().map(t -> " reaches " + t).orElse(" is violated");
    }

    @Override
    public void rules(Drl drl, RuleSetDrl.Context context, Clause clause, ClauseKind.FollowUp k) {
        String id = Drl.string(clause.id());
        List<String> statement = new ArrayList<>();
        statement.add("insert( TimeLimit.clause( " + context.head(clause) + " )");
        statement.add("        .to( " + Drl.string(k.to()) + " ).within( " + Drl.string(k.within().toString())
                + " ).on( $calendar )");
        TimeLimitKind.allowances(statement, k);
        k.pause().ifPresent(p -> statement.add("        .pause( " + Drl.string(p.from()) + ", " + Drl.string(p.to()) + " )"));
        TimeLimitKind.tiers(statement, k);
        drl.rule(clause.id() + ": the clause", List.of(
                "$calendar : BusinessCalendar( name == " + Drl.string(k.calendar()) + " )",
                "not TimeLimit( id == " + id + " )"), statement);

        // the finding that calls for the follow-up, on a fact the follow-up applies to
        String trigger = Drl.string(k.after().clause());
        String start = k.after().tier().map(t -> "$trigger.clock.tier( " + Drl.string(t) + " )")
                .orElse("$trigger.clock.deadline");
        String when = k.after().tier().map(t -> "clock.reached( " + Drl.string(t) + " )")
                .orElse("outcome == Outcome.VIOLATED");
        String read = "$clause.readFrom( $trigger.fact, " + start + ", $asOf, $trigger.position";
        TimeLimitKind.readings(drl, context, clause, k, " after " + after(k.after()),
                List.of("$trigger : Finding( clause == " + trigger + ", " + when + " )"), "fact.",
                value -> read + (value == null ? " )" : ", " + Drl.string(value) + " )"));
        TimeLimitKind.decisions(drl, clause, k);
    }

    @Override
    public void record(ClauseKind.FollowUp kind, dev.servicestandards.model.Finding finding, FindingTable.Origin origin,
            Finding.Charge charge, boolean mask, Evidence.Builder evidence, FindingTable.Builder table) {
        TimeLimitKind.recordClock(finding, origin, charge, table);
    }

    @Override
    public Map<String, String> settings(ClauseKind.FollowUp k) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("follow-up.after", after(k.after()));
        f.put("follow-up.to", k.to());
        f.put("follow-up.within", TimeLimitKind.within(k));
        f.put("follow-up.calendar", k.calendar());
        k.pause().ifPresent(p -> f.put("follow-up.pause", p.from() + " → " + p.to()));
        if (!k.escalation().isEmpty()) {
            f.put("escalation", String.join(", ", k.escalation().stream().map(e -> e.tier() + " at " + e.at()).toList()));
        }
        return f;
    }
}
