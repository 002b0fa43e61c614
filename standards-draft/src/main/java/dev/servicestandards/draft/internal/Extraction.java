package dev.servicestandards.draft.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.servicestandards.draft.api.SourceQuote;
import dev.servicestandards.draft.api.Unplaced;

/**
 * What the rules found in a document: clauses, escalation tiers and penalties still to attach, a scoring table,
 * and the requirements that stay unplaced. It also remembers which parts of each sentence the rules used, so
 * that every requirement-like part left over is listed as unplaced instead of dropped.
 */
final class Extraction {

    /** Tiers found in a sentence, to attach to a time limit. */
    record Escalation(Sentence sentence, List<ClauseDraft.Tier> tiers, List<String> words, boolean toAll) {
    }

    /** A penalty found in a sentence, to attach to the clauses it names. */
    record PenaltyFound(Sentence sentence, ClauseDraft.Penalty penalty, String subjectText) {
    }

    /** Weighted dimensions and grades. */
    static final class ScoringFound {
        final Map<String, BigDecimal> weights = new LinkedHashMap<>();
        final Map<String, String> words = new LinkedHashMap<>();
        final List<Object[]> grades = new ArrayList<>();   // {BigDecimal atLeast or null, String grade}
        BigDecimal base;
        String groupBy = "agent";
        final List<SourceQuote> sources = new ArrayList<>();
    }

    final List<Sentence> sentences;
    final List<ClauseDraft> clauses = new ArrayList<>();
    final List<Escalation> escalations = new ArrayList<>();
    final List<PenaltyFound> penalties = new ArrayList<>();
    final ScoringFound scoring = new ScoringFound();
    final List<Unplaced> unplaced = new ArrayList<>();
    private final Map<Integer, List<int[]>> used = new LinkedHashMap<>();
    private final Map<Integer, Boolean> descriptive = new LinkedHashMap<>();

    Extraction(List<Sentence> sentences) {
        this.sentences = sentences;
    }

    /** Marks part of a sentence's normalized text as used by a rule. */
    void use(Sentence s, int start, int end) {
        used.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(new int[] {start, end});
    }

    void useAll(Sentence s) {
        use(s, 0, s.norm().length());
    }

    boolean isUsed(Sentence s, int start, int end) {
        for (int[] span : used.getOrDefault(s.index(), List.of())) {
            if (span[0] < end && start < span[1]) {
                return true;
            }
        }
        return false;
    }

    boolean anyUsed(Sentence s) {
        return !used.getOrDefault(s.index(), List.of()).isEmpty();
    }

    void markDescriptive(Sentence s) {
        descriptive.put(s.index(), true);
    }

    boolean isDescriptive(Sentence s) {
        return descriptive.getOrDefault(s.index(), false);
    }

    /** Lists a fragment of a sentence as unplaced, and marks it used so it is listed once. */
    void unplace(Sentence s, int start, int end, String reason) {
        String fragment = s.norm().substring(Math.max(0, start), Math.min(s.norm().length(), end)).strip();
        SourceQuote quote = fragment.length() == s.norm().length() || fragment.isEmpty() ? s.quote()
                : new SourceQuote(fragment, s.position());
        unplaced.add(new Unplaced(quote, reason));
        use(s, start, end);
    }

    void unplace(Sentence s, String reason) {
        unplace(s, 0, s.norm().length(), reason);
    }

    void unplace(SourceQuote quote, String reason) {
        unplaced.add(new Unplaced(quote, reason));
    }

    /** The start and end of the comma-separated part of the sentence around {@code offset}. */
    static int[] part(String norm, int offset) {
        int start = offset;
        while (start > 0 && ",;:，；：".indexOf(norm.charAt(start - 1)) < 0) {
            start--;
        }
        int end = offset;
        while (end < norm.length() && ",;:，；：。".indexOf(norm.charAt(end)) < 0) {
            end++;
        }
        return new int[] {start, end};
    }
}
