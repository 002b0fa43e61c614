package dev.servicestandards.internal.kinds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.servicestandards.api.Finding;
import dev.servicestandards.internal.report.Evidence;
import dev.servicestandards.internal.report.FindingTable;
import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.EscalationTier;

/**
 * Time limits: the clock's rule reads each applicable fact's clock; four rules decide met,
 * violated (stopped late, or running past the deadline) and pending; one rule per escalation
 * tier decides which is the highest reached. Internal.
 */
enum TimeLimitKind implements Kind<ClauseKind.TimeLimit> {
    INSTANCE;

    @Override
    public List<String> describe(ClauseKind.TimeLimit k) {
        List<String> out = new ArrayList<>();
        out.add("time-limit: from " + k.from() + " to " + k.to() + " within " + within(k) + " on calendar " + k.calendar()
                + k.pause().map(p -> ", paused from " + p.from() + " to " + p.to()).orElse("")
                + (k.each() ? ", a clock for each " + k.from() : "")
                + k.reopen().map(r -> ", " + (r.restart() ? "restarted" : "resumed") + " when " + r.on()).orElse(""));
        if (!k.escalation().isEmpty()) {
            out.add("escalation: " + String.join(", ", k.escalation().stream().map(t -> t.tier() + " at " + t.at()).toList()));
        }
        return out;
    }

    @Override
    public void rules(Drl drl, RuleSetDrl.Context context, Clause clause, ClauseKind.TimeLimit k) {
        String id = Drl.string(clause.id());
        List<String> statement = new ArrayList<>();
        statement.add("insert( TimeLimit.clause( " + context.head(clause) + " )");
        statement.add("        .from( " + Drl.string(k.from()) + " ).to( " + Drl.string(k.to()) + " ).within( "
                + Drl.string(k.within().toString()) + " ).on( $calendar )");
        allowances(statement, k);
        k.pause().ifPresent(p -> statement.add("        .pause( " + Drl.string(p.from()) + ", " + Drl.string(p.to()) + " )"));
        if (k.each()) {
            statement.add("        .each()");
        }
        k.reopen().ifPresent(r -> statement.add("        .reopen( " + Drl.string(r.on()) + ", "
                + Drl.string(r.restart() ? "restart" : "resume") + " )"));
        tiers(statement, k);
        drl.rule(clause.id() + ": the clause", List.of(
                "$calendar : BusinessCalendar( name == " + Drl.string(k.calendar()) + " )",
                "not TimeLimit( id == " + id + " )"), statement);

        String clocks = k.each() ? "each " + k.from() : k.from();
        String read = "$clause.read( $fact, $asOf";
        readings(drl, context, clause, k, " of " + clocks, List.of(), "", value -> read + (value == null ? " )"
                : ", " + Drl.string(value) + " )"));
        decisions(drl, clause, k);
    }

    /** The builder's allowances chosen by value, if any. */
    static void allowances(List<String> statement, ClauseKind.Timed k) {
        k.withinBy().ifPresent(c -> {
            statement.add("        .by( " + Drl.string(c.attribute()) + " )");
            c.allowances().forEach((value, a) -> statement.add("        .within( " + Drl.string(value) + ", "
                    + Drl.string(a.toString()) + " )"));
        });
    }

    /** The builder's escalation tiers and the end of the statement. */
    static void tiers(List<String> statement, ClauseKind.Timed k) {
        for (EscalationTier tier : k.escalation()) {
            statement.add("        .tier( " + Drl.string(tier.tier()) + ", " + Drl.string(tier.at()) + " )");
        }
        statement.add("        .build() );");
    }

    /** {@code  (cn-workdays, paused from suspended to resumed)}, for rule names. */
    static String details(ClauseKind.Timed k) {
        return " (" + k.calendar() + k.pause().map(p -> ", paused from " + p.from() + " to " + p.to()).orElse("") + ")";
    }

    /**
     * The rules that read the clocks: one, or with allowances by value one per value and one for any
     * other value. {@code read} gives the reading expression for a value (null: the default
     * allowance); {@code trigger} are patterns before the fact's, {@code prefix} the fact's path in
     * the selector's constraints ({@code ""} for a {@code $fact : Fact( ... )} pattern, or e.g.
     * {@code "fact."} to constrain the trigger's fact, in which case the last trigger pattern takes
     * the constraints).
     */
    static void readings(Drl drl, RuleSetDrl.Context context, Clause clause, ClauseKind.Timed k, String of,
            List<String> trigger, String prefix, java.util.function.Function<String, String> read) {
        String id = Drl.string(clause.id());
        java.util.function.Function<List<String>, List<String>> when = more -> {
            List<String> out = new ArrayList<>();
            out.add("$clause : TimeLimit( id == " + id + " )");
            out.add("AsOf( $asOf : instant )");
            if (prefix.isEmpty()) {
                out.addAll(trigger);
                out.add(context.fact(more, clause.appliesTo()));
            } else {
                List<String> constraints = new ArrayList<>(context.constraints(prefix, clause.appliesTo()));
                constraints.addAll(more);
                out.addAll(trigger.subList(0, trigger.size() - 1));
                String last = trigger.get(trigger.size() - 1);
                out.add(constraints.isEmpty() ? last
                        : last.substring(0, last.length() - 2) + ", " + String.join(", ", constraints) + " )");
            }
            return out;
        };
        if (k.withinBy().isEmpty()) {
            List<String> lhs = when.apply(List.of());
            lhs.add("$reading : Reading() from " + read.apply(null));
            drl.rule(clause.id() + ": " + k.to() + " within " + k.within() + of + details(k), lhs,
                    List.of("insertLogical( $reading );"));
            return;
        }
        ClauseKind.Choice choice = k.withinBy().get();
        List<String> values = new ArrayList<>(choice.allowances().keySet());
        for (String value : values) {
            List<String> lhs = when.apply(List.of(context.constraint(prefix, choice.attribute(), List.of(value))));
            lhs.add("$reading : Reading() from " + read.apply(value));
            drl.rule(clause.id() + ": " + k.to() + " within " + choice.allowances().get(value) + of + " for "
                    + choice.attribute() + " " + value + details(k), lhs, List.of("insertLogical( $reading );"));
        }
        List<String> lhs = when.apply(List.of("!( " + context.constraint(prefix, choice.attribute(), values) + " )"));
        lhs.add("$reading : Reading() from " + read.apply(null));
        drl.rule(clause.id() + ": " + k.to() + " within " + k.within() + of + " for any other " + choice.attribute()
                + details(k), lhs, List.of("insertLogical( $reading );"));
    }

