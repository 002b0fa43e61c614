package dev.servicestandards.model;

import java.math.BigDecimal;

/** How numbers print where the rules and reports show them. */
final class Numbers {

    private Numbers() {
    }

    /** Plain digits without trailing zeros: {@code 3}, {@code 0.9}, {@code 2.5}. */
    static String plain(BigDecimal number) {
        return dev.servicestandards.model.internal.Limits.plain(number);
    }
}
