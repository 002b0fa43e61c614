package dev.servicestandards.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The durable monitor on the test standard {@code test.callback} 1.0.0: a callback requested is
 * made within 1h; tiers reminder at 50% (30m), agent at 100% (1h), supervisor at 100% + 1h (2h).
 */
class EscalationMonitor_Test {

    static List<Supplier<Database>> databases() {
        return Database.both();
    }

    private static String[] catalog(Database db) {
        String[] dbProps = db.properties();
        String[] all = new String[dbProps.length + 1];
        System.arraycopy(dbProps, 0, all, 0, dbProps.length);
        all[dbProps.length] = "standards.catalog=classpath:callbacks";
        return all;
    }

    /** Each escalation recorded, as {@code fact clause tier due-instant}, in the order recorded. */
    static List<String> recorded(ApplicationContext context) {
        return new JdbcTemplate(context.getBean(DataSource.class)).query(
                "SELECT fact, clause, tier, due_at FROM standards_escalation ORDER BY id",
                (rs, n) -> rs.getString("fact") + " " + rs.getString("clause") + " " + rs.getString("tier") + " "
                        + rs.getObject("due_at", OffsetDateTime.class).toInstant());
    }

    @Nested
    class Firing {

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.servicestandards.spring.EscalationMonitor_Test#databases")
        void fires_each_tier_once_at_its_instant_and_records_it(Supplier<Database> database) {
            // GIVEN a callback requested at 09:00
            Database db = database.get();
            MutableClock clock = MutableClock.at("2025-03-03T09:00:00Z");
            Contexts.runner().withPropertyValues(catalog(db)).withBean(MutableClock.class, () -> clock)
                    .withBean(Escalations.class).withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                    .run(context -> {
                        EscalationMonitor monitor = context.getBean(EscalationMonitor.class);
                        assertThat(monitor.isDurable()).isTrue();
                        monitor.accept(Contexts.callback("T-1", "requested", "2025-03-03T09:00:00Z"));

                        // WHEN time passes in steps: 09:29 nothing, 09:30 the reminder, 11:00 agent and supervisor
                        clock.set("2025-03-03T09:29:59Z");
                        monitor.tick();
                        List<String> before = context.getBean(Escalations.class).lines();
                        clock.set("2025-03-03T09:30:00Z");
                        monitor.tick();
                        clock.set("2025-03-03T11:00:00Z");
                        monitor.tick();
                        monitor.tick();

                        // THEN each tier fired once, in time order, and was recorded once
                        assertThat(before).isEmpty();
                        assertThat(context.getBean(Escalations.class).lines()).containsExactly(
                                "T-1 callback.made reminder 2025-03-03T09:30:00Z",
                                "T-1 callback.made agent 2025-03-03T10:00:00Z",
                                "T-1 callback.made supervisor 2025-03-03T11:00:00Z");
                        assertThat(recorded(context)).containsExactly(
                                "T-1 callback.made reminder 2025-03-03T09:30:00Z",
                                "T-1 callback.made agent 2025-03-03T10:00:00Z",
                                "T-1 callback.made supervisor 2025-03-03T11:00:00Z");
                        MeterRegistry meters = context.getBean(MeterRegistry.class);
                        assertThat(meters.get(StandardsMetrics.ESCALATIONS).tag("tier", "agent").counter().count())
                                .isEqualTo(1.0);
                        // the clock is still running (no 'called' yet), though every tier has fired
                        assertThat(monitor.openClocks()).isZero();
                    });
        }

