package dev.servicestandards.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import dev.servicestandards.api.InvalidStandardException;
import dev.servicestandards.api.Report;
import dev.servicestandards.rules.api.Catalog;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.spring.internal.StandardsFailureAnalyzer;
import dev.servicestandards.spring.internal.StandardsScheduler;

class StandardsAutoConfiguration_Test {

    @Test
    void an_application_without_standards_settings_gets_nothing() {
        Contexts.runner().run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(StandardsRegistry.class);
            assertThat(context).doesNotHaveBean(EscalationMonitor.class);
            assertThat(context).doesNotHaveBean(Catalog.class);
        });
    }

    @Test
    void one_standard_file_gives_a_rule_set_a_catalog_an_evaluator_and_a_monitor() {
        Contexts.runner().withPropertyValues("standards.files=classpath:callbacks/callback-1.0.0.yaml",
                "standards.monitor.store=memory").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(RuleSet.class).standard().coordinates()).isEqualTo("test.callback@1.0.0");
                    assertThat(context.getBean(Catalog.class).standards()).hasSize(1);
                    assertThat(context).hasSingleBean(StandardsEvaluator.class);
                    assertThat(context).hasSingleBean(EscalationMonitor.class);
                    assertThat(context.getBean(RuleSet.class).drl()).contains("callback.made");
                });
    }

    @Test
    void a_catalog_and_a_file_give_no_single_rule_set() {
        Contexts.runner().withPropertyValues("standards.catalog=classpath:callbacks",
                "standards.files=classpath:callback-1.1.0.yaml", "standards.monitor.store=memory").run(context -> {
                    assertThat(context).doesNotHaveBean(RuleSet.class);
                    assertThat(context.getBean(StandardsRegistry.class).current().revisions())
                            .extracting(StandardsRegistry.Revision::location)
                            .containsExactly("classpath:callbacks/callback-1.0.0.yaml", "classpath:callback-1.1.0.yaml");
                });
    }

    @Test
    void the_fixed_clock_setting_makes_the_clock_when_the_application_has_none() {
        Contexts.runner().withPropertyValues("standards.catalog=classpath:callbacks", "standards.monitor.store=memory",
                "standards.clock.fixed=2025-03-10T00:00:00+08:00").run(context -> {
                    assertThat(context.getBean(Clock.class).instant()).isEqualTo(Instant.parse("2025-03-09T16:00:00Z"));
                    assertThat(context.getBean(EscalationMonitor.class).now()).isEqualTo(Instant.parse("2025-03-09T16:00:00Z"));
                });
    }

    @Test
    void an_invalid_standard_stops_the_application_with_every_problem_located() {
        Contexts.runner().withPropertyValues("standards.files=classpath:callback-1.2.0-invalid.yaml").run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            while (failure != null && !(failure instanceof InvalidStandardException)) {
                failure = failure.getCause();
            }
            assertThat(failure).isInstanceOf(InvalidStandardException.class);
            InvalidStandardException invalid = (InvalidStandardException) failure;
            assertThat(invalid.report().errors()).extracting(p -> p.location().toString()).containsExactly(
                    "classpath:callback-1.2.0-invalid.yaml:14:15: clauses[0].time-limit.within",
                    "classpath:callback-1.2.0-invalid.yaml:15:5: clauses[0].escalaton");
            FailureAnalysis analysis = new StandardsFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).startsWith("The configured standard files cannot be used:\n\n"
                    + "classpath:callback-1.2.0-invalid.yaml:14:15: clauses[0].time-limit.within: 'half an hour' is not a duration");
        });
    }

    @Test
    void an_empty_catalog_stops_the_application() {
        Contexts.runner().withPropertyValues("standards.catalog=classpath:no-such-folder").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(InvalidStandardException.class)
                    .hasMessageContaining("classpath:no-such-folder").hasMessageEndingWith("[STD-E042]");
        });
    }

    @Test
    void a_database_store_without_a_database_stops_the_application() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(StandardsAutoConfiguration.class))
                .withPropertyValues("standards.catalog=classpath:callbacks", "standards.monitor.store=jdbc")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessage("standards.monitor.store=jdbc needs one DataSource in the application"));
    }

    @Test
    void without_a_database_the_monitor_keeps_its_state_in_memory() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(StandardsAutoConfiguration.class))
                .withPropertyValues("standards.catalog=classpath:callbacks", "standards.monitor.tick-interval=0")
                .run(context -> assertThat(context.getBean(EscalationMonitor.class).isDurable()).isFalse());
    }

    @Test
    void settings_out_of_range_are_refused_by_name() {
        Contexts.runner().withPropertyValues("standards.catalog=classpath:callbacks", "standards.monitor.checkpoint-events=0")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessage("standards.monitor.checkpoint-events must be at least 1, not 0"));
        Contexts.runner().withPropertyValues("standards.catalog=classpath:callbacks", "standards.webhook.url=ftp://crm/hooks")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessage("standards.webhook.url must be an http or https address, not ftp://crm/hooks"));
    }

    @Test
    void without_the_monitor_there_is_nothing_to_tick() {
        Contexts.runner().withPropertyValues("standards.catalog=classpath:callbacks", "standards.monitor.enabled=false",
                "standards.monitor.tick-interval=1s").run(context -> {
                    assertThat(context).doesNotHaveBean(EscalationMonitor.class);
                    assertThat(context.getBean(StandardsScheduler.class).taskNames()).isEmpty();
                });
    }

    @Test
    void the_scheduler_ticks_the_monitor() {
        MutableClock clock = MutableClock.at("2025-03-03T09:00:00Z");
        Contexts.runner().withPropertyValues("standards.catalog=classpath:callbacks", "standards.monitor.store=memory",
                "standards.monitor.tick-interval=20ms").withBean(MutableClock.class, () -> clock)
                .withBean(Escalations.class).run(context -> {
                    assertThat(context.getBean(StandardsScheduler.class).taskNames()).containsExactly("monitor tick every PT0.02S");
                    context.getBean(EscalationMonitor.class)
                            .accept(Contexts.callback("T-1", "requested", "2025-03-03T09:00:00Z"));
                    // WHEN the clock passes the reminder, and nobody calls tick()
                    clock.set("2025-03-03T09:31:00Z");
                    // THEN the scheduler's tick fires it (polled for, up to ten seconds)
                    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                            .until(() -> !context.getBean(Escalations.class).lines().isEmpty());
                    assertThat(context.getBean(Escalations.class).lines())
                            .containsExactly("T-1 callback.made reminder 2025-03-03T09:30:00Z");
                });
    }

    @Test
    void batch_evaluation_reads_as_of_from_the_clock_and_counts_findings_and_rejected_lines() {
        MutableClock clock = MutableClock.at("2025-03-03T12:00:00Z");
        Contexts.runner().withPropertyValues("standards.catalog=classpath:callbacks", "standards.monitor.enabled=false")
                .withBean(MutableClock.class, () -> clock).withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> {
                    // GIVEN three callbacks at noon: called in 20 min (met), called in 90 min (violated),
                    // requested at 11:30 and not called (pending), and one line that is no fact
                    String lines = """
                            {"type":"ticket","id":"B-1","kind":"callback","events":[{"name":"requested","at":"2025-03-03T09:00:00Z"},{"name":"called","at":"2025-03-03T09:20:00Z"}]}
                            {"type":"ticket","id":"B-2","kind":"callback","events":[{"name":"requested","at":"2025-03-03T09:00:00Z"},{"name":"called","at":"2025-03-03T10:30:00Z"}]}
                            {"type":"ticket","id":"B-3","kind":"callback","events":[{"name":"requested","at":"2025-03-03T11:30:00Z"}]}
                            not json
                            """;
                    Report report = context.getBean(StandardsEvaluator.class).evaluate(new StringReader(lines));
                    assertThat(report.asOf()).isEqualTo(Instant.parse("2025-03-03T12:00:00Z"));
                    assertThat(report.findings()).extracting(f -> f.fact() + " " + f.outcome().label())
                            .containsExactly("B-1 met", "B-2 violated", "B-3 pending");
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    for (String outcome : new String[] {"met", "violated", "pending"}) {
                        assertThat(meters.get(StandardsMetrics.FINDINGS).tags("standard", "test.callback", "version", "1.0.0",
                                "clause", "callback.made", "outcome", outcome).counter().count()).isEqualTo(1.0);
                    }
                    assertThat(meters.get(StandardsMetrics.REJECTED).tag("source", "batch").counter().count()).isEqualTo(1.0);
                    assertThat(meters.get(StandardsMetrics.EVALUATION).timer().count()).isEqualTo(1);
                });
    }
}
