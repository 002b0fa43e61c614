package dev.servicestandards.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The {@code standards} actuator endpoint over the test standard (1h; reminder 30m, agent 1h, supervisor 2h). */
class StandardsEndpoint_Test {

    @Test
    void lists_the_revisions_and_the_running_time_limits() {
        MutableClock clock = MutableClock.at("2025-03-03T09:00:00Z");
        Contexts.runner().withPropertyValues(Database.h2().properties())
                .withPropertyValues("standards.catalog=classpath:callbacks", "standards.endpoint.max-open-clocks=1",
                        "management.endpoints.web.exposure.include=standards")
                .withBean(MutableClock.class, () -> clock).withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> {
                    EscalationMonitor monitor = context.getBean(EscalationMonitor.class);
                    StandardsEndpoint endpoint = context.getBean(StandardsEndpoint.class);
                    // GIVEN a callback requested at 09:00, another at 09:10 and called at 09:20
                    monitor.accept(Contexts.callback("T-1", "requested", "2025-03-03T09:00:00Z"));
                    monitor.accept(Contexts.callback("T-2", "requested", "2025-03-03T09:10:00Z"));
                    clock.set("2025-03-03T09:20:00Z");
                    monitor.accept(Contexts.callback("T-2", "called", "2025-03-03T09:20:00Z"));
                    clock.set("2025-03-03T09:45:00Z");
                    monitor.tick();

                    // WHEN the endpoint is read at 09:45
                    StandardsEndpoint.Description at0945 = endpoint.describe();

                    // THEN it shows the revision, with its one open clock, and T-1's time limit: pending, at the reminder
                    assertThat(at0945.revisions()).singleElement().satisfies(r -> {
                        assertThat(r.standard()).isEqualTo("test.callback");
                        assertThat(r.version()).isEqualTo("1.0.0");
                        assertThat(r.title()).isEqualTo("Callback within one hour");
                        assertThat(r.effectiveFrom()).isEqualTo("2025-01-01");
                        assertThat(r.effectiveUntil()).isEqualTo("2026-01-01");
                        assertThat(r.location()).isEqualTo("classpath:callbacks/callback-1.0.0.yaml");
                        assertThat(r.openClocks()).isEqualTo(1);
                    });
                    assertThat(at0945.monitor().durable()).isTrue();
                    assertThat(at0945.monitor().time()).isEqualTo("2025-03-03T09:45:00Z");
                    assertThat(at0945.monitor().clocks()).containsExactly(new StandardsEndpoint.ClockView("test.callback",
                            "1.0.0", "callback.made", "T-1", "2025-03-03T09:00:00Z", "2025-03-03T10:00:00Z", "pending",
                            "reminder", false));
                    assertThat(at0945.monitor().clocksTruncated()).isFalse();
                    assertThat(at0945.webhook()).isNull();

                    // and at 10:30, a third request later, T-1 is past its deadline at the agent tier; one clock is listed of two
                    monitor.accept(Contexts.callback("T-3", "requested", "2025-03-03T10:20:00Z"));
                    clock.set("2025-03-03T10:30:00Z");
                    monitor.tick();
                    StandardsEndpoint.Description at1030 = endpoint.describe();
                    assertThat(at1030.monitor().openClocks()).isEqualTo(2);
                    assertThat(at1030.monitor().clocks()).containsExactly(new StandardsEndpoint.ClockView("test.callback",
                            "1.0.0", "callback.made", "T-1", "2025-03-03T09:00:00Z", "2025-03-03T10:00:00Z", "violated",
                            "agent", false));
                    assertThat(at1030.monitor().clocksTruncated()).isTrue();
                    assertThat(context.getBean(MeterRegistry.class).get(StandardsMetrics.OPEN_CLOCKS)
                            .tags("standard", "test.callback", "version", "1.0.0").gauge().value()).isEqualTo(2.0);
                });
    }
}
