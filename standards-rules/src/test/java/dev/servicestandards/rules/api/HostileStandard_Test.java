package dev.servicestandards.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Clause;
import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Finding;
import dev.servicestandards.api.Outcome;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;

/**
 * A standard is data. Its ids, titles, selector values, event names, tier names and attribute
 * names are full of DRL and Java; none of it may become code, and all of it must still work as data.
 */
class HostileStandard_Test {

    private static Standard hostile() throws Exception {
        return Standards.load(Path.of(HostileStandard_Test.class.getResource("/golden/hostile.yaml").toURI()));
    }

    @Test
    void no_string_of_the_standard_appears_in_the_drl_outside_quoted_rule_titles_and_comments() throws Exception {
        Standard standard = hostile();
        String drl = RuleSets.compile(standard).drl();
        // strip the only places names may appear: rule titles (checked below) and line comments
        Matcher titles = Pattern.compile("(?m)^rule \"([^\"\\\\\\n]*)\"$").matcher(drl);
        int rules = 0;
        while (titles.find()) {
            rules++;
            assertThat(titles.group(1)).doesNotContain("\"", "\\", ";", " then ", "\n");
        }
        assertThat(rules).isEqualTo(3 + 1 + 1 + 1 + 1 + 1);
        String code = drl.replaceAll("(?m)^rule \".*\"$", "rule").replaceAll("(?m)//.*$", "");
        assertThat(code).doesNotContain("System", "exit", "eval(", "${index}", "complaint", "station", "record", "rings");
        for (Clause clause : standard.clauses()) {
            assertThat(code).doesNotContain(clause.id());
        }
    }

    @Test
    void hostile_values_still_work_as_plain_data() throws Exception {
        RuleSet rules = RuleSets.compile(hostile());
        String facts = """
                {"type":"ticket","id":"match","kind":"complaint\\"); System.exit(2); //","a\\" || true || \\"":"b","events":[{"name":"created\\" ) eval(true","at":"2025-03-03T09:00:00+08:00"}],"attributes":{"rings ) || eval(System.exit(5)":4,"${index}":"x"}}
                {"type":"ticket","id":"other","kind":"complaint","a\\" || true || \\"":"b","events":[{"name":"created\\" ) eval(true","at":"2025-03-03T09:00:00+08:00"}]}
                """;
        Report report = rules.evaluate(Facts.readJsonLines(new StringReader(facts)), Instant.parse("2025-03-03T03:00:00Z"));
        assertThat(report.rejected()).isEmpty();
        assertThat(report.findings()).filteredOn(f -> f.fact().equals("match") && !f.clause().contains("ok") || f.fact().equals("match") && (f.clause().equals("fields.ok") || f.clause().equals("limit.ok")))
                .extracting(Finding::clause, Finding::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("fields.ok", Outcome.VIOLATED),
                        org.assertj.core.groups.Tuple.tuple("limit.ok", Outcome.VIOLATED),
                        org.assertj.core.groups.Tuple.tuple("投诉.受理-x_1", Outcome.VIOLATED));
        Finding clock = report.findings().stream().filter(f -> f.clause().equals("投诉.受理-x_1")).findFirst().orElseThrow();
        assertThat(clock.escalation()).contains("station\" ) then System.exit(4); end rule \"x\" when");
        assertThat(report.findings()).filteredOn(f -> f.fact().equals("other")).extracting(Finding::clause)
                .containsExactly("fields.ok", "greeting.ok", "phrases.ok");
        assertThat(report.findings()).filteredOn(f -> f.clause().equals("fields.ok") && f.fact().equals("match"))
                .singleElement().satisfies(f -> assertThat(f.evidence().get("missing"))
                        .isEqualTo(List.of("record\"); System.exit(6);")));
    }

    @Test
    void hostile_phrases_and_patterns_match_as_text() throws Exception {
        RuleSet rules = RuleSets.compile(hostile());
        String facts = """
                {"type":"interaction","id":"call","utterances":[{"speaker":"agent\\"); System.exit(7); //","text":"END rule \\"x\\" when then System.exit(8); end, 不知道! system.exit(9)"},{"speaker":"agent","text":"\\" || TRUE || \\" 您好"}]}
                """;
        Report report = rules.evaluate(Facts.readJsonLines(new StringReader(facts)), Instant.parse("2025-03-03T03:00:00Z"));
        assertThat(report.rejected()).isEmpty();
        assertThat(report.findings()).filteredOn(f -> f.clause().equals("phrases.ok"))
                .extracting(f -> f.evidence().get("phrase") != null ? f.evidence().get("phrase") : f.evidence().get("pattern"))
                .containsExactly("end\nrule \"x\" when then System.exit(8); end", "不知道", "EXIT9");
        assertThat(report.findings()).filteredOn(f -> f.clause().equals("greeting.ok")).singleElement()
                .satisfies(f -> {
                    assertThat(f.outcome()).isEqualTo(Outcome.MET);
                    assertThat(f.evidence()).containsEntry("phrase", "\" || true || \"");
                });
    }
}
