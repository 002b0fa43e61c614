package dev.servicestandards.spring.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standard;
import dev.servicestandards.rules.api.Catalog;
import dev.servicestandards.rules.api.EvaluationOptions;
import dev.servicestandards.spring.StandardsRegistry;

/**
 * The {@link Catalog} bean: always the revisions in use, however often they are reloaded. Each
 * call sees one set of revisions. Thread-safe. Internal.
 */
public final class CurrentCatalog implements Catalog {

    private final StandardsRegistry registry;

    public CurrentCatalog(StandardsRegistry registry) {
        this.registry = requireNonNull(registry, "registry");
    }

    private Catalog now() {
        return registry.current().catalog();
    }

    @Override
    public List<Standard> standards() {
        return now().standards();
    }

    @Override
    public Optional<Standard> inForce(String id, LocalDate date) {
        return now().inForce(id, date);
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
    public String toString() {
        return "Catalog" + registry.current().revisions().stream().map(StandardsRegistry.Revision::coordinates).toList();
    }
}
