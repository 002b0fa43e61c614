package dev.servicestandards.internal.kinds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.servicestandards.api.Finding;
import dev.servicestandards.internal.report.Evidence;
import dev.servicestandards.internal.report.Snippets;
import dev.servicestandards.internal.report.FindingTable;
import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;

/**
 * Forbidden phrases: the clause's rule scans the speaker's utterances of each applicable fact
 * (one pass for every phrase); each phrase said is a violation, a conversation without any is
 * met. Internal.
 */
enum ForbiddenPhrasesKind implements Kind<ClauseKind.ForbiddenPhrases> {
    INSTANCE;

    @Override
    public List<String> describe(ClauseKind.ForbiddenPhrases k) {
        return List.of("forbidden-phrases: " + k.phrases().size() + " phrases and " + k.patterns().size()
                + " patterns the " + k.speaker() + " must never say");
    }

    @Override
    public void rules(Drl drl, RuleSetDrl.Context context, Clause clause, ClauseKind.ForbiddenPhrases k) {
        String id = Drl.string(clause.id());
        List<String> statement = new java.util.ArrayList<>();
        statement.add("insert( ForbiddenPhrases.of( " + context.headValue(clause) + ", " + Drl.string(k.speaker()) + ",");
        statement.add("        " + Drl.strings(k.phrases()) + ",");
        statement.add("        " + Drl.strings(k.patterns()) + " ) );");
        drl.rule(clause.id() + ": the clause", List.of("not ForbiddenPhrases( id == " + id + " )"), statement);
        drl.rule(clause.id() + ": what the " + k.speaker() + " says is scanned", List.of(
                "$clause : ForbiddenPhrases( id == " + id + " )",
                context.fact(clause.appliesTo()),
                "$reading : Reading() from $clause.scan( $fact )"),
                List.of("insertLogical( $reading );"));
        drl.rule(clause.id() + ": each forbidden phrase said is violated", List.of(
                "$scan : Scan( clause == " + id + " )",
                "$said : Said() from $scan.said"),
                List.of("insertLogical( Finding.said( $scan, $said ) );"));
        drl.rule(clause.id() + ": none said is met", List.of(
                "$scan : Scan( clause == " + id + ", said.empty )"),
                List.of("insertLogical( Finding.clean( $scan ) );"));
    }

    @Override
    public void record(ClauseKind.ForbiddenPhrases kind, dev.servicestandards.model.Finding finding, FindingTable.Origin origin,
            Finding.Charge charge, boolean mask, Evidence.Builder evidence, FindingTable.Builder table) {
        if (finding.getEvidence() instanceof dev.servicestandards.model.Said said) {
            String text = finding.getFact().utterances().get(said.utterance()).text();
            evidence.put("utterance", said.utterance());
            evidence.put("start", said.start());
            evidence.put("end", said.end());
            evidence.put(said.pattern() ? "pattern" : "phrase", said.phrase());
            evidence.put("text", Snippets.shown(text, mask).substring(said.start(), said.end()));
            evidence.put("snippet", Snippets.around(text, said.start(), said.end(), mask));
        }
        table.add(origin, finding.getFactId(), finding.getOutcome(), charge, finding.getPosition(), evidence.build());
    }

    @Override
    public Map<String, String> settings(ClauseKind.ForbiddenPhrases p) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("forbidden-phrases.speaker", p.speaker());
        f.put("forbidden-phrases.phrases", p.phrases().toString());
        f.put("forbidden-phrases.patterns", p.patterns().toString());
        return f;
    }
}
