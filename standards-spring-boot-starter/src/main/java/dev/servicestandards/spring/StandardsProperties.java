package dev.servicestandards.spring;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code standards.*} settings of an application (docs/spring-boot.md lists them with their
 * defaults). Immutable.
 *
 * @param catalog    a folder of standard files, every revision of every standard side by side
 *                   ({@code classpath:standards/} or a file path); or
 * @param files      single standard files ({@code classpath:} or file paths); both may be given
 * @param clock      the clock that reads "now" for the monitor and the as-of of batch evaluations
 * @param evaluation how batch evaluations treat evidence and threads
 * @param reload     how new revisions are taken in while the application runs
 * @param monitor    the live escalation monitor
 * @param webhook    where escalations are POSTed, if anywhere
 * @param endpoint   the {@code standards} actuator endpoint
 */
@ConfigurationProperties("standards")
public record StandardsProperties(@Nullable String catalog, @DefaultValue List<String> files,
        @DefaultValue ClockSettings clock, @DefaultValue Evaluation evaluation, @DefaultValue Reload reload,
        @DefaultValue Monitor monitor, @DefaultValue Webhook webhook, @DefaultValue Endpoint endpoint) {

    public StandardsProperties {
        files = List.copyOf(files);
        if (catalog != null && catalog.isBlank()) {
            catalog = null;
        }
    }

    /** The catalog folder, if one is set. */
    public Optional<String> catalogLocation() {
        return Optional.ofNullable(catalog);
    }

    /**
     * @param fixed a fixed instant for every "now" (demonstrations and audits at a past instant);
     *              without it the system clock (UTC), unless the application defines a
     *              {@link java.time.Clock} bean, which is then used
     */
    public record ClockSettings(@Nullable OffsetDateTime fixed) {

        /** The fixed instant, if one is set. */
        public Optional<OffsetDateTime> fixedInstant() {
            return Optional.ofNullable(fixed);
        }
    }

    /**
     * @param maskEvidence whether evidence masks phone and ID-card numbers
     * @param keepMet      whether reports keep met findings
     * @param parallelism  threads per evaluation (1: the caller's thread)
     */
    public record Evaluation(@DefaultValue("true") boolean maskEvidence, @DefaultValue("true") boolean keepMet,
            @DefaultValue("1") int parallelism) {
    }

    /**
     * @param enabled  whether files are scanned for new and changed revisions (only file-system
     *                 locations can change; a jar's resources cannot)
     * @param interval how often they are scanned
     */
    public record Reload(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration interval) {
    }

    /**
     * @param enabled            whether the live monitor runs
     * @param name               the monitor's name in the database: applications sharing a
     *                           database keep apart by name
     * @param store              where events and monitor state are kept
     * @param tickInterval       how often the monitor reads the clock and fires what fell due
     *                           (also how late an escalation may be); zero stops the scheduler,
     *                           which leaves ticking to the application
     * @param checkpointInterval how often the monitor's state is written (the events since are
     *                           replayed after a restart)
     * @param checkpointEvents   also write it after this many events
     * @param retainEvents       whether events stay in the database once a checkpoint covers
     *                           them (an audit trail); without it they are deleted
     * @param initializeSchema   whether the starter creates and migrates its tables (Flyway,
     *                           its own history table {@code standards_schema_history})
     */
    public record Monitor(@DefaultValue("true") boolean enabled, @DefaultValue("default") String name,
            @DefaultValue("auto") Store store, @DefaultValue("1s") Duration tickInterval,
            @DefaultValue("1m") Duration checkpointInterval, @DefaultValue("1000") int checkpointEvents,
            @DefaultValue("true") boolean retainEvents, @DefaultValue("true") boolean initializeSchema) {

        public Monitor {
            if (name.isBlank() || name.length() > 100) {
                throw new IllegalArgumentException("standards.monitor.name must be 1 to 100 characters, not \"" + name + "\"");
            }
            if (checkpointEvents < 1) {
                throw new IllegalArgumentException("standards.monitor.checkpoint-events must be at least 1, not " + checkpointEvents);
            }
        }
    }

    /** Where the monitor keeps its events and state. */
    public enum Store {
        /** The application's database when it has one {@link javax.sql.DataSource}; memory otherwise. */
        AUTO,
        /** The application's database (fails at start without one). */
        JDBC,
        /** Memory only: a restart loses the events and the state. */
        MEMORY
    }

    /**
     * @param url            the address each escalation is POSTed to; none, no webhook
     * @param secret         the key of the HMAC-SHA256 signature header; none, no signature
     * @param maxAttempts    how many times one escalation is tried before it is marked failed
     * @param initialBackoff the wait after the first failure; each further failure doubles it
     * @param maxBackoff     the longest wait between two attempts
     * @param timeout        how long one attempt may take
     * @param pollInterval   how often escalations due for delivery are looked for
     */
    public record Webhook(@Nullable URI url, @Nullable String secret, @DefaultValue("10") int maxAttempts,
            @DefaultValue("1s") Duration initialBackoff, @DefaultValue("5m") Duration maxBackoff,
            @DefaultValue("10s") Duration timeout, @DefaultValue("1s") Duration pollInterval) {

        public Webhook {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("standards.webhook.max-attempts must be at least 1, not " + maxAttempts);
            }
            if (url != null && !"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                throw new IllegalArgumentException("standards.webhook.url must be an http or https address, not " + url);
            }
            if (secret != null && secret.isEmpty()) {
                secret = null;
            }
        }

        /** The webhook's address, if one is set. */
        public Optional<URI> address() {
            return Optional.ofNullable(url);
        }

        /** The signing key, if one is set. */
        public Optional<String> signingKey() {
            return Optional.ofNullable(secret);
        }
    }

    /** @param maxOpenClocks how many running time limits the endpoint lists (it counts them all) */
    public record Endpoint(@DefaultValue("200") int maxOpenClocks) {
    }
}