        @Test
        void a_stop_event_cancels_the_tiers_not_yet_fired() {
            MutableClock clock = MutableClock.at("2025-03-03T09:00:00Z");
            Contexts.runner().withPropertyValues("standards.catalog=classpath:callbacks", "standards.monitor.store=memory")
                    .withBean(MutableClock.class, () -> clock).withBean(Escalations.class)
                    .run(context -> {
                        // GIVEN a callback requested at 09:00 whose reminder fired at 09:30
                        EscalationMonitor monitor = context.getBean(EscalationMonitor.class);
                        assertThat(monitor.isDurable()).isFalse();
                        monitor.accept(Contexts.callback("T-1", "requested", "2025-03-03T09:00:00Z"));
                        clock.set("2025-03-03T09:40:00Z");
                        monitor.tick();
                        assertThat(monitor.openClocks()).isEqualTo(1);

                        // WHEN the call is made at 09:50, and the day goes on
                        clock.set("2025-03-03T09:50:00Z");
                        monitor.accept(Contexts.callback("T-1", "called", "2025-03-03T09:50:00Z"));
                        clock.set("2025-03-03T18:00:00Z");
                        monitor.tick();

                        // THEN the reminder stays the only escalation
                        assertThat(context.getBean(Escalations.class).lines())
                                .containsExactly("T-1 callback.made reminder 2025-03-03T09:30:00Z");
                        assertThat(monitor.openClocks()).isZero();
                    });
        }

        @Test
        void a_stop_at_the_same_instant_as_a_tier_wins() {
            MutableClock clock = MutableClock.at("2025-03-03T09:00:00Z");
            Contexts.runner().withPropertyValues("standards.catalog=classpath:callbacks", "standards.monitor.store=memory")
                    .withBean(MutableClock.class, () -> clock).withBean(Escalations.class)
                    .run(context -> {
                        EscalationMonitor monitor = context.getBean(EscalationMonitor.class);
                        monitor.accept(Contexts.callback("T-1", "requested", "2025-03-03T09:00:00Z"));
                        // the monitor last ticked at 09:00; the call comes in at 10:00 sharp, the agent tier's instant
                        clock.set("2025-03-03T10:00:00Z");
                        monitor.accept(Contexts.callback("T-1", "called", "2025-03-03T10:00:00Z"));
                        monitor.tick();
                        // the reminder (09:30) was due before the call; the agent tier (10:00) was not
                        assertThat(context.getBean(Escalations.class).lines())
                                .containsExactly("T-1 callback.made reminder 2025-03-03T09:30:00Z");
                    });
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.servicestandards.spring.EscalationMonitor_Test#databases")
        void an_event_sent_again_is_taken_once(Supplier<Database> database) {
            Database db = database.get();
            MutableClock clock = MutableClock.at("2025-03-03T09:00:00Z");
            Contexts.runner().withPropertyValues(catalog(db)).withBean(MutableClock.class, () -> clock)
                    .run(context -> {
                        EscalationMonitor monitor = context.getBean(EscalationMonitor.class);
                        // WHEN a client sends the same event twice (say, after a timeout)
                        boolean first = monitor.offer(Contexts.callback("T-1", "requested", "2025-03-03T09:00:00Z"));
                        boolean again = monitor.offer(Contexts.callback("T-1", "requested", "2025-03-03T09:00:00Z"));
                        // THEN it is stored once
                        assertThat(first).isTrue();
                        assertThat(again).isFalse();
                        assertThat(new JdbcTemplate(context.getBean(DataSource.class))
                                .queryForObject("SELECT COUNT(*) FROM standards_monitor_event", Integer.class)).isEqualTo(1);
                    });
        }

        @Test
        void the_monitor_refuses_work_before_it_starts_and_after_it_stops() {
            Contexts.runner().withPropertyValues("standards.catalog=classpath:callbacks", "standards.monitor.store=memory")
                    .run(context -> {
                        EscalationMonitor monitor = context.getBean(EscalationMonitor.class);
                        monitor.stop();
                        assertThatThrownBy(monitor::tick).isInstanceOf(IllegalStateException.class)
                                .hasMessage("the escalation monitor 'default' is not running");
                    });
        }
    }

