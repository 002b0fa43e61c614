package dev.servicestandards.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Finding;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Rejection;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.Standards;

class RuleSet_phrases_Test {

    private static final RuleSet RULES = RuleSets.compile(Standards.parse("""
            standard: cn.telecom.test-phrases
            version: 1.0.0
            effective-from: 2025-01-01
            timezone: Asia/Shanghai
            clauses:
              - id: agent.forbidden
                applies-to: { type: interaction }
                forbidden-phrases: { speaker: agent, phrases: [不知道, 你问我我问谁], patterns: ['((a+)*)+$b', '打.{0,12}电话'] }
                penalty: { points: 5, max: 8 }
              - id: call.greeting
                applies-to: { type: interaction }
                required-phrase: { speaker: agent, position: first, any-of: [您好] }
            """, "phrases.yaml"));

    private static final Instant AS_OF = Instant.parse("2025-03-10T00:00:00Z");

    private static Report evaluate(String lines, EvaluationOptions options) throws IOException {
        FactBatch batch = Facts.readJsonLines(new StringReader(lines));
        return RULES.evaluate(batch, AS_OF, options);
    }

    @Test
    void every_occurrence_is_a_finding_in_evidence_order_with_capped_points() throws IOException {
        Report report = evaluate("""
                {"type":"interaction","id":"C","utterances":[{"speaker":"agent","text":"您好。我不知道!"},{"speaker":"customer","text":"不知道?"},{"speaker":"agent","text":"你问我，我问谁？不知道。"}]}
                """, EvaluationOptions.DEFAULT);
        List<Finding> forbidden = report.findings().stream().filter(f -> f.clause().equals("agent.forbidden")).toList();
        assertThat(forbidden).extracting(Finding::position).containsExactly(0, 1, 2);
        assertThat(forbidden).extracting(f -> f.evidence().get("utterance"), f -> f.evidence().get("text"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "不知道"),
                        org.assertj.core.groups.Tuple.tuple(2, "你问我，我问谁"),
                        org.assertj.core.groups.Tuple.tuple(2, "不知道"));
        assertThat(forbidden).extracting(f -> f.penalty().orElseThrow().points().intValue()).containsExactly(5, 3, 0);
        assertThat(report.findings()).filteredOn(f -> f.clause().equals("call.greeting")).singleElement()
                .extracting(Finding::outcome).isEqualTo(Outcome.MET);
    }

    @Test
    void evidence_masks_numbers_unless_told_otherwise() throws IOException {
        String call = """
                {"type":"interaction","id":"C","utterances":[{"speaker":"agent","text":"不知道,你自己打13812345678电话问"}]}
                """;
        Finding masked = evaluate(call, EvaluationOptions.DEFAULT).findings().stream()
                .filter(f -> f.evidence().containsKey("pattern")).findFirst().orElseThrow();
        assertThat(masked.evidence()).containsEntry("text", "打***********电话")
                .containsEntry("snippet", "不知道,你自己打***********电话问");
        Finding plain = evaluate(call, EvaluationOptions.DEFAULT.withMaskEvidence(false)).findings().stream()
                .filter(f -> f.evidence().containsKey("pattern")).findFirst().orElseThrow();
        assertThat(plain.evidence()).containsEntry("text", "打13812345678电话");
        StringWriter json = new StringWriter();
        ReportFormat.JSON.write(evaluate(call, EvaluationOptions.DEFAULT), false, json);
        assertThat(json.toString()).doesNotContain("13812345678");
    }

    @Test
    void a_pattern_out_of_budget_leaves_that_fact_unjudged_on_that_clause_only() throws IOException {
        Report report = evaluate("""
                {"type":"interaction","id":"slow","utterances":[{"speaker":"agent","text":"您好 %s!"}]}
                {"type":"interaction","id":"fine","utterances":[{"speaker":"agent","text":"您好,不知道"}]}
                """.formatted("a".repeat(60)), EvaluationOptions.DEFAULT);
        assertThat(report.rejected()).isEmpty();
        // the fact read from line 1 keeps its line (issue 18: it was reported as line 0)
        assertThat(report.unjudged()).containsExactly(new dev.servicestandards.api.Unjudged(1, "slow", "cn.telecom.test-phrases",
                "1.0.0", "agent.forbidden", "a pattern needs too much work on this conversation: pattern '((a+)*)+$b' "
                        + "needed more than its budget of work on a 62-char text"));
        assertThat(report.summary().facts()).isEqualTo(2);
        assertThat(report.summary().unjudged()).isEqualTo(1);
        assertThat(report.findings()).extracting(Finding::fact, Finding::clause).containsExactly(
                org.assertj.core.groups.Tuple.tuple("fine", "agent.forbidden"),
                org.assertj.core.groups.Tuple.tuple("fine", "call.greeting"),
                org.assertj.core.groups.Tuple.tuple("slow", "call.greeting"));
    }
}
