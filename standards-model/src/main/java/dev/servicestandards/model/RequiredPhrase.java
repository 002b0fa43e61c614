package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

import dev.servicestandards.model.internal.text.PhraseRules;

/**
 * A required-phrase clause: one of some phrases a speaker must say in their first, last or any
 * utterance. Its rules ask it to {@linkplain #look look} at each conversation and decide.
 * Immutable and thread-safe.
 */
public final class RequiredPhrase extends Clause {

    private final String speaker;
    private final String position;
    private final List<String> anyOf;
    private final PhraseRules rules;

    private RequiredPhrase(Head head, String speaker, String position, List<String> anyOf) {
        super(head);
        this.speaker = requireNonNull(speaker, "speaker");
        this.position = requireNonNull(position, "position");
        this.anyOf = List.copyOf(anyOf);
        this.rules = PhraseRules.required(speaker, PhraseRules.Position.valueOf(position.toUpperCase(Locale.ROOT)),
                this.anyOf);
    }

    /** A required-phrase clause: {@code speaker} says one of {@code anyOf} in their {@code first}, {@code last} or {@code any} utterance. */
    public static RequiredPhrase of(Head head, String speaker, String position, List<String> anyOf) {
        return new RequiredPhrase(head, speaker, position, anyOf);
    }

    public String getSpeaker() {
        return speaker;
    }

    /** {@code first}, {@code last} or {@code any}. */
    public String getPosition() {
        return position;
    }

    public List<String> getAnyOf() {
        return anyOf;
    }

    @Override
    public String getLimit() {
        return null;
    }

    /** Whether the speaker said one of the phrases where required, in {@code fact}'s conversation. */
    public Presence look(Fact fact) {
        return new Presence(this, fact, rules.presence(fact));
    }
}
