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
import dev.servicestandards.model.Outcome;
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

    /** A string literal of DRL and Java, escapes included. */
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");

    /** The DRL without its comments and with every string literal emptied, read as its lexer reads it. */
    private static String code(String drl) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < drl.length(); i++) {
            char c = drl.charAt(i);
            if (c == '/' && i + 1 < drl.length() && drl.charAt(i + 1) == '/') {
                while (i < drl.length() && drl.charAt(i) != '\n') {
                    i++;
                }
                out.append('\n');
            } else if (c == '"') {
                for (i++; drl.charAt(i) != '"'; i++) {
                    assertThat(drl.charAt(i)).as("a line break inside a literal").isNotEqualTo('\n');
                    if (drl.charAt(i) == '\\') {
                        i++;
                    }
                }
                out.append("\"\"");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void every_string_of_the_standard_is_inside_a_string_literal() throws Exception {
        Standard standard = hostile();
        String drl = RuleSets.compile(standard).drl();
        // rule names are one printable line: no line break, no control or format character
        Matcher titles = Pattern.compile("(?m)^rule (\".*\")$").matcher(drl);
        int rules = 0;
        while (titles.find()) {
            rules++;
            assertThat(titles.group(1)).matches(LITERAL.pattern()).doesNotContainPattern("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");
        }
        assertThat(rules).isGreaterThan(20);
        // outside string literals and comments, nothing the standard says remains: only the generator's code
        String code = code(drl);
        assertThat(code).doesNotContain("System", "exit", "eval(", "${index}", "@{", "#{", "complaint", "station", "record",
                "rings", "\u202e", "\u2028");
        for (Clause clause : standard.clauses()) {
            assertThat(code).doesNotContain(clause.id());
        }
        // nor do the invisible characters themselves reach the file: they are escaped
        assertThat(drl).doesNotContain("\u202E", "\u2028", "\t");
    }

    @Test
    void hostile_selector_values_select_exactly_the_facts_that_carry_them() throws Exception {
        RuleSet rules = RuleSets.compile(hostile());
        String facts = """
                {"type":"ticket","id":"escaped","channel":"\\\\u0022); System.exit(10); //","site":"\\u202Eevil\\t$fact #{System.exit(13)}","events":[]}
                {"type":"ticket","id":"lines","channel":"x\\nthen System.exit(11);\\u2028","site":"\\u202Eevil\\t$fact #{System.exit(13)}","events":[]}
                {"type":"ticket","id":"template","channel":"@{System.exit(12)}","site":"\\u202Eevil\\t$fact #{System.exit(13)}","events":[]}
                {"type":"ticket","id":"unescaped","channel":"\\u0022); System.exit(10); //","site":"\\u202Eevil\\t$fact #{System.exit(13)}","events":[]}
                {"type":"ticket","id":"other-site","channel":"@{System.exit(12)}","site":"evil $fact","events":[]}
                """;
        Report report = rules.evaluate(Facts.readJsonLines(new StringReader(facts)), Instant.parse("2025-03-03T03:00:00Z"));
        assertThat(report.rejected()).isEmpty();
        assertThat(report.findings()).filteredOn(f -> f.clause().equals("selector.ok")).extracting(Finding::fact)
                .containsExactly("escaped", "lines", "template");
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
