package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A limit clause: a numeric attribute of a fact bounded from above ({@code at-most}) or below
 * ({@code at-least}). Its rules compare the attribute with the bound themselves. Immutable.
 */
public final class Limit extends Clause {

    private final String attribute;
    private final boolean atMost;
    private final BigDecimal bound;

    private Limit(Head head, String attribute, boolean atMost, BigDecimal bound) {
        super(head);
        this.attribute = requireNonNull(attribute, "attribute");
        this.atMost = atMost;
        this.bound = requireNonNull(bound, "bound");
    }

    /** A limit clause on {@code attribute}, at most {@code bound}. */
    public static Limit atMost(Head head, String attribute, BigDecimal bound) {
        return new Limit(head, attribute, true, bound);
    }

    /** A limit clause on {@code attribute}, at least {@code bound}. */
    public static Limit atLeast(Head head, String attribute, BigDecimal bound) {
        return new Limit(head, attribute, false, bound);
    }

    public String getAttribute() {
        return attribute;
    }

    public boolean isAtMost() {
        return atMost;
    }

    public BigDecimal getBound() {
        return bound;
    }

    @Override
    public String getLimit() {
        return (atMost ? "at-most " : "at-least ") + Numbers.plain(bound);
    }
}
