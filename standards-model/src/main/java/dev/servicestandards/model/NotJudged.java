package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

/**
 * A fact one clause could not judge, and why: a date in a year without official calendar data, a
 * pattern that needed too much work on an utterance, an instant too far out to compute with. No
 * finding is made for the pair; every other clause and fact is judged as usual. Immutable.
 */
public final class NotJudged implements Reading {

    private final Clause clause;
    private final Fact fact;
    private final String reason;

    public NotJudged(Clause clause, Fact fact, String reason) {
        this.clause = requireNonNull(clause, "clause");
        this.fact = requireNonNull(fact, "fact");
        this.reason = requireNonNull(reason, "reason");
    }

    @Override
    public String getClause() {
        return clause.getId();
    }

    @Override
    public Clause getDefinition() {
        return clause;
    }

    @Override
    public Fact getFact() {
        return fact;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return "NotJudged[" + clause.getId() + ", " + fact.id() + ": " + reason + "]";
    }
}