    /** The rules that decide met, violated and pending from each clock, and the highest tier reached. */
    static void decisions(Drl drl, Clause clause, ClauseKind.Timed k) {
        String id = Drl.string(clause.id());
        String stop = k.to();
        drl.rule(clause.id() + ": " + stop + " after the deadline is violated",
                List.of("$clock : Clock( clause == " + id + ", stopped, stop > deadline )"),
                List.of("insertLogical( Finding.of( $clock, Outcome.VIOLATED ) );"));
        drl.rule(clause.id() + ": not " + stop + " and past the deadline is violated",
                List.of("$clock : Clock( clause == " + id + ", !stopped, deadline != null, asOf > deadline )"),
                List.of("insertLogical( Finding.of( $clock, Outcome.VIOLATED ) );"));
        drl.rule(clause.id() + ": not " + stop + " and the deadline not passed is pending",
                List.of("$clock : Clock( clause == " + id + ", !stopped, deadline == null || asOf <= deadline )"),
                List.of("insertLogical( Finding.of( $clock, Outcome.PENDING ) );"));
        drl.rule(clause.id() + ": " + stop + " by the deadline is met",
                List.of("$clock : Clock( clause == " + id + ", stopped, stop <= deadline )"),
                List.of("insertLogical( Finding.of( $clock, Outcome.MET ) );"));

        List<EscalationTier> tiers = k.escalation();
        for (int t = 0; t < tiers.size(); t++) {
            EscalationTier tier = tiers.get(t);
            String reached = "clock.reached( " + Drl.string(tier.tier()) + " )";
            String constraints = t + 1 < tiers.size()
                    ? reached + ", !clock.reached( " + Drl.string(tiers.get(t + 1).tier()) + " )" : reached;
            drl.rule(clause.id() + ": " + tier.tier() + " at " + tier.at() + " is the highest tier reached",
                    List.of("$finding : Finding( clause == " + id + ", " + constraints + " )"),
                    List.of("modify( $finding ) { setEscalation( " + Drl.string(tier.tier()) + " ) }"));
        }
    }

    @Override
    public void record(ClauseKind.TimeLimit kind, dev.servicestandards.model.Finding finding, FindingTable.Origin origin,
            Finding.Charge charge, boolean mask, Evidence.Builder evidence, FindingTable.Builder table) {
        recordClock(finding, origin, charge, table);
    }

    /** A clock's evidence is its start, stop and open pause, kept as instants and printed when read. */
    static void recordClock(dev.servicestandards.model.Finding finding, FindingTable.Origin origin, Finding.Charge charge,
            FindingTable.Builder table) {
        dev.servicestandards.model.Clock clock = finding.getClock();
        FindingTable.Origin own = origin.limit().isPresent() && origin.limit().get().equals(clock.getLimit()) ? origin
                : origin.withLimit(clock.getLimit());
        table.addClock(own, finding.getFactId(), finding.getOutcome(), finding.getTiersReached() - 1, charge,
                clock.getDeadline(), clock.getMeasured(), clock.getStart(), clock.getStop(), clock.getPausedSince(),
                finding.getPosition());
    }

    /** {@code 24h}, or {@code by priority: P1 4h, P2 8h, otherwise 24h}. */
    static String within(ClauseKind.Timed t) {
        return t.withinBy().map(c -> "by " + c.attribute() + ": " + String.join(", ", c.allowances().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).toList()) + ", otherwise " + t.within()).orElse(t.within().toString());
    }

    @Override
    public Map<String, String> settings(ClauseKind.TimeLimit t) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("time-limit.from", t.from());
        f.put("time-limit.to", t.to());
        f.put("time-limit.within", within(t));
        if (t.each()) {
            f.put("time-limit.each", "true");
        }
        t.reopen().ifPresent(r -> f.put("time-limit.reopen", r.on() + " → " + (r.restart() ? "restart" : "resume")));
        f.put("time-limit.calendar", t.calendar());
        t.pause().ifPresent(p -> f.put("time-limit.pause", p.from() + " → " + p.to()));
        if (!t.escalation().isEmpty()) {
            f.put("escalation", String.join(", ", t.escalation().stream().map(e -> e.tier() + " at " + e.at()).toList()));
        }
        return f;
    }
}
