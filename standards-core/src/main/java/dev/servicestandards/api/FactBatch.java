package dev.servicestandards.api;

import dev.servicestandards.model.Fact;

import java.util.List;

/** The facts read from an input, and the lines rejected. Immutable. */
public record FactBatch(List<Fact> facts, List<Rejection> rejected) {

    public FactBatch {
        facts = List.copyOf(facts);
        rejected = List.copyOf(rejected);
    }
}
