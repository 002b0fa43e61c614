package dev.servicestandards.rules.api;

import static dev.servicestandards.rules.api.TestReports.at;
import static dev.servicestandards.rules.api.TestReports.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Finding;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standards;
import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;
import dev.servicestandards.model.Outcome;

/** Facts built in code are judged as the same facts read from JSON Lines. */
class RuleSet_factsInCode_Test {

    private static RuleSet rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleSets.compile(Standards.load(Path.of(RuleSet_factsInCode_Test.class.getResource("/standards/complaint.yaml").toURI())));
    }

    private static Fact call(String id, Object rings) {
        return new Fact("interaction", id, Map.of("channel", "hotline"), Map.of("rings", rings), List.of(), List.of());
    }

    static Stream<Number> four_of_every_type() {
        return Stream.of(4, 4L, (short) 4, BigInteger.valueOf(4), 4.0d, 4.0f, new BigDecimal("4"));
    }

    @ParameterizedTest
    @MethodSource("four_of_every_type")
    void the_limit_clause_finds_the_four_ring_call_whatever_type_holds_the_four(Number four) {
        // GIVEN a call of four rings built in code, beside one of three
        List<Fact> facts = List.of(call("C-3", 3), call("C-4", four));
        // WHEN
        Report report = rules.evaluate(facts, at("2025-03-04T00:00:00"));
        // THEN the at-most-3 limit is violated by the four-ring call, as with JSON facts
        assertThat(report.findings()).extracting(Finding::fact, Finding::outcome)
                .containsExactly(tuple("C-3", Outcome.MET), tuple("C-4", Outcome.VIOLATED));
        // (4.0 stays 4.0, as the JSON number 4.0 does)
        assertThat(finding(report, "C-4", "call.rings").evidence().get("value"))
                .isInstanceOfSatisfying(BigDecimal.class, v -> assertThat(v).isEqualByComparingTo("4"));
    }

    @Test
    void map_of_rings_4_is_judged_as_the_json_line_with_rings_4() throws IOException {
        // GIVEN the same call in code and in JSON
        Fact inCode = call("C-4", 4);
        Report fromJson = rules.evaluate(Facts.readJsonLines(new StringReader("""
                {"type":"interaction","id":"C-4","channel":"hotline","attributes":{"rings":4}}
                """)), at("2025-03-04T00:00:00"));
        // WHEN
        Report fromCode = rules.evaluate(List.of(inCode), at("2025-03-04T00:00:00"));
        // THEN
        assertThat(fromCode.findings()).isEqualTo(fromJson.findings()).isNotEmpty();
    }

    @Test
    void an_event_name_of_another_case_is_not_the_clauses_event() {
        // GIVEN event names are compared exactly, case included
        Instant created = at("2025-03-03T09:00:00");
        Fact exact = new Fact("ticket", "exact", Map.of("kind", "complaint"), Map.of(),
                List.of(new Event("created", created)), List.of());
        Fact otherCase = new Fact("ticket", "other-case", Map.of("kind", "complaint"), Map.of(),
                List.of(new Event("Created", created)), List.of());
        // WHEN
        Report report = rules.evaluate(List.of(exact, otherCase), at("2025-03-10T00:00:00"));
        // THEN only the exact name starts the complaint.accept clock
        assertThat(report.findings()).filteredOn(f -> f.clause().equals("complaint.accept"))
                .extracting(Finding::fact).containsExactly("exact");
    }
}
