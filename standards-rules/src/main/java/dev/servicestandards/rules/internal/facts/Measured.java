package dev.servicestandards.rules.internal.facts;

import java.math.BigDecimal;

/** A numeric attribute of a fact, for a limit clause. Immutable. Internal. */
public final class Measured extends Measure {

    private final BigDecimal value;

    public Measured(int clause, int fact, BigDecimal value) {
        super(clause, fact);
        this.value = value;
    }

    public BigDecimal getValue() {
        return value;
    }
}
