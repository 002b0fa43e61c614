package dev.servicestandards.internal.kinds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.Finding;
import dev.servicestandards.internal.report.Evidence;
import dev.servicestandards.internal.report.FindingTable;
import dev.servicestandards.model.Occurrence;

/**
 * Repeats: a rule makes each fact the clause applies to an occurrence of its key; two rules join
 * each occurrence with the occurrences of the same key before it in the window, and decide. They
 * decide only where the session holds every occurrence there is ({@code EveryOccurrence()}): the
 * evaluator's repeat stage, after every fact is read, or the live monitor; a session that judges
 * a chunk of facts only makes their occurrences. Internal.
 */
enum RepeatKind implements Kind<ClauseKind.Repeat> {
    INSTANCE;

    @Override
    public List<String> describe(ClauseKind.Repeat k) {
        return List.of("repeat: at most " + k.atMost() + " of one " + k.keyField() + " within " + k.within()
                + ", dated by " + k.datedBy().orElse("the earliest event"));
    }

    @Override
    public void rules(Drl drl, RuleSetDrl.Context context, Clause clause, ClauseKind.Repeat k) {
        String id = Drl.string(clause.id());
        drl.rule(clause.id() + ": the clause", List.of("not Repeat( id == " + id + " )"),
                List.of("insert( Repeat.of( " + context.headValue(clause) + ", " + Drl.string(k.keyField()) + ", "
                        + Drl.string(k.within()) + ", " + k.atMost() + ", " + k.datedBy().map(Drl::string).orElse("null")
                        + " ) );"));
        drl.rule(clause.id() + ": each fact is an occurrence of its " + k.keyField() + ", dated by "
                + k.datedBy().orElse("its earliest event"), List.of(
                "$clause : Repeat( id == " + id + " )",
                context.fact(clause.appliesTo()),
                "$occurrence : Occurrence() from $clause.occurrence( $fact )"),
                List.of("insertLogical( $occurrence );"));
        String earlier = "from collect( Occurrence( clause == " + id + ", key == $key, at > $start, precedes( $occurrence ) ) )";
        drl.rule(clause.id() + ": more than " + k.atMost() + " of one " + k.keyField() + " within " + k.within()
                + " is violated", List.of(
                "EveryOccurrence()",
                "$occurrence : Occurrence( clause == " + id + ", $key : key, $start : windowStart )",
                "$earlier : java.util.List( size >= " + k.atMost() + " ) " + earlier),
                List.of("insertLogical( Finding.of( $occurrence, Outcome.VIOLATED, $earlier ) );"));
        drl.rule(clause.id() + ": at most " + k.atMost() + " of one " + k.keyField() + " within " + k.within() + " is met",
                List.of(
                "EveryOccurrence()",
                "$occurrence : Occurrence( clause == " + id + ", $key : key, $start : windowStart )",
                "$earlier : java.util.List( size < " + k.atMost() + " ) " + earlier),
                List.of("insertLogical( Finding.of( $occurrence, Outcome.MET, $earlier ) );"));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void record(ClauseKind.Repeat kind, dev.servicestandards.model.Finding finding, FindingTable.Origin origin,
            Finding.Charge charge, boolean mask, Evidence.Builder evidence, FindingTable.Builder table) {
        Occurrence occurrence = (Occurrence) finding.getReading();
        evidence.put(kind.keyField(), occurrence.getKey());
        evidence.put("at", occurrence.getAt());
        evidence.put("earlier", (List<String>) finding.getEvidence());
        table.add(origin, finding.getFactId(), finding.getOutcome(), charge, finding.getPosition(), evidence.build());
    }

    @Override
    public Map<String, String> settings(ClauseKind.Repeat k) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("repeat.key", k.keyField());
        f.put("repeat.within", k.within());
        f.put("repeat.at-most", Integer.toString(k.atMost()));
        k.datedBy().ifPresent(e -> f.put("repeat.dated-by", e));
        return f;
    }
}
