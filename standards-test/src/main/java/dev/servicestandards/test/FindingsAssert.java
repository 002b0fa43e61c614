package dev.servicestandards.test;

import java.math.BigDecimal;
import java.util.List;

import org.assertj.core.api.AbstractAssert;

import dev.servicestandards.api.Finding;

/** Assertions on the findings a {@link ReportAssert} selected, narrowed step by step. */
public final class FindingsAssert extends AbstractAssert<FindingsAssert, List<Finding>> {

    private final String selection;

    FindingsAssert(List<Finding> actual, String selection) {
        super(actual, FindingsAssert.class);
        this.selection = selection;
    }

    /** Narrows to the findings of one fact; fails if there is none. */
    public FindingsAssert forFact(String fact) {
        isNotNull();
        List<Finding> matching = actual.stream().filter(f -> f.fact().equals(fact)).toList();
        if (matching.isEmpty()) {
            failWithMessage("%nExpecting a %s finding for fact %s but found it only for:%n%s", selection, fact,
                    ReportAssert.describe(actual));
        }
        return new FindingsAssert(matching, selection + " for " + fact);
    }

    /** Every selected finding reached exactly this escalation tier (the highest reached). */
    public FindingsAssert atTier(String tier) {
        isNotNull();
        for (Finding f : actual) {
            String reached = f.escalation().orElse("(no tier)");
            if (!reached.equals(tier)) {
                failWithMessage("%nExpecting %s at tier %s but it reached %s", selection, tier, reached);
            }
        }
        return this;
    }

    /** Every selected finding reached no escalation tier. */
    public FindingsAssert withoutTier() {
        return atTier("(no tier)");
    }

    /** Every selected finding costs exactly these points. */
    public FindingsAssert withPoints(long points) {
        isNotNull();
        for (Finding f : actual) {
            BigDecimal charged = f.penalty().map(Finding.Charge::points).orElse(BigDecimal.ZERO);
            if (charged.compareTo(BigDecimal.valueOf(points)) != 0) {
                failWithMessage("%nExpecting %s to cost %s points but it costs %s", selection, points,
                        charged.stripTrailingZeros().toPlainString());
            }
        }
        return this;
    }
}
