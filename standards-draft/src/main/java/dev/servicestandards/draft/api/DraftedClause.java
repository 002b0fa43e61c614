package dev.servicestandards.draft.api;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One clause of a draft, with the sentences it came from. Immutable.
 *
 * @param id         the clause id in the drafted YAML
 * @param kind       the kind key: {@code time-limit}, {@code forbidden-phrases}, {@code required-phrase},
 *                   {@code limit}, {@code required-fields} or {@code kpi}
 * @param sources    the sentences the clause came from, first the one that made it (a list of forbidden phrases
 *                   gathers several; escalation tiers and penalties found elsewhere add theirs)
 * @param confidence how sure the drafter is
 * @param notes      what the drafter assumed, one note a line (empty when nothing was)
 */
public record DraftedClause(String id, String kind, List<SourceQuote> sources, Confidence confidence,
        List<String> notes) {

    public DraftedClause {
        requireNonNull(id, "id");
        requireNonNull(kind, "kind");
        sources = List.copyOf(sources);
        requireNonNull(confidence, "confidence");
        notes = List.copyOf(notes);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a drafted clause quotes at least one sentence: " + id);
        }
    }

    /** The sentence that made the clause. */
    public SourceQuote source() {
        return sources.get(0);
    }
}
