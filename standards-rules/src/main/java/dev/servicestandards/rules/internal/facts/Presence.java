package dev.servicestandards.rules.internal.facts;

import dev.servicestandards.internal.text.PhraseRules;

/** Whether a required phrase was said where the clause requires it. Immutable. Internal. */
public final class Presence extends Measure {

    private final PhraseRules.Presence presence;

    public Presence(int clause, int fact, PhraseRules.Presence presence) {
        super(clause, fact);
        this.presence = presence;
    }

    public PhraseRules.Presence getPresence() {
        return presence;
    }

    public boolean isSaid() {
        return presence.said().isPresent();
    }
}
