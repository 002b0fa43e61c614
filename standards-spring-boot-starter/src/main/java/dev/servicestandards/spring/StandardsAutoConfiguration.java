package dev.servicestandards.spring;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import io.micrometer.core.instrument.MeterRegistry;

import dev.servicestandards.rules.api.Catalog;
import dev.servicestandards.rules.api.EvaluationOptions;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.spring.internal.CurrentCatalog;
import dev.servicestandards.spring.internal.CurrentRuleSet;
import dev.servicestandards.spring.internal.JdbcMonitorStore;
import dev.servicestandards.spring.internal.MemoryMonitorStore;
import dev.servicestandards.spring.internal.MonitorStore;
import dev.servicestandards.spring.internal.StandardSources;
import dev.servicestandards.spring.internal.StandardsScheduler;
import dev.servicestandards.spring.internal.WebhookDispatcher;

/**
 * Auto-configuration of the Service Standards starter, active when {@code standards.catalog}
 * or {@code standards.files} is set (docs/spring-boot.md): the revisions ({@link StandardsRegistry},
 * a {@link Catalog} and, for one file, a {@link RuleSet}), batch evaluation
 * ({@link StandardsEvaluator}), the live monitor ({@link EscalationMonitor}) with its store in the
 * application's database (or memory), the webhook, the meters and the actuator endpoint.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@Conditional(StandardsAutoConfiguration.Configured.class)
@EnableConfigurationProperties(StandardsProperties.class)
public class StandardsAutoConfiguration {

    /** Matches when {@code standards.catalog} or {@code standards.files} is set. */
    static final class Configured extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Binder binder = Binder.get(context.getEnvironment());
            boolean catalog = binder.bind("standards.catalog", String.class).map(s -> !s.isBlank()).orElse(false);
            boolean files = !binder.bind("standards.files", Bindable.listOf(String.class)).orElse(List.of()).isEmpty();
            return catalog || files ? ConditionOutcome.match("standards.catalog or standards.files is set")
                    : ConditionOutcome.noMatch("neither standards.catalog nor standards.files is set");
        }
    }

    /** Matches when exactly one standard file and no catalog is configured. */
    static final class OneFile extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Binder binder = Binder.get(context.getEnvironment());
            boolean catalog = binder.bind("standards.catalog", String.class).map(s -> !s.isBlank()).orElse(false);
            int files = binder.bind("standards.files", Bindable.listOf(String.class)).orElse(List.of()).size();
            return !catalog && files == 1 ? ConditionOutcome.match("one standard file")
                    : ConditionOutcome.noMatch("a catalog, or more than one standard file");
        }
    }

    /** The clock of the monitor and of batch as-of, unless the application has a {@link Clock} bean. */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock standardsClock(StandardsProperties properties) {
        return properties.clock().fixedInstant().map(t -> Clock.fixed(t.toInstant(), ZoneOffset.UTC))
                .orElseGet(Clock::systemUTC);
    }

    @Bean
    @ConditionalOnMissingBean
    StandardsMetrics standardsMetrics(ObjectProvider<MeterRegistry> registry) {
        return new StandardsMetrics(registry.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean
    StandardsRegistry standardsRegistry(StandardsProperties properties, ResourceLoader resources, Clock clock,
            StandardsMetrics metrics, ApplicationEventPublisher publisher) {
        StandardsRegistry registry = new StandardsRegistry(new StandardSources(
                ResourcePatternUtils.getResourcePatternResolver(resources), properties.catalogLocation(),
                properties.files()), clock);
        registry.addRefusalListener(refusal -> {
            metrics.refused();
            publisher.publishEvent(refusal);
        });
        registry.addListener(publisher::publishEvent);
        return registry;
    }

    /** The revisions in use, whatever reloads take in. */
    @Bean
    @ConditionalOnMissingBean(Catalog.class)
    Catalog standardsCatalog(StandardsRegistry registry) {
        return new CurrentCatalog(registry);
    }

    /** The one configured standard's revision in use. */
    @Bean
    @ConditionalOnMissingBean(RuleSet.class)
    @Conditional(OneFile.class)
    RuleSet standardsRuleSet(StandardsRegistry registry) {
        return new CurrentRuleSet(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    StandardsEvaluator standardsEvaluator(StandardsRegistry registry, Clock clock, StandardsProperties properties,
            StandardsMetrics metrics) {
        StandardsProperties.Evaluation e = properties.evaluation();
        EvaluationOptions options = EvaluationOptions.DEFAULT.withMaskEvidence(e.maskEvidence()).withKeepMet(e.keepMet())
                .withParallelism(e.parallelism());
        return new StandardsEvaluator(registry, clock, options, metrics);
    }

    /** The monitor, its store and its webhook. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "standards.monitor.enabled", matchIfMissing = true)
    static class MonitorConfiguration {

        @Bean
        @ConditionalOnMissingBean
        MonitorStore standardsMonitorStore(StandardsProperties properties, ObjectProvider<DataSource> dataSources,
                ObjectProvider<PlatformTransactionManager> transactions, Clock clock) {
            StandardsProperties.Monitor m = properties.monitor();
            DataSource dataSource = m.store() == StandardsProperties.Store.MEMORY ? null : dataSources.getIfUnique();
            if (dataSource == null) {
                if (m.store() == StandardsProperties.Store.JDBC) {
                    throw new IllegalStateException("standards.monitor.store=jdbc needs one DataSource in the application");
                }
                return new MemoryMonitorStore(m.name(), clock.instant());
            }
            PlatformTransactionManager tx = transactions.getIfUnique(() -> new DataSourceTransactionManager(dataSource));
            return new JdbcMonitorStore(dataSource, tx, m.name(), m.initializeSchema(), clock.instant());
        }

        @Bean
        @ConditionalOnMissingBean
        EscalationMonitor escalationMonitor(StandardsRegistry registry, MonitorStore store, Clock clock,
                ApplicationEventPublisher publisher, StandardsMetrics metrics, StandardsProperties properties) {
            StandardsProperties.Monitor m = properties.monitor();
            return new EscalationMonitor(registry, store, clock, publisher, metrics, new EscalationMonitor.Settings(
                    m.checkpointInterval(), m.checkpointEvents(), m.retainEvents(), properties.webhook().address().isPresent()));
        }

        @Bean
        @ConditionalOnProperty("standards.webhook.url")
        @ConditionalOnMissingBean
        WebhookDispatcher standardsWebhook(MonitorStore store, Clock clock, StandardsProperties properties,
                StandardsMetrics metrics) {
            StandardsProperties.Webhook w = properties.webhook();
            return new WebhookDispatcher(store, clock, new WebhookDispatcher.Settings(w.url(), w.signingKey(),
                    w.maxAttempts(), w.initialBackoff(), w.maxBackoff(), w.timeout()), metrics);
        }
    }

    @Bean
    StandardsScheduler standardsScheduler(StandardsProperties properties, StandardsRegistry registry,
            ObjectProvider<EscalationMonitor> monitor, ObjectProvider<WebhookDispatcher> webhook) {
        List<StandardsScheduler.Task> tasks = new ArrayList<>();
        monitor.ifAvailable(m -> tasks.add(new StandardsScheduler.Task("monitor tick",
                properties.monitor().tickInterval(), m::tick)));
        if (properties.reload().enabled() && registry.isReloadable()) {
            tasks.add(new StandardsScheduler.Task("standards reload", properties.reload().interval(), registry::reload));
        }
        webhook.ifAvailable(w -> tasks.add(new StandardsScheduler.Task("webhook delivery",
                properties.webhook().pollInterval(), w::deliverDue)));
        return new StandardsScheduler(tasks);
    }

    /** The {@code standards} actuator endpoint. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Endpoint.class)
    @ConditionalOnAvailableEndpoint(StandardsEndpoint.class)
    static class EndpointConfiguration {

        @Bean
        @ConditionalOnMissingBean
        StandardsEndpoint standardsEndpoint(StandardsRegistry registry, ObjectProvider<EscalationMonitor> monitor,
                ObjectProvider<MonitorStore> store, ObjectProvider<WebhookDispatcher> webhook, StandardsProperties properties) {
            return new StandardsEndpoint(registry, monitor.getIfAvailable(),
                    webhook.getIfAvailable() == null ? null : store.getIfAvailable(), properties.endpoint().maxOpenClocks());
        }
    }
}
