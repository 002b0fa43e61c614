package dev.servicestandards.examples;

import static dev.servicestandards.test.StandardsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Finding;
import dev.servicestandards.api.Report;

class CallCenter_Test {

    private final Report report;

    CallCenter_Test() throws IOException {
        report = ComplaintAudit.audit(Path.of("standards/call-center-1.0.0.yaml"), Path.of("facts/calls.jsonl"),
                Instant.parse("2025-03-09T16:00:00Z"));
    }

    @Test
    void a_model_call_meets_every_clause() {
        assertThat(report).hasMet("call.greeting").forFact("C-77");
        assertThat(report).hasMet("call.farewell").forFact("C-77");
        assertThat(report).hasMet("call.answer-within-three-rings").forFact("C-77");
        assertThat(report).hasMet("agent.forbidden-phrases").forFact("C-77");
    }

    @Test
    void every_forbidden_phrase_is_a_finding_and_points_stop_at_the_cap() {
        assertThat(report).hasViolation("call.answer-within-three-rings").forFact("C-78");
        assertThat(report).hasViolation("call.greeting").forFact("C-78");
        assertThat(report.findings()).filteredOn(f -> f.fact().equals("C-78") && f.clause().equals("agent.forbidden-phrases"))
                .extracting(f -> f.evidence().get("text"))
                .containsExactly("急什么", "不是已经告诉你了吗", "不知道", "你问我,我问谁", "有意见你去找谁");
        assertThat(report.findings()).filteredOn(f -> f.fact().equals("C-78") && f.clause().equals("agent.forbidden-phrases"))
                .extracting(f -> f.penalty().orElseThrow().points().intValue()).containsExactly(5, 5, 5, 5, 0);
        assertThat(report).hasViolation("agent.forbidden-phrases").forFact("W-12");
    }

    @Test
    void evidence_never_shows_a_phone_number() {
        Finding farewell = report.findings().stream()
                .filter(f -> f.fact().equals("C-79") && f.clause().equals("call.farewell")).findFirst().orElseThrow();
        assertThat((String) farewell.evidence().get("snippet")).contains("***********").doesNotContain("13987654321");
    }

    @Test
    void hotline_records_are_complete_or_name_what_is_missing() {
        assertThat(report).hasMet("call.record-complete").forFact("T-1001");
        assertThat(report).hasViolation("call.record-complete").forFact("T-1009").withPoints(1);
    }
}
