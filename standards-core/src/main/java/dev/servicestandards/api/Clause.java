package dev.servicestandards.api;

import dev.servicestandards.model.Severity;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One obligation of a standard. Immutable.
 *
 * @param id        unique within the standard, e.g. {@code complaint.accept}
 * @param title     optional human title
 * @param severity  how serious a breach is
 * @param dimension optional scoring dimension
 * @param appliesTo which facts the clause applies to
 * @param penalty   optional penalty per breach
 * @param kind      what the clause demands
 * @param location  where the clause is written
 */
public record Clause(String id, Optional<String> title, Severity severity, Optional<String> dimension,
        Selector appliesTo, Optional<Penalty> penalty, ClauseKind kind, SourceLocation location) {

    public Clause {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(severity, "severity");
        requireNonNull(dimension, "dimension");
        requireNonNull(appliesTo, "appliesTo");
        requireNonNull(penalty, "penalty");
        requireNonNull(kind, "kind");
        requireNonNull(location, "location");
    }
}
