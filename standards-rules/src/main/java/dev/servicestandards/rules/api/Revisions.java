package dev.servicestandards.rules.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Finding;
import dev.servicestandards.api.Standard;
import dev.servicestandards.rules.internal.RevisionDiff;

/** What a revision of a standard changes: clause by clause, and on real facts. */
public final class Revisions {

    private Revisions() {
    }

    /** One difference: a document field, or a clause added, removed or changed in one field. */
    public record Change(Kind kind, String clause, String field, String before, String after) {
        /** What happened. */
        public enum Kind { ADDED, REMOVED, CHANGED }

        @Override
        public String toString() {
            return switch (kind) {
                case ADDED -> "added    " + clause;
                case REMOVED -> "removed  " + clause;
                case CHANGED -> "changed  " + (clause.isEmpty() ? "" : clause + "  ") + field + ": " + before + " → " + after;
            };
        }
    }

    /** A finding as the old and the new revision judge it; one side is null when it appears or disappears. */
    public record FindingChange(String fact, String clause, int position, Finding before, Finding after) {
    }

    /** The findings that appear, disappear or change, and their counts per clause (appeared, disappeared, changed). */
    public record Impact(List<FindingChange> changes, Map<String, int[]> perClause) {
        public Impact {
            changes = List.copyOf(changes);
            perClause = Map.copyOf(perClause);
        }
    }

    /** Document and clause differences from {@code before} to {@code after}, in a stable order. */
    public static List<Change> diff(Standard before, Standard after) {
        return RevisionDiff.diff(before, after);
    }

    /** Evaluates the same facts with both revisions at {@code asOf} and compares the findings. */
    public static Impact impact(Standard before, Standard after, FactBatch facts, Instant asOf) {
        return RevisionDiff.impact(RuleSets.compile(before), RuleSets.compile(after), facts, asOf);
    }
}
