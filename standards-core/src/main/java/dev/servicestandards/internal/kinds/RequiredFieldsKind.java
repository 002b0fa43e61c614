package dev.servicestandards.internal.kinds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.servicestandards.api.Finding;
import dev.servicestandards.internal.report.Evidence;
import dev.servicestandards.internal.report.FindingTable;
import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;

/** Required fields: one rule for all filled in (met), one for any missing or blank (violated). Internal. */
enum RequiredFieldsKind implements Kind<ClauseKind.RequiredFields> {
    INSTANCE;

    @Override
    public List<String> describe(ClauseKind.RequiredFields k) {
        return List.of("required-fields: " + String.join(", ", k.fields()));
    }

    @Override
    public void rules(Drl drl, RuleSetDrl.Context context, Clause clause, ClauseKind.RequiredFields k) {
        String id = Drl.string(clause.id());
        drl.rule(clause.id() + ": the clause", List.of("not RequiredFields( id == " + id + " )"),
                List.of("insert( RequiredFields.of( " + context.headValue(clause) + ", "
                        + String.join(", ", k.fields().stream().map(Drl::string).toList()) + " ) );"));
        List<String> filled = k.fields().stream().map(f -> "!blank( " + Drl.string(f) + " )").toList();
        List<String> missing = k.fields().stream().map(f -> "blank( " + Drl.string(f) + " )").toList();
        String names = names(k.fields());
        drl.rule(clause.id() + ": " + names.replace(" or ", " and ") + " all filled in is met", List.of(
                "$clause : RequiredFields( id == " + id + " )",
                context.fact(filled, clause.appliesTo())),
                List.of("insertLogical( Finding.of( $clause, $fact, Outcome.MET ) );"));
        drl.rule(clause.id() + ": " + names + " missing or blank is violated", List.of(
                "$clause : RequiredFields( id == " + id + " )",
                context.fact(List.of(String.join(" || ", missing)), clause.appliesTo())),
                List.of("insertLogical( Finding.of( $clause, $fact, Outcome.VIOLATED ) );"));
    }

    /** {@code record, instruction, reply or result}. */
    private static String names(List<String> fields) {
        if (fields.size() == 1) {
            return fields.get(0);
        }
        return String.join(", ", fields.subList(0, fields.size() - 1)) + " or " + fields.get(fields.size() - 1);
    }

    @Override
    public void record(ClauseKind.RequiredFields kind, dev.servicestandards.model.Finding finding, FindingTable.Origin origin,
            Finding.Charge charge, boolean mask, Evidence.Builder evidence, FindingTable.Builder table) {
        List<?> missing = (List<?>) finding.getEvidence();
        if (!missing.isEmpty()) {
            evidence.put("missing", missing);
        }
        table.add(origin, finding.getFactId(), finding.getOutcome(), charge, finding.getPosition(), evidence.build());
    }

    @Override
    public Map<String, String> settings(ClauseKind.RequiredFields r) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("required-fields", r.fields().toString());
        return f;
    }
}
