package dev.servicestandards.rules.internal.facts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A numeric attribute of a fact, for a limit clause. Equal when the clause and the value, scale
 * included ({@link BigDecimal#equals}), are. Internal.
 */
public final class Measured extends Measure {

    private final BigDecimal value;

    public Measured(int clause, BigDecimal value) {
        super(clause);
        this.value = Objects.requireNonNull(value);
    }

    public BigDecimal getValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Measured m && m.getClause() == getClause() && m.value.equals(value);
    }

    @Override
    public int hashCode() {
        return 31 * getClause() + value.hashCode();
    }
}
