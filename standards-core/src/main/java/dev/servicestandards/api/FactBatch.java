package dev.servicestandards.api;

import dev.servicestandards.model.Fact;

import java.util.List;

/**
 * The facts read from an input, the lines rejected, and the input line of each fact (so that a
 * clause left unjudged on a fact names its line). Immutable.
 *
 * @param facts    the facts, in input order
 * @param rejected the input lines rejected
 * @param lines    the 1-based input line of each fact, in the order of {@code facts}; empty when
 *                 the facts came without lines (made in code)
 */
public record FactBatch(List<Fact> facts, List<Rejection> rejected, List<Long> lines) {

    public FactBatch {
        facts = List.copyOf(facts);
        rejected = List.copyOf(rejected);
        lines = List.copyOf(lines);
        if (!lines.isEmpty() && lines.size() != facts.size()) {
            throw new IllegalArgumentException("lines: " + lines.size() + " lines for " + facts.size() + " facts");
        }
    }

    /** Facts without input lines, and the lines rejected. */
    public FactBatch(List<Fact> facts, List<Rejection> rejected) {
        this(facts, rejected, List.of());
    }

    /** The input line of the fact at {@code index}, or 0 when the facts came without lines. */
    public long lineOf(int index) {
        return lines.isEmpty() ? 0 : lines.get(index);
    }
}
