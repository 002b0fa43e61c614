package dev.servicestandards.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.event.EventListener;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import dev.servicestandards.model.Fact;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standard;
import dev.servicestandards.rules.api.Catalog;

/**
 * Revisions dropped into the catalog folder while the application runs: the folder starts with
 * {@code test.callback} 1.0.0 (2025, 1h); 1.1.0 (from 2026, 30m) is valid; 1.2.0 is not.
 */
class StandardsRegistry_reload_Test {

    private static final Path RESOURCES = Path.of("src/test/resources");

    @TempDir
    Path folder;

    MutableClock clock = MutableClock.at("2025-03-03T09:00:00Z");

    /** The files refused, as the application hears of them. */
    static final class Refusals {
        final List<StandardsRegistry.Refusal> heard = new ArrayList<>();

        @EventListener
        public void on(StandardsRegistry.Refusal refusal) {
            heard.add(refusal);
        }
    }

    @BeforeEach
    void oneRevision() throws IOException {
        drop("callbacks/callback-1.0.0.yaml", "callback-1.0.0.yaml");
    }

    private void drop(String resource, String as) throws IOException {
        Files.copy(RESOURCES.resolve(resource), folder.resolve(as), StandardCopyOption.REPLACE_EXISTING);
    }

    private ApplicationContextRunner app() {
        return Contexts.runner().withPropertyValues("standards.catalog=" + folder, "standards.monitor.store=memory",
                "management.endpoints.web.exposure.include=standards")
                .withBean(MutableClock.class, () -> clock).withBean(Escalations.class).withBean(Refusals.class)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new);
    }

    /** Problems with the folder's path left out, so they read the same on every machine. */
    private List<String> problems(StandardsRegistry.Refusal refusal) {
        return refusal.problems().stream().map(p -> p.replace(folder.toString(), "<folder>")).toList();
    }

    @Test
    void a_new_revision_dropped_in_is_taken_in_and_judges_the_facts_that_start_after() throws IOException {
        app().run(context -> {
            StandardsRegistry registry = context.getBean(StandardsRegistry.class);
            EscalationMonitor monitor = context.getBean(EscalationMonitor.class);
            // GIVEN a 2025 callback running under 1.0.0
            monitor.accept(Contexts.callback("T-25", "requested", "2025-03-03T09:00:00Z"));

            // WHEN the 2026 revision is dropped into the folder and the folder is read again
            drop("callback-1.1.0.yaml", "callback-1.1.0.yaml");
            StandardsRegistry.ReloadResult result = registry.reload();

            // THEN it is taken in, beside 1.0.0
            assertThat(result.taken()).extracting(StandardsRegistry.Revision::coordinates)
                    .containsExactly("test.callback@1.1.0");
            assertThat(result.refused()).isEmpty();
            assertThat(context.getBean(Catalog.class).standards()).extracting(Standard::coordinates)
                    .containsExactly("test.callback@1.0.0", "test.callback@1.1.0");
            assertThat(registry.reload().isUnchanged()).isTrue();

            // and a 2026 callback is monitored by it (agent after 30m, no reminder), the 2025 one by 1.0.0
            clock.set("2026-02-02T09:00:00Z");
            monitor.accept(Contexts.callback("T-26", "requested", "2026-02-02T09:00:00Z"));
            clock.set("2026-02-02T09:31:00Z");
            monitor.tick();
            assertThat(context.getBean(Escalations.class).heard()).extracting(
                    f -> f.escalation().version() + " " + Escalations.line(f)).contains(
                            "1.0.0 T-25 callback.made supervisor 2025-03-03T11:00:00Z",
                            "1.1.0 T-26 callback.made agent 2026-02-02T09:30:00Z");

            // and batch evaluation judges a 2026 fact by it
            Report report = context.getBean(StandardsEvaluator.class).evaluate(List.of(new Fact("ticket", "B-1",
                    java.util.Map.of("kind", "callback"), java.util.Map.of(), List.of(new dev.servicestandards.model.Event(
                            "requested", java.time.Instant.parse("2026-02-02T08:00:00Z"))), List.of())));
            assertThat(report.findings()).extracting(f -> f.version() + " " + f.outcome().label() + " " + f.escalation().orElse("-"))
                    .containsExactly("1.1.0 violated supervisor");
        });
    }

    @Test
    void an_invalid_revision_is_refused_with_its_located_problems_and_the_running_ones_stay() throws IOException {
        app().run(context -> {
            StandardsRegistry registry = context.getBean(StandardsRegistry.class);
            // WHEN a revision with an unknown key and a bad duration is dropped in
            drop("callback-1.2.0-invalid.yaml", "callback-1.2.0.yaml");
            StandardsRegistry.ReloadResult result = registry.reload();

            // THEN it is refused, every problem located, and 1.0.0 alone stays in use
            assertThat(result.taken()).isEmpty();
            assertThat(result.refused()).hasSize(1);
            // (line 14 is "      within: half an hour", column 15 its value; line 15 is "    escalaton:")
            List<String> expected = List.of(
                    "<folder>/callback-1.2.0.yaml:14:15: clauses[0].time-limit.within: 'half an hour' is not a duration: "
                            + "use 90s, 30m, 4h, 1h30m, 3 working days (3wd) or 3 days (3d) [STD-E012]",
                    "<folder>/callback-1.2.0.yaml:15:5: clauses[0].escalaton: unknown key 'escalaton' (did you mean "
                            + "'escalation'?); expected one of: applies-to, dimension, escalation, follow-up, "
                            + "forbidden-phrases, id, kpi, limit, penalty, repeat, required-fields, required-phrase, "
                            + "severity, time-limit, title [STD-E005]");
            assertThat(problems(result.refused().get(0))).isEqualTo(expected);
            assertThat(registry.current().revisions()).extracting(StandardsRegistry.Revision::coordinates)
                    .containsExactly("test.callback@1.0.0");
            assertThat(registry.refusals()).hasSize(1);
            assertThat(context.getBean(Refusals.class).heard).hasSize(1);
            assertThat(context.getBean(MeterRegistry.class).get(StandardsMetrics.REFUSED).counter().count()).isEqualTo(1.0);

            // a second look at the unchanged file neither takes it nor reports it again
            assertThat(registry.reload().isUnchanged()).isTrue();
            assertThat(context.getBean(Refusals.class).heard).hasSize(1);

            // and the actuator endpoint shows the refusal
            StandardsEndpoint.Description described = context.getBean(StandardsEndpoint.class).describe();
            assertThat(described.refused()).hasSize(1);
            assertThat(described.refused().get(0).problems()).hasSize(2);

            // the monitor goes on with 1.0.0
            EscalationMonitor monitor = context.getBean(EscalationMonitor.class);
            monitor.accept(Contexts.callback("T-1", "requested", "2025-03-03T09:00:00Z"));
            clock.set("2025-03-03T09:31:00Z");
            monitor.tick();
            assertThat(context.getBean(Escalations.class).lines())
                    .containsExactly("T-1 callback.made reminder 2025-03-03T09:30:00Z");

            // removing the bad file clears nothing in use, and a fixed file with the same name is taken
            Files.writeString(folder.resolve("callback-1.2.0.yaml"), Files.readString(RESOURCES.resolve(
                    "callback-1.2.0-invalid.yaml")).replace("half an hour", "30m").replace("escalaton", "escalation"));
            assertThat(registry.reload().taken()).extracting(StandardsRegistry.Revision::coordinates)
                    .containsExactly("test.callback@1.2.0");
            assertThat(registry.refusals()).isEmpty();
        });
    }

    @Test
    void a_revision_edited_into_an_invalid_file_keeps_its_last_good_content_running() throws IOException {
        app().run(context -> {
            StandardsRegistry registry = context.getBean(StandardsRegistry.class);
            String hash = registry.current().revisions().get(0).standard().contentHash();
            // WHEN the file of 1.0.0 is overwritten with a broken one
            Files.writeString(folder.resolve("callback-1.0.0.yaml"), "standard: test.callback\nversion: [1\n");
            StandardsRegistry.ReloadResult result = registry.reload();
            // THEN the edit is refused (a YAML syntax error, located) and 1.0.0 runs on as it was
            assertThat(result.refused()).hasSize(1);
            assertThat(problems(result.refused().get(0))).singleElement().asString()
                    .startsWith("<folder>/callback-1.0.0.yaml:").endsWith("[STD-E002]");
            assertThat(registry.current().revisions()).singleElement()
                    .satisfies(r -> assertThat(r.standard().contentHash()).isEqualTo(hash));
            // and putting the file back clears the refusal
            drop("callbacks/callback-1.0.0.yaml", "callback-1.0.0.yaml");
            assertThat(registry.reload().isUnchanged()).isTrue();
            assertThat(registry.refusals()).isEmpty();
        });
    }

    @Test
    void a_revision_whose_window_overlaps_another_is_refused() throws IOException {
        app().run(context -> {
            StandardsRegistry registry = context.getBean(StandardsRegistry.class);
            // WHEN a 1.0.1 in force from 2025-06-01 comes beside 1.0.0 (2025-01-01 to 2026-01-01)
            Files.writeString(folder.resolve("callback-1.0.1.yaml"), Files.readString(RESOURCES.resolve(
                    "callbacks/callback-1.0.0.yaml")).replace("version: 1.0.0", "version: 1.0.1")
                    .replace("effective-from: 2025-01-01", "effective-from: 2025-06-01"));
            StandardsRegistry.ReloadResult result = registry.reload();
            // THEN it is refused with the overlap, named by the configured files, not temporary copies
            assertThat(result.taken()).isEmpty();
            assertThat(problems(result.refused().get(0))).singleElement().asString()
                    .startsWith("<folder>/callback-1.0.1.yaml: ").contains("<folder>/callback-1.0.0.yaml")
                    .endsWith("[STD-E040]");
            assertThat(registry.current().revisions()).hasSize(1);
        });
    }

    @Test
    void a_revision_changed_in_place_keeps_what_its_monitor_fired() throws IOException {
        app().run(context -> {
            StandardsRegistry registry = context.getBean(StandardsRegistry.class);
            EscalationMonitor monitor = context.getBean(EscalationMonitor.class);
            // GIVEN a callback whose reminder fired under 1.0.0
            monitor.accept(Contexts.callback("T-1", "requested", "2025-03-03T09:00:00Z"));
            clock.set("2025-03-03T09:31:00Z");
            monitor.tick();
            // WHEN 1.0.0 is corrected in place (its title) and taken in again
            Files.writeString(folder.resolve("callback-1.0.0.yaml"), Files.readString(folder.resolve("callback-1.0.0.yaml"))
                    .replace("title: Callback within one hour", "title: Callback within 60 minutes"));
            assertThat(registry.reload().taken()).hasSize(1);
            clock.set("2025-03-03T10:01:00Z");
            monitor.tick();
            // THEN the monitor carries on from its state: the agent tier fires, the reminder not again
            assertThat(context.getBean(Escalations.class).lines()).containsExactly(
                    "T-1 callback.made reminder 2025-03-03T09:30:00Z", "T-1 callback.made agent 2025-03-03T10:00:00Z");
            assertThat(registry.current().revisions().get(0).standard().title()).contains("Callback within 60 minutes");
        });
    }
}
