package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What one scan of a conversation for a forbidden-phrases clause found: every phrase said. Immutable. */
public final class Scan implements Reading {

    private final ForbiddenPhrases clause;
    private final Fact fact;
    private final List<Said> said;

    Scan(ForbiddenPhrases clause, Fact fact, List<Said> said) {
        this.clause = requireNonNull(clause, "clause");
        this.fact = requireNonNull(fact, "fact");
        this.said = List.copyOf(said);
    }

    @Override
    public String getClause() {
        return clause.getId();
    }

    @Override
    public ForbiddenPhrases getDefinition() {
        return clause;
    }

    @Override
    public Fact getFact() {
        return fact;
    }

    /** Each occurrence of a forbidden phrase or pattern, in evidence order. */
    public List<Said> getSaid() {
        return said;
    }

    @Override
    public String toString() {
        return "Scan[" + clause.getId() + ", " + fact.id() + ", " + said + "]";
    }
}
