package dev.servicestandards.spring;

import java.time.Instant;
import java.util.Map;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.servicestandards.model.Event;
import dev.servicestandards.rules.api.LiveEvent;

/** What the starter's tests share: an application context runner and events of the test standard. */
final class Contexts {

    private Contexts() {
    }

    /** An application with the starter and, when {@code spring.datasource.url} is set, a database. */
    static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, StandardsAutoConfiguration.class))
                .withPropertyValues("standards.monitor.tick-interval=0", "standards.reload.enabled=false",
                        "standards.webhook.poll-interval=0");
    }

    /** An event of a callback ticket ({@code kind: callback} on every event, as a CRM may send it). */
    static LiveEvent callback(String fact, String name, String at) {
        return new LiveEvent(fact, "ticket", new Event(name, Instant.parse(at)), Map.of("kind", "callback"), Map.of());
    }
}