    @Nested
    class Durability {

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.servicestandards.spring.EscalationMonitor_Test#databases")
        void a_restart_fires_what_fell_due_while_down_once(Supplier<Database> database) {
            Database db = database.get();
            MutableClock clock = MutableClock.at("2025-03-03T09:00:00Z");
            // GIVEN an application that took a request at 09:00, fired its reminder at 09:31, and stopped
            Contexts.runner().withPropertyValues(catalog(db)).withBean(MutableClock.class, () -> clock)
                    .withBean(Escalations.class).run(context -> {
                        EscalationMonitor monitor = context.getBean(EscalationMonitor.class);
                        monitor.accept(Contexts.callback("T-1", "requested", "2025-03-03T09:00:00Z"));
                        clock.set("2025-03-03T09:31:00Z");
                        monitor.tick();
                        assertThat(context.getBean(Escalations.class).lines())
                                .containsExactly("T-1 callback.made reminder 2025-03-03T09:30:00Z");
                    });
            // WHEN it starts again at 12:00
            clock.set("2025-03-03T12:00:00Z");
            Contexts.runner().withPropertyValues(catalog(db)).withBean(MutableClock.class, () -> clock)
                    .withBean(Escalations.class).run(context -> {
                        // THEN the tiers due while it was down fire at the start, once; the reminder not again
                        List<EscalationFired> heard = context.getBean(Escalations.class).heard();
                        assertThat(heard).extracting(Escalations::line).containsExactly(
                                "T-1 callback.made agent 2025-03-03T10:00:00Z",
                                "T-1 callback.made supervisor 2025-03-03T11:00:00Z");
                        assertThat(heard).extracting(f -> f.firedAt().toString())
                                .containsOnly("2025-03-03T12:00:00Z");
                        assertThat(recorded(context)).hasSize(3);
                    });
        }

