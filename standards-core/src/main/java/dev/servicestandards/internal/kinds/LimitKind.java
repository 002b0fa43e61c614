package dev.servicestandards.internal.kinds;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.servicestandards.api.Finding;
import dev.servicestandards.internal.report.Evidence;
import dev.servicestandards.internal.report.FindingTable;
import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;

/** Limits: two rules compare the attribute with the bound, one for met and one for violated. Internal. */
enum LimitKind implements Kind<ClauseKind.Limit> {
    INSTANCE;

    @Override
    public List<String> describe(ClauseKind.Limit k) {
        return List.of("limit: " + k.attribute() + " " + (k.atMost().isPresent() ? "at-most " : "at-least ") + Drl.plain(bound(k)));
    }

    private static BigDecimal bound(ClauseKind.Limit k) {
        return k.atMost().orElseGet(() -> k.atLeast().get());
    }

    @Override
    public void rules(Drl drl, RuleSetDrl.Context context, Clause clause, ClauseKind.Limit k) {
        String id = Drl.string(clause.id());
        boolean atMost = k.atMost().isPresent();
        String bound = Drl.number(bound(k));
        String plain = Drl.plain(bound(k));
        drl.rule(clause.id() + ": the clause", List.of("not Limit( id == " + id + " )"),
                List.of("insert( Limit." + (atMost ? "atMost" : "atLeast") + "( " + context.headValue(clause) + ", "
                        + Drl.string(k.attribute()) + ", " + Drl.decimal(bound(k)) + " ) );"));
        String value = "number( " + Drl.string(k.attribute()) + " )";
        drl.rule(clause.id() + ": " + k.attribute() + (atMost ? " at most " : " at least ") + plain + " is met", List.of(
                "$clause : Limit( id == " + id + " )",
                context.fact(List.of(value + (atMost ? " <= " : " >= ") + bound), clause.appliesTo())),
                List.of("insertLogical( Finding.of( $clause, $fact, Outcome.MET ) );"));
        drl.rule(clause.id() + ": " + k.attribute() + (atMost ? " more than " : " less than ") + plain + " is violated", List.of(
                "$clause : Limit( id == " + id + " )",
                context.fact(List.of(value + (atMost ? " > " : " < ") + bound), clause.appliesTo())),
                List.of("insertLogical( Finding.of( $clause, $fact, Outcome.VIOLATED ) );"));
    }

    @Override
    public void record(ClauseKind.Limit kind, dev.servicestandards.model.Finding finding, FindingTable.Origin origin,
            Finding.Charge charge, boolean mask, Evidence.Builder evidence, FindingTable.Builder table) {
        evidence.put("attribute", kind.attribute());
        evidence.put("value", (BigDecimal) finding.getEvidence());
        table.add(origin, finding.getFactId(), finding.getOutcome(), charge, finding.getPosition(), evidence.build());
    }

    @Override
    public Map<String, String> settings(ClauseKind.Limit l) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("limit.attribute", l.attribute());
        l.atMost().ifPresent(v -> f.put("limit.at-most", v.toPlainString()));
        l.atLeast().ifPresent(v -> f.put("limit.at-least", v.toPlainString()));
        return f;
    }
}
