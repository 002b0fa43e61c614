package dev.servicestandards.draft.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

import dev.servicestandards.api.Standard;

/**
 * A draft standard made from a document: the YAML text, the standard it loads as, each clause with the
 * sentences it came from, and what could not be placed. Immutable and thread-safe.
 *
 * @param document  the document's name, as given
 * @param yaml      the drafted standard, with a comment above each clause quoting its sentence, its position
 *                  and a confidence mark, and the {@code # unplaced:} list at the end
 * @param standard  the drafted YAML as the project's loader reads it; empty only when no clause could be drafted
 *                  (the format needs at least one), and then the YAML still lists every unplaced requirement
 * @param clauses   the drafted clauses, in the order of the YAML
 * @param unplaced  the requirements found but not drafted, with their reasons, in document order
 * @param sentences how many sentences the document has
 */
public record Draft(String document, String yaml, Optional<Standard> standard, List<DraftedClause> clauses,
        List<Unplaced> unplaced, int sentences) {

    public Draft {
        requireNonNull(document, "document");
        requireNonNull(yaml, "yaml");
        requireNonNull(standard, "standard");
        clauses = List.copyOf(clauses);
        unplaced = List.copyOf(unplaced);
    }
}
