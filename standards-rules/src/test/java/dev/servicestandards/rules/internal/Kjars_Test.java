package dev.servicestandards.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResultsRow;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Finding;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.model.AsOf;
import dev.servicestandards.model.Fact;
import dev.servicestandards.rules.MixedFacts;
import dev.servicestandards.rules.api.EvaluationOptions;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/**
 * The KJAR stands alone: a plain Drools program with only kie-api and the fact model loads it by
 * its ReleaseId, inserts facts and an as-of, fires the rules, runs the {@code findings} query, and
 * gets the findings the library reports: outcome, deadline, tier and points, fact by fact.
 */
class Kjars_Test {

    private static final Path EXAMPLES = Path.of("../standards-examples");

    /** One finding as both sides can say it. */
    private record Seen(String fact, String clause, int position, String outcome, Optional<Instant> deadline,
            Optional<String> tier, Optional<String> points) {
    }

    /** What a plain Drools program gets from the KJAR, through kie-api only. */
    private static List<Seen> plainDrools(byte[] kjar, String coordinates, List<Fact> facts, Instant asOf) {
        KieServices ks = KieServices.Factory.get();
        ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(kjar));
        String[] gav = coordinates.split(":");
        ReleaseId id = ks.newReleaseId(gav[0], gav[1], gav[2]);
        KieContainer container = ks.newKieContainer(id);
        KieSession session = container.newKieSession();
        try {
            session.insert(new AsOf(asOf));
            facts.forEach(session::insert);
            session.fireAllRules();
            List<Seen> out = new ArrayList<>();
            for (QueryResultsRow row : session.getQueryResults("findings")) {
                dev.servicestandards.model.Finding f = (dev.servicestandards.model.Finding) row.get("$finding");
                out.add(new Seen(f.getFactId(), f.getClause(), f.getPosition(), f.getOutcome().label(),
                        Optional.ofNullable(f.getClock()).map(dev.servicestandards.model.Clock::getDeadline),
                        Optional.ofNullable(f.getEscalation()),
                        Optional.ofNullable(f.getCharge()).map(c -> c.points().stripTrailingZeros().toPlainString())));
            }
            return sorted(out);
        } finally {
            session.dispose();
            ks.getRepository().removeKieModule(id);
        }
    }

    private static List<Seen> library(RuleSet rules, List<Fact> facts, Instant asOf) {
        Report report = rules.evaluate(new FactBatch(facts, List.of()), asOf, EvaluationOptions.DEFAULT);
        List<Seen> out = new ArrayList<>();
        for (Finding f : report.findings()) {
            out.add(new Seen(f.fact(), f.clause(), f.position(), f.outcome().label(), f.deadline(), f.escalation(),
                    f.penalty().map(c -> c.points().stripTrailingZeros().toPlainString())));
        }
        return sorted(out);
    }

    private static List<Seen> sorted(List<Seen> seen) {
        List<Seen> out = new ArrayList<>(seen);
        out.sort(java.util.Comparator.comparing(Seen::fact).thenComparing(Seen::clause).thenComparingInt(Seen::position));
        return out;
    }

    @Test
    void the_example_standards_judge_the_sample_facts_alike_from_their_kjars() throws IOException {
        for (String name : List.of("complaint-handling-1.0.0", "complaint-handling-1.1.0", "call-center-1.0.0")) {
            Standard standard = Standards.load(EXAMPLES.resolve("standards/" + name + ".yaml"));
            FactBatch batch = Facts.readJsonLines(EXAMPLES.resolve(name.startsWith("call") ? "facts/calls.jsonl"
                    : "facts/complaints.jsonl"));
            Instant asOf = Instant.parse("2025-03-09T16:00:00Z");
            List<Seen> expected = library(RuleSets.compile(standard), batch.facts(), asOf);
            assertThat(plainDrools(RuleSets.kjar(standard), RuleSets.releaseId(standard), batch.facts(), asOf))
                    .as(name).isNotEmpty().isEqualTo(expected);
        }
    }

    @Test
    void generated_facts_are_judged_alike_from_the_kjar() {
        Standard standard = MixedFacts.STANDARD;
        List<Fact> facts;
        try {
            facts = Facts.readJsonLines(new java.io.StringReader(MixedFacts.facts(11, 600))).facts();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Seen> expected = library(RuleSets.compile(standard), facts, MixedFacts.AS_OF);
        assertThat(plainDrools(RuleSets.kjar(standard), RuleSets.releaseId(standard), facts, MixedFacts.AS_OF))
                .hasSizeGreaterThan(1_000).isEqualTo(expected);
    }

    @Test
    void a_built_kjar_loads_as_a_rule_set_without_compiling_and_judges_alike() throws IOException {
        Standard standard = Standards.load(EXAMPLES.resolve("standards/complaint-handling-1.1.0.yaml"));
        byte[] kjar = RuleSets.kjar(standard);
        RuleSet loaded = RuleSets.load(kjar);
        assertThat(loaded.standard().coordinates()).isEqualTo(standard.coordinates());
        assertThat(loaded.standard().clauses()).isEqualTo(standard.clauses());
        assertThat(loaded.standard().calendars()).isEqualTo(standard.calendars());
        assertThat(loaded.drl()).isEqualTo(RuleSets.compile(standard).drl());
        FactBatch batch = Facts.readJsonLines(EXAMPLES.resolve("facts/complaints.jsonl"));
        Instant asOf = Instant.parse("2025-03-09T16:00:00Z");
        assertThat(library(loaded, batch.facts(), asOf)).isEqualTo(library(RuleSets.compile(standard), batch.facts(), asOf));
    }
}
