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

/** A standard with its DRL and KieBase. Immutable (the monitor rule base is built on first use) and thread-safe. Internal. */
final class CompiledRuleSet implements RuleSet {

    private final Standard standard;
    private final String drl;
    private final Evaluator evaluator;
    private KieBase streamBase;

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
        try (Evaluator.Run run = evaluator.start(asOf, options)) {
            batch.rejected().forEach(run::reject);
            batch.facts().forEach(run::add);
            return run.finish();
        }
    }

    @Override
    public Report evaluate(Reader jsonLines, Instant asOf, EvaluationOptions options) throws IOException {
        try (Evaluator.Run run = evaluator.start(asOf, options)) {
            // lines are parsed where their chunk is judged: with several threads, in parallel
            JsonLines.forEach(jsonLines, run::addLine);
            return run.finish();
        }
    }

    @Override
    public LiveMonitor monitor(java.time.Clock clock, java.util.function.Consumer<Escalation> listener) {
        return new DroolsMonitor(standard, streamBase(), clock, listener);
    }

    @Override
    public LiveMonitor restoreMonitor(String snapshot, java.time.Clock clock,
            java.util.function.Consumer<Escalation> listener) {
        DroolsMonitor monitor = new DroolsMonitor(standard, streamBase(), clock, listener);
        monitor.restore(snapshot);
        return monitor;
    }

    /** The stream-mode rule base of the monitor, built on first use. */
    private synchronized KieBase streamBase() {
        if (streamBase == null) {
            streamBase = KieBases.monitor();
        }
        return streamBase;
    }

    Evaluator evaluator() {
        return evaluator;
    }

    @Override
    public String toString() {
        return "RuleSet[" + standard.coordinates() + "]";
    }
}
