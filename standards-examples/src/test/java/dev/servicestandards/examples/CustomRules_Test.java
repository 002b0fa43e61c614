package dev.servicestandards.examples;

import static dev.servicestandards.test.StandardsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.rules.api.CustomRules;
import dev.servicestandards.rules.api.RuleBuildException;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/** The custom rules example of docs/rules.md: a CRM's own DRL beside the standard's rules. */
class CustomRules_Test {

    private static final Path STANDARD = Path.of("standards/complaint-handling-1.0.0.yaml");
    private static final Path RULES = Path.of("rules/vip-and-withdrawn.drl");
    private static final Instant AS_OF = Instant.parse("2025-03-09T16:00:00Z");

    // complaint.accept: within 48h of created; station at 100%, branch at 100% + 24h, headquarters at
    // 100% + 72h; 2 points. All three were created 2025-03-06 09:00 (+08:00) and never accepted: by
    // 2025-03-10 00:00 (+08:00) 87h have passed, 39h past the deadline, so each is violated at tier
    // branch (reached at +24h; headquarters would be at +72h).
    private static final String FACTS = """
            {"type":"ticket","id":"VIP","kind":"complaint","events":[{"name":"created","at":"2025-03-06T09:00:00+08:00"}],"attributes":{"vip":"true"}}
            {"type":"ticket","id":"WITHDRAWN","kind":"complaint","events":[{"name":"created","at":"2025-03-06T09:00:00+08:00"}],"attributes":{"withdrawn":"true"}}
            {"type":"ticket","id":"PLAIN","kind":"complaint","events":[{"name":"created","at":"2025-03-06T09:00:00+08:00"}],"attributes":{"vip":"false"}}
            """;

    @Test
    void the_standard_alone_escalates_to_the_branch_and_charges_two_points() throws IOException {
        Report report = RuleSets.compile(Standards.load(STANDARD)).evaluate(facts(), AS_OF);

        assertThat(report).hasViolation("complaint.accept").forFact("VIP").atTier("branch").withPoints(2);
        assertThat(report).hasViolation("complaint.accept").forFact("WITHDRAWN").atTier("branch").withPoints(2);
        assertThat(report).hasViolation("complaint.accept").forFact("PLAIN").atTier("branch").withPoints(2);
    }

    @Test
    void the_custom_rules_send_a_vip_to_headquarters_and_waive_a_withdrawn_complaint() throws IOException {
        Standard standard = Standards.load(STANDARD);
        RuleSet rules = RuleSets.compile(standard, CustomRules.of(RULES));

        Report report = rules.evaluate(facts(), AS_OF);

        assertThat(report).hasViolation("complaint.accept").forFact("VIP").atTier("headquarters").withPoints(2);
        assertThat(report).hasViolation("complaint.accept").forFact("WITHDRAWN").atTier("branch").withPoints(0);
        assertThat(report).hasViolation("complaint.accept").forFact("PLAIN").atTier("branch").withPoints(2);
        // drl() stays what the standard generates, for the committee to audit; the custom file is the developer's
        assertThat(rules.drl()).doesNotContain("a VIP's complaint not accepted in time goes straight to headquarters");
    }

    @Test
    void the_kjar_carries_the_custom_rules() throws IOException {
        Standard standard = Standards.load(STANDARD);
        RuleSet loaded = RuleSets.load(RuleSets.kjar(standard, CustomRules.of(RULES)));

        Report report = loaded.evaluate(facts(), AS_OF);

        assertThat(report).hasViolation("complaint.accept").forFact("VIP").atTier("headquarters");
        assertThat(report).hasViolation("complaint.accept").forFact("WITHDRAWN").withPoints(0);
    }

    @Test
    void a_broken_custom_file_is_named_with_its_line() throws IOException {
        Standard standard = Standards.load(STANDARD);
        CustomRules broken = CustomRules.of("broken.drl", """
                package com.example.crm.rules;
                import dev.servicestandards.model.*;

                rule "misspelled field"
                when
                    $finding : Finding( outcom == Outcome.VIOLATED )
                then
                end
                """);

        assertThatThrownBy(() -> RuleSets.compile(standard, broken))
                .isInstanceOf(RuleBuildException.class)
                .satisfies(e -> assertThat(((RuleBuildException) e).problems())
                        .containsExactly("broken.drl:6:25: Unable to parse left part of expression: outcom == Outcome.VIOLATED"));
    }

    private static FactBatch facts() throws IOException {
        return Facts.readJsonLines(new StringReader(FACTS));
    }
}
