package dev.servicestandards.model.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.servicestandards.model.Fact;
import dev.servicestandards.model.Utterance;

/**
 * The phrase checks of one clause, compiled once per rule set: the multi-phrase matcher and the
 * patterns. Scanning a fact is plain computation the rules call. Immutable and thread-safe. Internal.
 */
public final class PhraseRules {

    private final String speaker;
    private final List<String> phrases;
    private final PhraseMatcher matcher;
    private final List<Pattern> patterns;
    private final Position position;
    private final long regexBudget;

    /** Where a required phrase must be said: the speaker's first, last or any utterance. */
    public enum Position { FIRST, LAST, ANY }

    private PhraseRules(String speaker, List<String> phrases, List<String> patterns, Position position,
            long regexBudget) {
        this.speaker = speaker;
        this.phrases = List.copyOf(phrases);
        this.matcher = PhraseMatcher.of(phrases);
        // the text is lower-cased by normalization, so patterns match regardless of case
        this.patterns = patterns.stream().map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        this.position = position;
        this.regexBudget = regexBudget;
    }

    /** The compiled checks of phrases and patterns {@code speaker} must never say. */
    public static PhraseRules forbidden(String speaker, List<String> phrases, List<String> patterns) {
        return new PhraseRules(speaker, phrases, patterns, Position.ANY, BoundedRegex.DEFAULT_BUDGET);
    }

    /** The compiled check that {@code speaker} says one of {@code anyOf} where {@code position} says. */
    public static PhraseRules required(String speaker, Position position, List<String> anyOf) {
        return new PhraseRules(speaker, anyOf, List.of(), position, BoundedRegex.DEFAULT_BUDGET);
    }

    /**
     * Every occurrence of a forbidden phrase or pattern in the speaker's utterances, in evidence
     * order.
     *
     * @throws BoundedRegex.BudgetExceeded if a pattern needed too much work on some utterance
     */
    public List<PhraseOccurrence> occurrences(Fact fact) {
        List<PhraseOccurrence> out = new ArrayList<>();
        List<Utterance> utterances = fact.utterances();
        for (int u = 0; u < utterances.size(); u++) {
            Utterance utterance = utterances.get(u);
            if (!utterance.speaker().equals(speaker)) {
                continue;
            }
            NormalizedText text = NormalizedText.of(utterance.text());
            int index = u;
            matcher.scan(text.text(), (phrase, start, end) -> out.add(new PhraseOccurrence(index,
                    text.originalStart(start), text.originalEnd(end - 1), phrases.get(phrase), false)));
            for (Pattern pattern : patterns) {
                BoundedRegex.findAll(pattern, text.text(), regexBudget, (start, end) -> out.add(new PhraseOccurrence(
                        index, text.originalStart(start), text.originalEnd(end - 1), pattern.pattern(), true)));
            }
        }
        out.sort(PhraseOccurrence.ORDER);
        return out;
    }

    /** What a required-phrase check found: the utterance it looked at and the phrase, if said. */
    public record Presence(Optional<Integer> utterance, Optional<PhraseOccurrence> said) {
    }

    /**
     * Looks for a required phrase in the first, last or any utterance of the speaker. Without an
     * utterance of the speaker, nothing was said.
     */
    public Presence presence(Fact fact) {
        List<Utterance> utterances = fact.utterances();
        List<Integer> candidates = new ArrayList<>();
        for (int u = 0; u < utterances.size(); u++) {
            if (utterances.get(u).speaker().equals(speaker)) {
                candidates.add(u);
            }
        }
        if (candidates.isEmpty()) {
            return new Presence(Optional.empty(), Optional.empty());
        }
        List<Integer> looked = switch (position) {
            case FIRST -> List.of(candidates.get(0));
            case LAST -> List.of(candidates.get(candidates.size() - 1));
            case ANY -> candidates;
        };
        for (int u : looked) {
            NormalizedText text = NormalizedText.of(utterances.get(u).text());
            PhraseOccurrence[] first = new PhraseOccurrence[1];
            int index = u;
            matcher.scan(text.text(), (phrase, start, end) -> {
                PhraseOccurrence found = new PhraseOccurrence(index, text.originalStart(start),
                        text.originalEnd(end - 1), phrases.get(phrase), false);
                if (first[0] == null || PhraseOccurrence.ORDER.compare(found, first[0]) < 0) {
                    first[0] = found;
                }
            });
            if (first[0] != null) {
                return new Presence(Optional.of(u), Optional.of(first[0]));
            }
        }
        return new Presence(Optional.of(looked.get(0)), Optional.empty());
    }
}
