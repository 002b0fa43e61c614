package dev.servicestandards.spring.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standard;
import dev.servicestandards.rules.api.Escalation;
import dev.servicestandards.rules.api.EvaluationOptions;
import dev.servicestandards.rules.api.LiveMonitor;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.spring.StandardsRegistry;

/**
 * The {@link RuleSet} bean of an application configured with one standard file: always that
 * file's revision in use, however often it is reloaded. Thread-safe. Internal.
 */
public final class CurrentRuleSet implements RuleSet {

    private final StandardsRegistry registry;

    public CurrentRuleSet(StandardsRegistry registry) {
        this.registry = requireNonNull(registry, "registry");
    }

    private RuleSet now() {
        return registry.ruleSet(registry.current().revisions().get(0).standard());
    }

    @Override
    public Standard standard() {
        return now().standard();
    }

    @Override
    public String drl() {
        return now().drl();
    }

    @Override
    public Report evaluate(FactBatch batch, Instant asOf, EvaluationOptions options) {
        return now().evaluate(batch, asOf, options);
    }

    @Override
    public Report evaluate(Reader jsonLines, Instant asOf, EvaluationOptions options) throws IOException {
        return now().evaluate(jsonLines, asOf, options);
    }

    @Override
    public dev.servicestandards.rules.api.Judgement judge(dev.servicestandards.model.Fact fact, Instant asOf) {
        return now().judge(fact, asOf);
    }

    @Override
    public java.util.List<dev.servicestandards.api.KpiResult> kpis(
            java.util.Collection<dev.servicestandards.model.KpiCount> counts) {
        return now().kpis(counts);
    }

    @Override
    public dev.servicestandards.rules.api.Repeats repeats(java.util.List<dev.servicestandards.model.Occurrence> occurrences) {
        return now().repeats(occurrences);
    }

    @Override
    public Report report(Instant asOf, java.util.List<dev.servicestandards.rules.api.Judgement> judgements,
            java.util.List<dev.servicestandards.api.KpiResult> kpis, java.util.List<dev.servicestandards.api.Rejection> rejected,
            EvaluationOptions options) {
        return now().report(asOf, judgements, kpis, rejected, options);
    }

    @Override
    public LiveMonitor monitor(Clock clock, Consumer<Escalation> listener) {
        return now().monitor(clock, listener);
    }

    @Override
    public LiveMonitor restoreMonitor(String snapshot, Clock clock, Consumer<Escalation> listener) {
        return now().restoreMonitor(snapshot, clock, listener);
    }

    @Override
    public String toString() {
        return "RuleSet[" + standard().coordinates() + "]";
    }
}
