package dev.servicestandards.test;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.servicestandards.model.Fact;
import dev.servicestandards.model.Outcome;

/**
 * One conformance scenario: facts, an as-of instant, and the findings expected. Immutable.
 *
 * @param name   what the scenario shows
 * @param file   the scenario file
 * @param line   where the scenario starts in it
 * @param asOf   the instant of judgement
 * @param facts  the facts
 * @param expect the findings that must appear
 * @param only   whether no other violated or pending finding may appear
 */
public record Scenario(String name, String file, int line, Instant asOf, List<Fact> facts, List<Expectation> expect,
        boolean only) {

    /**
     * A finding that must appear: clause, fact and outcome, optionally the escalation tier; or,
     * for a KPI clause, a KPI result of a group (and period) with its outcome.
     */
    public record Expectation(String clause, Optional<String> fact, Optional<String> group, Optional<String> period,
            Outcome outcome, Optional<String> escalation) {
        public Expectation {
            requireNonNull(clause, "clause");
            requireNonNull(fact, "fact");
            requireNonNull(group, "group");
            requireNonNull(period, "period");
            requireNonNull(outcome, "outcome");
            requireNonNull(escalation, "escalation");
        }

        @Override
        public String toString() {
            return clause + fact.map(f -> " " + f).orElse("") + group.map(g -> " group " + g).orElse("")
                    + period.map(p -> " period " + p).orElse("") + " " + outcome.label()
                    + escalation.map(t -> " at tier " + t).orElse("");
        }
    }

    public Scenario {
        requireNonNull(name, "name");
        requireNonNull(file, "file");
        requireNonNull(asOf, "asOf");
        facts = List.copyOf(facts);
        expect = List.copyOf(expect);
    }
}
