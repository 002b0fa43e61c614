package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import dev.servicestandards.model.internal.text.PhraseRules;

/** Whether a required phrase was said where a required-phrase clause requires it. Immutable. */
public final class Presence implements Reading {

    private final RequiredPhrase clause;
    private final Fact fact;
    private final PhraseRules.Presence presence;

    Presence(RequiredPhrase clause, Fact fact, PhraseRules.Presence presence) {
        this.clause = requireNonNull(clause, "clause");
        this.fact = requireNonNull(fact, "fact");
        this.presence = requireNonNull(presence, "presence");
    }

    @Override
    public String getClause() {
        return clause.getId();
    }

    @Override
    public RequiredPhrase getDefinition() {
        return clause;
    }

    @Override
    public Fact getFact() {
        return fact;
    }

    /** Whether one of the phrases was said where required. */
    public boolean isSaid() {
        return presence.said().isPresent();
    }

    /** The utterance looked at (the speaker's first or last, or the first with a phrase); -1 without one. */
    public int getUtterance() {
        return presence.utterance().orElse(-1);
    }

    /** The phrase said, or null. */
    public Said getPhrase() {
        return presence.said().map(o -> new Said(0, o.utterance(), o.start(), o.end(), o.phrase(), o.pattern()))
                .orElse(null);
    }

    /** What was found, for the library's own reports. */
    public PhraseRules.Presence presence() {
        return presence;
    }

    @Override
    public String toString() {
        return "Presence[" + clause.getId() + ", " + fact.id() + ", " + presence + "]";
    }
}
