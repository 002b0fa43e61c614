package dev.servicestandards.rules.internal;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;

import org.kie.api.KieBase;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standard;
import dev.servicestandards.internal.facts.JsonLines;
import dev.servicestandards.rules.api.EvaluationOptions;
import dev.servicestandards.rules.api.Escalation;
import dev.servicestandards.rules.api.LiveMonitor;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.internal.monitor.DroolsMonitor;

/**
 * A standard with its DRL and its two rule bases: one for batch evaluation, one in stream mode for
 * the live monitor, over the same rules. Immutable and thread-safe. Internal.
 */
final class CompiledRuleSet implements RuleSet {

    private final Standard standard;
    private final String drl;
    private final Evaluator evaluator;
    private final KieBase streamBase;

    CompiledRuleSet(Standard standard, String drl, KieBase kieBase, KieBase streamBase) {
        this.standard = standard;
        this.drl = drl;
        this.evaluator = new Evaluator(standard, kieBase);
        this.streamBase = streamBase;
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
        try (Evaluator.Run run = evaluator.start(asOf, options)) {
            batch.rejected().forEach(run::reject);
            for (int i = 0; i < batch.facts().size(); i++) {
                run.add(batch.lineOf(i), batch.facts().get(i));
            }
            return run.finish();
        }
    }

    @Override
    public Report evaluate(Reader jsonLines, Instant asOf, EvaluationOptions options) throws IOException {
        try (Evaluator.Run run = evaluator.start(asOf, options)) {
            // lines are parsed where their chunk is judged: with several threads, in parallel
            JsonLines.forEach(jsonLines, run::addLine,
                    (line, why) -> run.reject(new dev.servicestandards.api.Rejection(line, why)));
            return run.finish();
        }
    }

    @Override
    public dev.servicestandards.rules.api.Judgement judge(dev.servicestandards.model.Fact fact, Instant asOf) {
        return evaluator.judge(java.util.Objects.requireNonNull(fact, "fact"), java.util.Objects.requireNonNull(asOf, "asOf"),
                EvaluationOptions.DEFAULT);
    }

    @Override
    public java.util.List<dev.servicestandards.api.KpiResult> kpis(
            java.util.Collection<dev.servicestandards.model.KpiCount> counts) {
        return evaluator.kpis(counts);
    }

    @Override
    public dev.servicestandards.rules.api.Repeats repeats(java.util.List<dev.servicestandards.model.Occurrence> occurrences) {
        return evaluator.repeats(java.util.List.copyOf(occurrences), EvaluationOptions.DEFAULT);
    }

    @Override
    public Report report(Instant asOf, java.util.List<dev.servicestandards.rules.api.Judgement> judgements,
            java.util.List<dev.servicestandards.api.KpiResult> kpis, java.util.List<dev.servicestandards.api.Rejection> rejected,
            EvaluationOptions options) {
        return evaluator.report(asOf, judgements, kpis, rejected, options);
    }

    @Override
    public LiveMonitor monitor(java.time.Clock clock, java.util.function.Consumer<Escalation> listener) {
        return new DroolsMonitor(standard, streamBase, clock, listener);
    }

    @Override
    public LiveMonitor restoreMonitor(String snapshot, java.time.Clock clock,
            java.util.function.Consumer<Escalation> listener) {
        DroolsMonitor monitor = new DroolsMonitor(standard, streamBase, clock, listener);
        try {
            monitor.restore(snapshot);
        } catch (RuntimeException e) {
            monitor.close(); // a refused snapshot leaves no session behind
            throw e;
        }
        return monitor;
    }

    Evaluator evaluator() {
        return evaluator;
    }

    @Override
    public String toString() {
        return "RuleSet[" + standard.coordinates() + "]";
    }
}
