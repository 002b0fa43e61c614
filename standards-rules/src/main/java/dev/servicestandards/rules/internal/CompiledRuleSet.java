package dev.servicestandards.rules.internal;

import java.time.Instant;

import org.kie.api.KieBase;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standard;
import dev.servicestandards.rules.api.EvaluationOptions;
import dev.servicestandards.rules.api.RuleSet;

/** A standard with its DRL and KieBase. Immutable and thread-safe. Internal. */
final class CompiledRuleSet implements RuleSet {

    private final Standard standard;
    private final String drl;
    private final Evaluator evaluator;

    CompiledRuleSet(Standard standard, String drl, KieBase kieBase) {
        this.standard = standard;
        this.drl = drl;
        this.evaluator = new Evaluator(standard, kieBase);
    }

    @Override
    public Standard standard() {
        return standard;
    }

    @Override
    public String drl() {
        return drl;
    }

    @Override
    public Report evaluate(FactBatch batch, Instant asOf, EvaluationOptions options) {
        return evaluator.evaluate(batch, asOf, options);
    }

    @Override
    public String toString() {
        return "RuleSet[" + standard.coordinates() + "]";
    }
}
