package dev.servicestandards.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.servicestandards.rules.api.TestReports.at;
import static dev.servicestandards.rules.api.TestReports.finding;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.servicestandards.model.Fact;
import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Finding;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.Standards;

class RuleSet_evaluate_Test {

    private static RuleSet rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleSets.compile(Standards.load(Path.of(RuleSet_evaluate_Test.class.getResource("/standards/complaint.yaml").toURI())));
    }


    private static Report evaluate(String jsonLines, String asOf) throws IOException {
        return rules.evaluate(Facts.readJsonLines(new StringReader(jsonLines)), at(asOf));
    }


    @Nested
    class Time_limits {

        @Test
        void the_spec_example_is_violated_at_tier_station_with_its_penalty() throws IOException {
            Report report = evaluate("""
                    {"type":"ticket","id":"T-1001","kind":"complaint","events":[{"name":"created","at":"2025-03-03T09:15:00+08:00"},{"name":"accepted","at":"2025-03-05T10:00:00+08:00"}]}
                    """, "2025-03-10T00:00:00");
            Finding f = finding(report, "T-1001", "complaint.accept");
            assertThat(f.outcome()).isEqualTo(Outcome.VIOLATED);
            assertThat(f.deadline()).contains(at("2025-03-05T09:15:00"));
            assertThat(f.measured()).contains(Duration.parse("PT48H45M"));
            assertThat(f.limit()).contains("PT48H");
            assertThat(f.escalation()).contains("station");
            assertThat(f.penalty()).contains(new Finding.Charge(BigDecimal.valueOf(2), Optional.empty(), Optional.empty()));
            assertThat(f.standard()).isEqualTo("cn.telecom.test-complaint");
            assertThat(f.version()).isEqualTo("1.0.0");
            assertThat(f.evidence()).containsEntry("created", "2025-03-03T09:15:00+08:00")
                    .containsEntry("accepted", "2025-03-05T10:00:00+08:00");
        }

        @Test
        void met_pending_and_overdue_at_the_highest_tier() throws IOException {
            Report report = evaluate("""
                    {"type":"ticket","id":"met","kind":"complaint","events":[{"name":"created","at":"2025-03-03T09:00:00+08:00"},{"name":"accepted","at":"2025-03-04T09:00:00+08:00"}]}
                    {"type":"ticket","id":"pending","kind":"complaint","events":[{"name":"created","at":"2025-03-09T09:00:00+08:00"}]}
                    {"type":"ticket","id":"overdue","kind":"complaint","events":[{"name":"created","at":"2025-03-01T09:00:00+08:00"}]}
                    {"type":"ticket","id":"paused","kind":"complaint","events":[{"name":"created","at":"2025-03-01T09:00:00+08:00"},{"name":"suspended","at":"2025-03-01T10:00:00+08:00"}]}
                    """, "2025-03-10T00:00:00");
            assertThat(finding(report, "met", "complaint.accept").outcome()).isEqualTo(Outcome.MET);
            assertThat(finding(report, "met", "complaint.accept").penalty()).isEmpty();
            assertThat(finding(report, "pending", "complaint.accept")).satisfies(f -> {
                assertThat(f.outcome()).isEqualTo(Outcome.PENDING);
                assertThat(f.escalation()).isEmpty();
            });
            assertThat(finding(report, "overdue", "complaint.accept")).satisfies(f -> {
                assertThat(f.outcome()).isEqualTo(Outcome.VIOLATED);
                assertThat(f.escalation()).contains("headquarters");
            });
            assertThat(finding(report, "paused", "complaint.accept")).satisfies(f -> {
                assertThat(f.outcome()).isEqualTo(Outcome.PENDING);
                assertThat(f.deadline()).isEmpty();
                assertThat(f.measured()).contains(Duration.ofHours(1));
                assertThat(f.evidence()).containsEntry("pausedSince", "2025-03-01T10:00:00+08:00");
            });
        }

        @Test
        void a_selector_list_means_any_of_and_a_missing_field_means_no_match() throws IOException {
            Report report = evaluate("""
                    {"type":"ticket","id":"p1","kind":"complaint","priority":"P1","events":[{"name":"created","at":"2025-03-03T09:00:00+08:00"}]}
                    {"type":"ticket","id":"p3","kind":"complaint","priority":"P3","events":[{"name":"created","at":"2025-03-03T09:00:00+08:00"}]}
                    {"type":"ticket","id":"none","kind":"complaint","events":[{"name":"created","at":"2025-03-03T09:00:00+08:00"}]}
                    {"type":"interaction","id":"i","kind":"complaint","priority":"P1","events":[{"name":"created","at":"2025-03-03T09:00:00+08:00"}]}
                    """, "2025-03-04T00:00:00");
            assertThat(report.findings()).filteredOn(f -> f.clause().equals("complaint.answer"))
                    .extracting(Finding::fact).containsExactly("p1");
            assertThat(report.findings()).filteredOn(f -> f.clause().equals("complaint.accept"))
                    .extracting(Finding::fact).containsExactly("none", "p1", "p3");
        }

        @Test
        void three_days_count_after_the_civil_code_and_carry_the_monetary_penalty() throws IOException {
            Report report = evaluate("""
                    {"type":"ticket","id":"T","kind":"complaint","priority":"P2","events":[{"name":"created","at":"2025-03-07T15:00:00+08:00"},{"name":"answered","at":"2025-03-11T00:00:01+08:00"}]}
                    """, "2025-03-12T00:00:00");
            Finding f = finding(report, "T", "complaint.answer");
            assertThat(f.deadline()).contains(at("2025-03-11T00:00:00"));
            assertThat(f.outcome()).isEqualTo(Outcome.VIOLATED);
            assertThat(f.limit()).contains("3 days");
            assertThat(f.penalty()).contains(new Finding.Charge(BigDecimal.valueOf(5), Optional.of(BigDecimal.valueOf(200)),
                    Optional.of("CNY")));
        }
    }

    @Nested
    class Limits_and_fields {

        @Test
        void a_limit_judges_the_attribute_and_ignores_facts_without_it() throws IOException {
            Report report = evaluate("""
                    {"type":"interaction","id":"C-1","channel":"hotline","attributes":{"rings":3}}
                    {"type":"interaction","id":"C-2","channel":"hotline","attributes":{"rings":4}}
                    {"type":"interaction","id":"C-3","channel":"hotline"}
                    {"type":"interaction","id":"C-4","channel":"web","attributes":{"rings":9}}
                    """, "2025-03-04T00:00:00");
            assertThat(report.findings()).extracting(Finding::fact, Finding::outcome)
                    .containsExactly(tuple("C-1", Outcome.MET), tuple("C-2", Outcome.VIOLATED));
            assertThat(finding(report, "C-2", "call.rings").evidence())
                    .isEqualTo(Map.of("attribute", "rings", "value", new BigDecimal("4")));
            assertThat(finding(report, "C-2", "call.rings").limit()).contains("at-most 3");
        }

        @Test
        void required_fields_name_what_is_missing_or_blank() throws IOException {
            Report report = evaluate("""
                    {"type":"ticket","id":"ok","kind":"complaint","attributes":{"record":"r","instruction":"i","reply":"p","result":"done"}}
                    {"type":"ticket","id":"bad","kind":"complaint","result":"top-level counts","attributes":{"record":"r","instruction":"  ","reply":null}}
                    """, "2025-03-04T00:00:00");
            assertThat(finding(report, "ok", "complaint.record-complete").outcome()).isEqualTo(Outcome.MET);
            Finding bad = finding(report, "bad", "complaint.record-complete");
            assertThat(bad.outcome()).isEqualTo(Outcome.VIOLATED);
            assertThat(bad.evidence()).isEqualTo(Map.of("missing", List.of("instruction", "reply")));
            assertThat(bad.penalty().orElseThrow().points()).isEqualTo(BigDecimal.valueOf(1));
        }
    }

    @Nested
    class Reports {

        private static final String FACTS = """
                {"type":"ticket","id":"T-2","kind":"complaint","events":[{"name":"created","at":"2025-03-03T09:15:00+08:00"}],"attributes":{"record":"r"}}
                {"type":"ticket","id":"T-1","kind":"complaint","priority":"P1","events":[{"name":"accepted","at":"2025-03-05T10:00:00+08:00"},{"name":"created","at":"2025-03-03T09:15:00+08:00"}]}
                {"type":"ticket","id":"T-3"
                {"type":"interaction","id":"C-1","channel":"hotline","attributes":{"rings":5}}
                """;

        @Test
        void json_is_byte_identical_for_identical_input_and_in_report_order() throws IOException {
            String first = json(evaluate(FACTS, "2025-03-10T00:00:00"), false);
            String second = json(evaluate(FACTS, "2025-03-10T00:00:00"), false);
            assertThat(first).isEqualTo(second);
            assertThat(first).startsWith("""
                    {"standards":[{"standard":"cn.telecom.test-complaint","version":"1.0.0"}],"asOf":"2025-03-10T00:00:00+08:00",\
                    "findings":[{"standard":"cn.telecom.test-complaint","version":"1.0.0","clause":"call.rings","fact":"C-1",\
                    "outcome":"violated","severity":"major","limit":"at-most 3","penalty":{"points":1},\
                    "evidence":{"attribute":"rings","value":5}},""");
            assertThat(first).endsWith("""
                    "kpis":[],"scores":[],"summary":{"facts":3,"rejected":1,"met":0,"violated":6,"pending":0},\
                    "rejected":[{"line":3,"reason":"not valid JSON: Unexpected end-of-input: expected close marker for Object at column 28"}]}
                    """);
        }

        @Test
        void findings_are_ordered_by_fact_then_clause() throws IOException {
            Report report = evaluate(FACTS, "2025-03-10T00:00:00");
            assertThat(report.findings()).extracting(Finding::fact, Finding::clause).containsExactly(
                    tuple("C-1", "call.rings"),
                    tuple("T-1", "complaint.accept"), tuple("T-1", "complaint.answer"),
                    tuple("T-1", "complaint.record-complete"),
                    tuple("T-2", "complaint.accept"), tuple("T-2", "complaint.record-complete"));
        }

        @Test
        void met_findings_are_written_only_when_asked() throws IOException {
            Report report = evaluate("""
                    {"type":"interaction","id":"C-1","channel":"hotline","attributes":{"rings":1}}
                    """, "2025-03-10T00:00:00");
            assertThat(json(report, false)).contains("\"findings\":[]");
            assertThat(json(report, true)).contains("\"outcome\":\"met\"");
        }

        @Test
        void the_text_report_aligns_its_columns() throws IOException {
            StringWriter out = new StringWriter();
            ReportFormat.TEXT.write(evaluate(FACTS, "2025-03-10T00:00:00"), false, out);
            // durations for people (PT48H45M is 2 days 0 h 45 min), deadlines in the standard's zone
            assertThat(out.toString()).contains("""
                    FACT  CLAUSE                     OUTCOME   DEADLINE                          MEASURED            LIMIT            TIER          POINTS  PENALTY    EVIDENCE
                    C-1   call.rings                 violated  -                                 -                   at most 3        -             1       -          rings = 5
                    T-1   complaint.accept           violated  2025-03-05 09:15 (Asia/Shanghai)  2 days 0 h 45 min   2 days           station       2       -
                    T-1   complaint.answer           violated  2025-03-07 00:00 (Asia/Shanghai)  6 days 14 h 45 min  3 calendar days  -             5       CN¥200.00
                    T-1   complaint.record-complete  violated  -                                 -                   -                -             1       -          missing record, instruction, reply, result
                    T-2   complaint.accept           violated  2025-03-05 09:15 (Asia/Shanghai)  6 days 14 h 45 min  2 days           headquarters  2       -
                    T-2   complaint.record-complete  violated  -                                 -                   -                -             1       -          missing instruction, reply, result
                    """).contains("3 facts, 0 met, 6 violated, 0 pending, 1 rejected\npenalties: CN¥200.00\nrejected line 3: not valid JSON");
        }

        private String json(Report report, boolean all) throws IOException {
            StringWriter out = new StringWriter();
            ReportFormat.JSON.write(report, all, out);
            return out.toString();
        }
    }

    @Test
    void the_java_api_takes_facts_as_objects() {
        Fact fact = new Fact("ticket", "T", Map.of("kind", "complaint"), Map.of(),
                List.of(new dev.servicestandards.model.Event("created", at("2025-03-03T09:00:00"))), List.of());
        Report report = rules.evaluate(List.of(fact), at("2025-03-03T10:00:00"));
        assertThat(report.findings(Outcome.PENDING)).extracting(Finding::clause).containsExactly("complaint.accept");
        assertThat(report.summary()).isEqualTo(new Report.Summary(1, 0, 0, 1, 1));
    }

    @Test
    void a_compiler_caches_by_content() throws Exception {
        RuleSets.Compiler compiler = RuleSets.newCompiler();
        Path file = Path.of(getClass().getResource("/standards/complaint.yaml").toURI());
        RuleSet first = compiler.compile(Standards.load(file));
        assertThat(compiler.compile(Standards.load(file))).isSameAs(first);
        assertThat(new FactBatch(List.of(), List.of()).facts()).isEmpty();
    }
}
