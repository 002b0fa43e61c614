package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

import dev.servicestandards.model.internal.text.BoundedRegex;
import dev.servicestandards.model.internal.text.PhraseRules;

/**
 * A forbidden-phrases clause: phrases and patterns a speaker must never say. It holds the compiled
 * matcher (one pass over an utterance for all phrases); its rules ask it to {@linkplain #scan scan}
 * each conversation and decide. Immutable and thread-safe.
 */
public final class ForbiddenPhrases extends Clause {

    private final String speaker;
    private final List<String> phrases;
    private final List<String> patterns;
    private final PhraseRules rules;

    private ForbiddenPhrases(Head head, String speaker, List<String> phrases, List<String> patterns) {
        super(head);
        this.speaker = requireNonNull(speaker, "speaker");
        this.phrases = List.copyOf(phrases);
        this.patterns = List.copyOf(patterns);
        this.rules = PhraseRules.forbidden(speaker, this.phrases, this.patterns);
    }

    /** A forbidden-phrases clause for {@code speaker}. */
    public static ForbiddenPhrases of(Head head, String speaker, List<String> phrases, List<String> patterns) {
        return new ForbiddenPhrases(head, speaker, phrases, patterns);
    }

    public String getSpeaker() {
        return speaker;
    }

    public List<String> getPhrases() {
        return phrases;
    }

    public List<String> getPatterns() {
        return patterns;
    }

    @Override
    public String getLimit() {
        return null;
    }

    /**
     * Every forbidden phrase or pattern the speaker said in {@code fact}'s conversation, in
     * evidence order, as a {@link Scan}; a {@link NotJudged} when a pattern needed more work
     * than any utterance may cost.
     */
    public Reading scan(Fact fact) {
        try {
            return new Scan(this, fact, Said.of(rules.occurrences(fact)));
        } catch (BoundedRegex.BudgetExceeded | StackOverflowError e) {
            return new NotJudged(this, fact, "a pattern needs too much work on this conversation: " + e.getMessage());
        }
    }
}