        @Test
        void without_retained_events_a_restart_replays_from_the_checkpoint_alone() {
            Database db = Database.h2();
            MutableClock clock = MutableClock.at("2025-03-03T09:00:00Z");
            var runner = Contexts.runner().withPropertyValues(catalog(db))
                    .withPropertyValues("standards.monitor.retain-events=false", "standards.monitor.checkpoint-events=2")
                    .withBean(MutableClock.class, () -> clock).withBean(Escalations.class);
            // GIVEN three requests: the first two are covered by a checkpoint (and deleted), the third is not
            runner.run(context -> {
                EscalationMonitor monitor = context.getBean(EscalationMonitor.class);
                monitor.accept(Contexts.callback("T-1", "requested", "2025-03-03T09:00:00Z"));
                monitor.accept(Contexts.callback("T-2", "requested", "2025-03-03T09:00:00Z"));
                monitor.accept(Contexts.callback("T-3", "requested", "2025-03-03T09:00:00Z"));
                assertThat(new JdbcTemplate(context.getBean(DataSource.class))
                        .queryForList("SELECT fact FROM standards_monitor_event", String.class)).containsExactly("T-3");
            });
            // WHEN the application starts again after the reminders fell due
            clock.set("2025-03-03T09:31:00Z");
            runner.run(context -> {
                // THEN all three fire, once each
                assertThat(context.getBean(Escalations.class).lines()).containsExactlyInAnyOrder(
                        "T-1 callback.made reminder 2025-03-03T09:30:00Z", "T-2 callback.made reminder 2025-03-03T09:30:00Z",
                        "T-3 callback.made reminder 2025-03-03T09:30:00Z");
            });
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.servicestandards.spring.EscalationMonitor_Test#databases")
        void instances_sharing_a_database_fire_each_escalation_once(Supplier<Database> database) {
            Database db = database.get();
            MutableClock clock = MutableClock.at("2025-03-03T09:00:00Z");
            var runner = Contexts.runner().withPropertyValues(catalog(db)).withBean(MutableClock.class, () -> clock)
                    .withBean(Escalations.class);
            runner.run(a -> runner.run(b -> {
                EscalationMonitor ma = a.getBean(EscalationMonitor.class);
                EscalationMonitor mb = b.getBean(EscalationMonitor.class);
                // GIVEN two instances; the request comes in through A
                ma.accept(Contexts.callback("T-1", "requested", "2025-03-03T09:00:00Z"));
                // WHEN B ticks first past the reminder, then A; then A past the agent tier, then B
                clock.set("2025-03-03T09:31:00Z");
                mb.tick();
                ma.tick();
                clock.set("2025-03-03T10:01:00Z");
                ma.tick();
                mb.tick();
                // and the call comes in through B, after which nothing more fires anywhere
                mb.accept(Contexts.callback("T-1", "called", "2025-03-03T10:05:00Z"));
                clock.set("2025-03-03T13:00:00Z");
                ma.tick();
                mb.tick();
                // THEN B fired the reminder (it read A's event from the database), A the agent tier; each once
                assertThat(b.getBean(Escalations.class).lines())
                        .containsExactly("T-1 callback.made reminder 2025-03-03T09:30:00Z");
                assertThat(a.getBean(Escalations.class).lines())
                        .containsExactly("T-1 callback.made agent 2025-03-03T10:00:00Z");
                assertThat(recorded(a)).hasSize(2);
            }));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.servicestandards.spring.EscalationMonitor_Test#databases")
        void work_that_fails_in_the_database_is_undone_in_the_monitor_too(Supplier<Database> database) {
            Database db = database.get();
            MutableClock clock = MutableClock.at("2025-03-03T09:00:00Z");
            Contexts.runner().withPropertyValues(catalog(db)).withBean(MutableClock.class, () -> clock)
                    .withBean(Escalations.class).run(context -> {
                        EscalationMonitor monitor = context.getBean(EscalationMonitor.class);
                        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
                        monitor.accept(Contexts.callback("T-1", "requested", "2025-03-03T09:00:00Z"));
                        // GIVEN the escalation table is out of reach when the reminder falls due
                        jdbc.execute("ALTER TABLE standards_escalation RENAME TO standards_escalation_away");
                        clock.set("2025-03-03T09:31:00Z");
                        assertThatThrownBy(monitor::tick).isInstanceOf(RuntimeException.class);
                        // WHEN it is back, and the monitor ticks again
                        jdbc.execute("ALTER TABLE standards_escalation_away RENAME TO standards_escalation");
                        monitor.tick();
                        // THEN the reminder fires then, once: the failed tick left no trace in the monitor
                        assertThat(context.getBean(Escalations.class).lines())
                                .containsExactly("T-1 callback.made reminder 2025-03-03T09:30:00Z");
                        assertThat(recorded(context)).hasSize(1);
                    });
        }
    }

    /** A CRM listener that writes its own row, then fails. */
    static final class FailingListener {
        private final JdbcTemplate jdbc;

        FailingListener(DataSource dataSource) {
            this.jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("CREATE TABLE crm_note (fact VARCHAR(50))");
        }

        @EventListener
        public void on(EscalationFired fired) {
            jdbc.update("INSERT INTO crm_note (fact) VALUES (?)", fired.escalation().fact());
            if (fired.escalation().tier().equals("reminder")) {
                throw new IllegalStateException("the CRM's mail server is down");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void a_listener_that_throws_loses_its_own_work_only(Supplier<Database> database) {
        Database db = database.get();
        MutableClock clock = MutableClock.at("2025-03-03T09:00:00Z");
        Contexts.runner().withPropertyValues(catalog(db)).withBean(MutableClock.class, () -> clock)
                .withBean(FailingListener.class).withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> {
                    EscalationMonitor monitor = context.getBean(EscalationMonitor.class);
                    monitor.accept(Contexts.callback("T-1", "requested", "2025-03-03T09:00:00Z"));
                    // WHEN the reminder's listener fails and the agent tier's succeeds
                    clock.set("2025-03-03T09:31:00Z");
                    monitor.tick();
                    clock.set("2025-03-03T10:01:00Z");
                    monitor.tick();
                    // THEN both escalations stay recorded; only the failed listener's row is gone
                    assertThat(recorded(context)).containsExactly("T-1 callback.made reminder 2025-03-03T09:30:00Z",
                            "T-1 callback.made agent 2025-03-03T10:00:00Z");
                    assertThat(new JdbcTemplate(context.getBean(DataSource.class))
                            .queryForObject("SELECT COUNT(*) FROM crm_note", Integer.class)).isEqualTo(1);
                    assertThat(context.getBean(MeterRegistry.class).get(StandardsMetrics.LISTENER_ERRORS).counter()
                            .count()).isEqualTo(1.0);
                });
    }
}
