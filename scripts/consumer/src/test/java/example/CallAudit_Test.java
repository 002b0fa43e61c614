package example;

import static dev.servicestandards.test.StandardsAssertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Report;

class CallAudit_Test {

    @Test
    void the_four_ring_call_breaks_the_three_ring_limit() throws Exception {
        // GIVEN
        CallAudit audit = new CallAudit(Path.of(CallAudit_Test.class.getResource("/hotline.yaml").toURI()));
        // WHEN
        Report report = audit.audit(List.of(CallAudit.call("C-3", 3), CallAudit.call("C-4", 4)),
                Instant.parse("2025-03-04T00:00:00Z"));
        // THEN
        assertThat(report).hasViolation("call.answer-within-three-rings").forFact("C-4");
        assertThat(report).hasMet("call.answer-within-three-rings").forFact("C-3");
    }
}
