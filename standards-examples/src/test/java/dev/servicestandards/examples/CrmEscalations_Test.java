package dev.servicestandards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CrmEscalations_Test {

    @Test
    void the_crm_sees_each_escalation_once_across_a_restart() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            CrmEscalations.main(new String[] {"standards/complaint-handling-1.0.0.yaml"});
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("""
                2025-03-04T14:00:00Z  T-3002   complaint.accept       -> reminder
                2025-03-05T02:00:00Z  T-3002   complaint.accept       -> station
                -- restart: 2 open clocks saved --
                """);
        // after the restart nothing fired before it comes again
        String afterRestart = printed.substring(printed.indexOf("-- restart"));
        assertThat(afterRestart).doesNotContain("complaint.accept").contains("T-3001   complaint.investigate  -> headquarters");
    }
}
