package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

/**
 * One clause of a standard as its rule set states it: a fact the rule set inserts once, from
 * literals, which the clause's other rules join to. Each kind of clause is a subclass holding what
 * Java needs to measure facts for it (a time limit's calendar and tiers, a phrase list's matcher).
 * Immutable and thread-safe.
 */
public abstract sealed class Clause permits TimeLimit, Limit, RequiredFields, ForbiddenPhrases, RequiredPhrase, Kpi, Repeat {

    private final Head head;

    /**
     * What every clause states: its standard and version, its id, severity and scoring dimension.
     *
     * @param standard  the standard's id
     * @param version   the standard's version
     * @param id        the clause id
     * @param severity  how serious a breach is
     * @param dimension the scoring dimension, or null
     */
    public record Head(String standard, String version, String id, Severity severity, String dimension) {
        public Head {
            requireNonNull(standard, "standard");
            requireNonNull(version, "version");
            requireNonNull(id, "id");
            requireNonNull(severity, "severity");
        }
    }

    Clause(Head head) {
        this.head = requireNonNull(head, "head");
    }

    /** The head of a clause, for the builders of each kind. */
    public static Head head(String standard, String version, String id, Severity severity, String dimension) {
        return new Head(standard, version, id, severity, dimension);
    }

    public final Head head() {
        return head;
    }

    /** The clause id, e.g. {@code complaint.accept}. */
    public final String getId() {
        return head.id();
    }

    public final String getStandard() {
        return head.standard();
    }

    public final String getVersion() {
        return head.version();
    }

    public final Severity getSeverity() {
        return head.severity();
    }

    /** The scoring dimension, or null. */
    public final String getDimension() {
        return head.dimension();
    }

    /** The limit as reports show it ({@code PT48H}, {@code 3 working days}, {@code at-most 3}), or null. */
    public abstract String getLimit();

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + head.standard() + " " + head.version() + " " + head.id() + "]";
    }
}
