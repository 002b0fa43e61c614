package dev.servicestandards.internal.kinds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.servicestandards.api.Finding;
import dev.servicestandards.internal.report.Evidence;
import dev.servicestandards.internal.report.Snippets;
import dev.servicestandards.internal.report.FindingTable;
import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;

/** Required phrases: the clause's rule looks where the phrase must be said; said is met, not said violated. Internal. */
enum RequiredPhraseKind implements Kind<ClauseKind.RequiredPhrase> {
    INSTANCE;

    @Override
    public List<String> describe(ClauseKind.RequiredPhrase k) {
        return List.of("required-phrase: the " + k.speaker() + " says " + String.join(" or ", k.anyOf()) + " in "
                + where(k));
    }

    private static String where(ClauseKind.RequiredPhrase k) {
        return switch (k.position()) {
            case FIRST -> "their first utterance";
            case LAST -> "their last utterance";
            case ANY -> "any utterance";
        };
    }

    @Override
    public void rules(Drl drl, RuleSetDrl.Context context, Clause clause, ClauseKind.RequiredPhrase k) {
        String id = Drl.string(clause.id());
        drl.rule(clause.id() + ": the clause", List.of("not RequiredPhrase( id == " + id + " )"),
                List.of("insert( RequiredPhrase.of( " + context.headValue(clause) + ", " + Drl.string(k.speaker()) + ", "
                        + Drl.string(k.position().name().toLowerCase(Locale.ROOT)) + ", " + Drl.strings(k.anyOf()) + " ) );"));
        drl.rule(clause.id() + ": " + where(k).replace("their", "the " + k.speaker() + "'s") + " is looked at", List.of(
                "$clause : RequiredPhrase( id == " + id + " )",
                context.fact(clause.appliesTo())),
                List.of("insertLogical( $clause.look( $fact ) );"));
        String phrases = String.join(" or ", k.anyOf());
        drl.rule(clause.id() + ": " + phrases + " said is met",
                List.of("$presence : Presence( clause == " + id + ", said )"),
                List.of("insertLogical( Finding.of( $presence, Outcome.MET ) );"));
        drl.rule(clause.id() + ": " + (k.anyOf().size() == 1 ? phrases : "none of " + phrases) + " said is violated",
                List.of("$presence : Presence( clause == " + id + ", !said )"),
                List.of("insertLogical( Finding.of( $presence, Outcome.VIOLATED ) );"));
    }

    @Override
    public void record(ClauseKind.RequiredPhrase kind, dev.servicestandards.model.Finding finding, FindingTable.Origin origin,
            Finding.Charge charge, boolean mask, Evidence.Builder evidence, FindingTable.Builder table) {
        dev.servicestandards.model.Presence presence = (dev.servicestandards.model.Presence) finding.getEvidence();
        evidence.put("speaker", kind.speaker());
        evidence.put("position", kind.position().name().toLowerCase(Locale.ROOT));
        if (presence.getUtterance() >= 0) {
            int u = presence.getUtterance();
            evidence.put("utterance", u);
            String text = finding.getFact().utterances().get(u).text();
            dev.servicestandards.model.Said said = presence.getPhrase();
            if (said != null) {
                evidence.put("phrase", said.phrase());
                evidence.put("start", said.start());
                evidence.put("end", said.end());
                evidence.put("snippet", Snippets.around(text, said.start(), said.end(), mask));
            } else {
                evidence.put("snippet", Snippets.around(text, 0, Math.min(text.length(), 2 * Snippets.CONTEXT), mask));
            }
        }
        if (!presence.isSaid()) {
            evidence.put("expected", kind.anyOf());
        }
        table.add(origin, finding.getFactId(), finding.getOutcome(), charge, finding.getPosition(), evidence.build());
    }

    @Override
    public Map<String, String> settings(ClauseKind.RequiredPhrase p) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("required-phrase.speaker", p.speaker());
        f.put("required-phrase.position", p.position().name().toLowerCase(Locale.ROOT));
        f.put("required-phrase.any-of", p.anyOf().toString());
        return f;
    }
}
