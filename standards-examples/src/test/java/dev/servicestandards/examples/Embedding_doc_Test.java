package dev.servicestandards.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Finding;
import dev.servicestandards.api.InvalidStandardException;
import dev.servicestandards.api.KpiResult;
import dev.servicestandards.api.Problem;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;
import dev.servicestandards.model.KpiCount;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.rules.api.Catalog;
import dev.servicestandards.rules.api.CustomRules;
import dev.servicestandards.rules.api.Escalation;
import dev.servicestandards.rules.api.EvaluationOptions;
import dev.servicestandards.rules.api.Judgement;
import dev.servicestandards.rules.api.LiveEvent;
import dev.servicestandards.rules.api.LiveMonitor;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/**
 * The Java examples of docs/embedding.md, as they are written there, on the worked example of
 * the docs: if one stops compiling or says something else, this test says so.
 */
class Embedding_doc_Test {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path STANDARD = ROOT.resolve("docs/examples/standards/broadband-repair-1.0.0.yaml");
    private static final Path FACTS = ROOT.resolve("docs/examples/facts/repairs.jsonl");
    private static final Instant AS_OF = Instant.parse("2025-03-30T16:00:00Z");

    /** Compiled once: building a rule base is the slow part, and every example keeps its rule set. */
    private static final RuleSet COMPILED = RuleSets.compile(Standards.load(STANDARD));

