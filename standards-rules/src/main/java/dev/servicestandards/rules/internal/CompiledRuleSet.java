package dev.servicestandards.rules.internal;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;

import org.kie.api.KieBase;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Facts;
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
        Evaluator.Run run = evaluator.start(asOf, options);
        batch.rejected().forEach(run::reject);
        batch.facts().forEach(run::add);
        return run.finish();
    }

    @Override
    public Report evaluate(Reader jsonLines, Instant asOf, EvaluationOptions options) throws IOException {
        Evaluator.Run run = evaluator.start(asOf, options);
        Facts.forEachJsonLine(jsonLines, run::add, run::reject);
        return run.finish();
    }

    Evaluator evaluator() {
        return evaluator;
    }

    @Override
    public String toString() {
        return "RuleSet[" + standard.coordinates() + "]";
    }
}
