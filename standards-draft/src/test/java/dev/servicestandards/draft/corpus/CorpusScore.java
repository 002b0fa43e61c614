package dev.servicestandards.draft.corpus;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.EscalationTier;
import dev.servicestandards.api.Penalty;
import dev.servicestandards.api.Standard;

/**
 * Scores a drafted standard against the standard written by hand for the same document.
 *
 * <p>A drafted clause <em>matches</em> an expected one, one to one, at two levels:
 * <ul>
 * <li><b>kind and numbers</b>: same kind and the same number: a time limit's allowance, a limit's or KPI's bound and
 *     value; phrase clauses their position and at least one phrase in common; required fields the same set;</li>
 * <li><b>full</b>: also the same events (a time limit's start and stop), attribute (limit), measure (KPI: the
 *     attribute, or the start and stop of the clause whose outcome it counts) and phrase or field sets.</li>
 * </ul>
 * Escalation tiers and penalties are compared on the clauses matched in full; phrases are also counted one by one
 * (after the loader's normalization: NFKC, lower case, no spaces or punctuation).
 */
record CorpusScore(String document, int expected, int drafted, int matched, int matchedFull, int phrasesExpected,
        int phrasesDrafted, int phrasesMatched, int escalationsCompared, int escalationsEqual, int penaltiesCompared,
        int penaltiesEqual, boolean scoringEqual) {

    double precision() {
        return ratio(matched, drafted);
    }

    double recall() {
        return ratio(matched, expected);
    }

    double precisionFull() {
        return ratio(matchedFull, drafted);
    }

    double recallFull() {
        return ratio(matchedFull, expected);
    }

    static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    static CorpusScore of(String document, Standard expected, Standard drafted) {
        List<Clause> want = expected.clauses();
        List<Clause> got = drafted.clauses();
        int matched = match(want, got, expected, drafted, false).size();
        List<Clause[]> full = match(want, got, expected, drafted, true);
        int escalations = 0;
        int escalationsEqual = 0;
        int penalties = 0;
        int penaltiesEqual = 0;
        for (Clause[] pair : full) {
            if (pair[0].kind() instanceof ClauseKind.TimeLimit a && pair[1].kind() instanceof ClauseKind.TimeLimit b
                    && (!a.escalation().isEmpty() || !b.escalation().isEmpty())) {
                escalations++;
                if (tiers(a.escalation()).equals(tiers(b.escalation()))) {
                    escalationsEqual++;
                }
            }
            if (pair[0].penalty().isPresent() || pair[1].penalty().isPresent()) {
                penalties++;
                if (penalty(pair[0].penalty()).equals(penalty(pair[1].penalty()))) {
                    penaltiesEqual++;
                }
            }
        }
        Set<String> wantPhrases = phrases(want);
        Set<String> gotPhrases = phrases(got);
        Set<String> common = new HashSet<>(wantPhrases);
        common.retainAll(gotPhrases);
        boolean scoring = expected.scoring().map(s -> List.of(s.base().stripTrailingZeros(), s.dimensions().toString(),
                        s.grades().toString()))
                .equals(drafted.scoring().map(s -> List.of(s.base().stripTrailingZeros(), s.dimensions().toString(),
                        s.grades().toString())));
        return new CorpusScore(document, want.size(), got.size(), matched, full.size(), wantPhrases.size(),
                gotPhrases.size(), common.size(), escalations, escalationsEqual, penalties, penaltiesEqual, scoring);
    }

    /** Greedy one-to-one matching, expected clauses in order. */
    private static List<Clause[]> match(List<Clause> want, List<Clause> got, Standard expected, Standard drafted,
            boolean full) {
        List<Clause[]> pairs = new ArrayList<>();
        Set<Clause> used = new HashSet<>();
        for (Clause w : want) {
            for (Clause g : got) {
                if (!used.contains(g) && same(w, g, expected, drafted, full)) {
                    used.add(g);
                    pairs.add(new Clause[] {w, g});
                    break;
                }
            }
        }
        return pairs;
    }

    private static boolean same(Clause w, Clause g, Standard expected, Standard drafted, boolean full) {
        ClauseKind a = w.kind();
        ClauseKind b = g.kind();
        if (!a.key().equals(b.key())) {
            return false;
        }
        if (a instanceof ClauseKind.TimeLimit x && b instanceof ClauseKind.TimeLimit y) {
            return x.within().equals(y.within()) && (!full || (x.from().equals(y.from()) && x.to().equals(y.to())));
        }
        if (a instanceof ClauseKind.Limit x && b instanceof ClauseKind.Limit y) {
            return num(x.atMost()).equals(num(y.atMost())) && num(x.atLeast()).equals(num(y.atLeast()))
                    && (!full || x.attribute().equals(y.attribute()));
        }
        if (a instanceof ClauseKind.Kpi x && b instanceof ClauseKind.Kpi y) {
            return num(x.atMost()).equals(num(y.atMost())) && num(x.atLeast()).equals(num(y.atLeast()))
                    && (!full || measure(x.measure(), expected).equals(measure(y.measure(), drafted)));
        }
        if (a instanceof ClauseKind.ForbiddenPhrases x && b instanceof ClauseKind.ForbiddenPhrases y) {
            return full ? normalized(x.phrases()).equals(normalized(y.phrases()))
                    : overlap(normalized(x.phrases()), normalized(y.phrases()));
        }
        if (a instanceof ClauseKind.RequiredPhrase x && b instanceof ClauseKind.RequiredPhrase y) {
            return x.position() == y.position() && (full ? normalized(x.anyOf()).equals(normalized(y.anyOf()))
                    : overlap(normalized(x.anyOf()), normalized(y.anyOf())));
        }
        if (a instanceof ClauseKind.RequiredFields x && b instanceof ClauseKind.RequiredFields y) {
            return new HashSet<>(x.fields()).equals(new HashSet<>(y.fields()));
        }
        return false;
    }

    /** A KPI's measure by what it counts, not by clause ids, which may differ between the two standards. */
    private static String measure(ClauseKind.Measure m, Standard standard) {
        if (m instanceof ClauseKind.RateOfOutcome r) {
            return standard.clause(r.clause()).map(c -> c.kind() instanceof ClauseKind.TimeLimit t
                    ? "rate of " + t.from() + "→" + t.to() + " " + r.outcome()
                    : "rate of " + c.kind().key() + " " + r.outcome()).orElse("rate of ?");
        }
        if (m instanceof ClauseKind.RateOfAttribute r) {
            return "rate of " + r.attribute() + "=" + r.equalsValue();
        }
        return "average of " + ((ClauseKind.AverageOf) m).attribute();
    }

    private static Optional<BigDecimal> num(Optional<BigDecimal> n) {
        return n.map(BigDecimal::stripTrailingZeros);
    }

    private static List<String> tiers(List<EscalationTier> tiers) {
        return tiers.stream().map(t -> t.tier() + "@" + t.percent().stripTrailingZeros() + "+" + t.offset()).toList();
    }

    private static List<Object> penalty(Optional<Penalty> p) {
        return p.map(x -> List.<Object>of(x.points().stripTrailingZeros(), num(x.max()), num(x.amount()))).orElse(List.of());
    }

    private static boolean overlap(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    private static Set<String> phrases(List<Clause> clauses) {
        Set<String> out = new HashSet<>();
        for (Clause c : clauses) {
            if (c.kind() instanceof ClauseKind.ForbiddenPhrases f) {
                f.phrases().forEach(p -> out.add("forbidden:" + normalize(p)));
            } else if (c.kind() instanceof ClauseKind.RequiredPhrase r) {
                r.anyOf().forEach(p -> out.add(r.position() + ":" + normalize(p)));
            }
        }
        return out;
    }

    private static Set<String> normalized(List<String> phrases) {
        return phrases.stream().map(CorpusScore::normalize).collect(Collectors.toSet());
    }

    /** As the loader matches phrases: NFKC, lower case, whitespace and punctuation removed. */
    static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{P}\\p{S}]", "");
    }

    /** One row of the report (a Markdown table row). */
    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f / %.2f | %d/%d | %d/%d | %s |",
                document, expected, drafted, matched, precision(), recall(), precisionFull(), recallFull(),
                ratio(phrasesMatched, phrasesDrafted), ratio(phrasesMatched, phrasesExpected),
                escalationsEqual, escalationsCompared, penaltiesEqual, penaltiesCompared, scoringEqual ? "yes" : "no");
    }

    static final String HEADER = "| document | expected | drafted | matched | precision | recall | precision (full) "
            + "| recall (full) | phrases P / R | escalations equal | penalties equal | scoring equal |\n"
            + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|";
}