    @Test
    void loading_reports_every_problem_or_gives_the_standard() {
        // GIVEN
        String yaml = "standard: Example.Bad\nversion: 1.0\n";
        // WHEN
        Standards.Result result = Standards.read(yaml, "bad.yaml");
        List<String> lines = new ArrayList<>();
        if (result.standard().isEmpty()) {
            for (Problem problem : result.report().errors()) {
                lines.add(problem.toString());         // bad.yaml:1:11: standard: 'Example.Bad' is not ... [STD-E008]
            }
        }
        // THEN
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("bad.yaml:1:11: standard: 'Example.Bad' is not a valid standard id").endsWith("[STD-E008]"));
        assertThatThrownBy(() -> Standards.parse(yaml, "bad.yaml")).isInstanceOf(InvalidStandardException.class)
                .satisfies(e -> assertThat(((InvalidStandardException) e).report().errors()).hasSize(lines.size()));
    }

    @Test
    void a_batch_is_judged_with_options_and_written_as_json() throws IOException {
        // GIVEN
        RuleSet rules = COMPILED;                              // RuleSets.compile(Standards.load(file)), kept
        // WHEN
        EvaluationOptions options = EvaluationOptions.DEFAULT
                .withKeepMet(false)                                   // keep violated and pending only
                .withParallelism(Runtime.getRuntime().availableProcessors());
        Report report = rules.evaluate(Facts.readJsonLines(FACTS), AS_OF, options);
        for (Finding f : report.findings(Outcome.VIOLATED)) {
            System.out.println(f.fact() + " " + f.clause() + " " + f.escalation().orElse("-"));
        }
        StringWriter json = new StringWriter();
        ReportFormat.JSON.write(report, false, json);
        // THEN
        assertThat(report.findings(Outcome.MET)).isEmpty();
        assertThat(report.findings(Outcome.VIOLATED)).hasSize(10);
        assertThat(report.rejected()).hasSize(2);
        assertThat(json.toString()).startsWith("{\"standards\":[{\"standard\":\"example.broadband-repair\"");
    }

    @Test
    void json_lines_are_judged_as_they_come() throws IOException {
        // GIVEN
        RuleSet rules = COMPILED;
        // WHEN
        Report report;
        try (Reader in = Files.newBufferedReader(FACTS, StandardCharsets.UTF_8)) {
            report = rules.evaluate(in, AS_OF, EvaluationOptions.DEFAULT);
        }
        // THEN
        assertThat(report.summary().violated()).isEqualTo(10);
        assertThat(report.summary().rejected()).isEqualTo(2);
    }

    @Test
    void a_stream_processor_judges_one_fact_at_a_time_and_gets_the_batch_report() throws IOException {
        // GIVEN
        RuleSet rules = COMPILED;
        FactBatch batch = Facts.readJsonLines(FACTS);
        // WHEN
        List<Judgement> judgements = new ArrayList<>();
        List<KpiCount> counts = new ArrayList<>();
        for (Fact fact : batch.facts()) {                      // in a stream processor: per key, as events arrive
            Judgement judgement = rules.judge(fact, AS_OF);
            judgements.add(judgement);                         // its findings, escalations reached, nextDue()
            counts.addAll(judgement.kpiCounts());              // summed per KPI, group and period
        }
        List<dev.servicestandards.model.Occurrence> occurrences = judgements.stream()
                .flatMap(j -> j.occurrences().stream()).toList();
        counts.addAll(rules.repeats(occurrences).kpiCounts());
        List<KpiResult> kpis = rules.kpis(counts);
        Report report = rules.report(AS_OF, judgements, kpis, batch.rejected(), EvaluationOptions.DEFAULT);
        // THEN
        Report batchReport = rules.evaluate(batch, AS_OF);
        assertThat(write(report)).isEqualTo(write(batchReport));
        assertThat(judgements.get(2).nextDue()).isEmpty();     // R-3's clocks are all past their tiers by then
    }

    private static String write(Report report) throws IOException {
        StringWriter out = new StringWriter();
        ReportFormat.JSON.write(report, true, out);
        return out.toString();
    }

    @Test
    void the_live_monitor_fires_each_tier_once_and_survives_a_restart() {
        // GIVEN
        RuleSet rules = COMPILED;
        List<Escalation> fired = new ArrayList<>();
        Instant reported = Instant.parse("2025-03-03T01:00:00Z");
        // WHEN
        String snapshot;
        try (LiveMonitor monitor = rules.monitor(Clock.fixed(reported, ZoneOffset.UTC), fired::add)) {
            monitor.accept(new LiveEvent("R-7", "ticket", new Event("reported", reported),
                    Map.of("kind", "fault", "priority", "P1"), Map.of()));
            monitor.advanceTo(reported.plusSeconds(3 * 3600 + 60));   // 3h01m: 75% of 4h is used
            snapshot = monitor.snapshot();                           // e.g. before a deployment
        }
        try (LiveMonitor monitor = rules.restoreMonitor(snapshot, Clock.fixed(reported, ZoneOffset.UTC), fired::add)) {
            monitor.advanceTo(reported.plusSeconds(5 * 3600));       // 5h: the deadline has passed
        }
        // THEN
        assertThat(fired).extracting(Escalation::tier).containsExactly("reminder", "team-lead");
        assertThat(fired).extracting(Escalation::at)
                .containsExactly(reported.plusSeconds(3 * 3600), reported.plusSeconds(4 * 3600));
    }

    @Test
    void a_catalog_judges_each_fact_by_the_revision_in_force() throws IOException {
        // GIVEN
        Catalog catalog = Catalog.load(ROOT.resolve("docs/examples/standards"));
        // WHEN
        Report report = catalog.evaluate(Facts.readJsonLines(FACTS), AS_OF, EvaluationOptions.DEFAULT);
        // THEN
        assertThat(catalog.inForce("example.broadband-repair", java.time.LocalDate.of(2026, 3, 1)))
                .map(s -> s.version().toString()).contains("1.0.0");
        assertThat(catalog.inForce("example.broadband-repair", java.time.LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(report.findings()).extracting(Finding::version).containsOnly("1.0.0");
    }

    @Test
    void a_kjar_carries_the_rule_set() throws IOException {
        // GIVEN
        Standard standard = Standards.load(STANDARD);
        // WHEN
        byte[] kjar = RuleSets.kjar(standard);
        RuleSet again = RuleSets.load(kjar);
        // THEN
        assertThat(RuleSets.releaseId(standard)).isEqualTo("example:broadband-repair:1.0.0");
        assertThat(again.drl()).isEqualTo(COMPILED.drl());
    }

    @Test
    void custom_rules_build_beside_the_standard() {
        // GIVEN
        Standard standard = Standards.load(STANDARD);
        String drl = """
                package example.custom;
                import dev.servicestandards.model.Finding;
                import dev.servicestandards.model.Outcome;

                rule "a fault of a hospital line goes straight to the branch"
                    salience -10
                when
                    $finding : Finding( clause == "repair.restore", outcome == Outcome.VIOLATED,
                                        fact.text( "hospital" ) == "true", escalation != "branch" )
                then
                    modify( $finding ) { setEscalation( "branch" ) }
                end
                """;
        // WHEN
        RuleSet rules = RuleSets.compile(standard, CustomRules.of("hospital.drl", drl));
        Fact fact = new Fact("ticket", "R-8", Map.of("kind", "fault", "priority", "P1", "hospital", true),
                Map.of("cause", "cable", "action", "replaced"),
                List.of(new Event("reported", Instant.parse("2025-03-03T01:00:00Z"))), List.of());
        Report report = rules.evaluate(List.of(fact), Instant.parse("2025-03-03T05:30:00Z"));
        // THEN
        assertThat(report.findings(Outcome.VIOLATED)).extracting(Finding::clause, f -> f.escalation().orElse("-"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("repair.restore", "branch"));
    }
}
