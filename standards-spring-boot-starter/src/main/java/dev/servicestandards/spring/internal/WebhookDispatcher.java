package dev.servicestandards.spring.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.servicestandards.spring.StandardsMetrics;

/**
 * POSTs each escalation waiting for delivery to the webhook, from the store's outbox: a JSON
 * body, a stable id header receivers deduplicate on, and an HMAC-SHA256 signature of the body.
 * A 2xx answer delivers it; a network error, a timeout, a 408, 429 or 5xx answer is tried again
 * after a back-off that doubles up to a limit (or after the server's {@code Retry-After}), until
 * the attempts run out; any other answer fails it at once. Delivery is at least once: a crash
 * between the POST and its record sends it again, with the same id. Thread-safe. Internal.
 */
public final class WebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The header with the escalation's id, the same on every attempt. */
    public static final String ID_HEADER = "X-Standards-Escalation-Id";
    /** The header with the signature: {@code sha256=} and the hex HMAC-SHA256 of the body. */
    public static final String SIGNATURE_HEADER = "X-Standards-Signature";
    /** The header with the attempt's number, from 1. */
    public static final String ATTEMPT_HEADER = "X-Standards-Attempt";

    /**
     * @param url            where to POST
     * @param secret         the signing key, if any
     * @param maxAttempts    attempts before an escalation is given up
     * @param initialBackoff wait after the first failure
     * @param maxBackoff     longest wait
     * @param timeout        for one attempt
     */
    public record Settings(URI url, Optional<String> secret, int maxAttempts, Duration initialBackoff,
            Duration maxBackoff, Duration timeout) {
        public Settings {
            requireNonNull(url, "url");
            requireNonNull(secret, "secret");
            requireNonNull(initialBackoff, "initialBackoff");
            requireNonNull(maxBackoff, "maxBackoff");
            requireNonNull(timeout, "timeout");
        }
    }

    private final MonitorStore store;
    private final Clock clock;
    private final Settings settings;
    private final StandardsMetrics metrics;
    private final HttpClient http;

    public WebhookDispatcher(MonitorStore store, Clock clock, Settings settings, StandardsMetrics metrics) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.settings = requireNonNull(settings, "settings");
        this.metrics = requireNonNull(metrics, "metrics");
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Makes one attempt for each escalation whose delivery is due now, oldest first, up to 100.
     *
     * @return how many attempts were made
     */
    public synchronized int deliverDue() {
        Instant now = clock.instant();
        int attempts = 0;
        for (MonitorStore.Outgoing o : store.dueForDelivery(now, 100)) {
            // a claim that outlives two timeouts is given up: the instance holding it died
            if (!store.claim(o.id(), o.nextAttempt(), now.plus(settings.timeout().multipliedBy(2)))) {
                continue;
            }
            attempt(o);
            attempts++;
        }
        return attempts;
    }

    private void attempt(MonitorStore.Outgoing o) {
        int attempt = o.attempts() + 1;
        byte[] body = body(o, store.name());
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.url()).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header(ID_HEADER, Long.toString(o.id()))
                .header(ATTEMPT_HEADER, Integer.toString(attempt))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        settings.secret().ifPresent(key -> request.header(SIGNATURE_HEADER, signature(key, body)));
        String failure;
        Optional<Duration> retryAfter = Optional.empty();
        boolean permanent = false;
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                store.delivered(o.id(), attempt, clock.instant());
                metrics.webhook("delivered");
                return;
            }
            failure = "HTTP " + status;
            permanent = status < 500 && status != 408 && status != 429;
            retryAfter = response.headers().firstValue("Retry-After").flatMap(WebhookDispatcher::seconds);
        } catch (IOException e) {
            failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        if (permanent || attempt >= settings.maxAttempts()) {
            store.failed(o.id(), attempt, failure);
            metrics.webhook("failed");
            LOG.error("standards: webhook delivery of escalation {} ({} {} {}) failed after {} attempt(s): {}", o.id(),
                    o.escalation().fact(), o.escalation().clause(), o.escalation().tier(), attempt, failure);
            return;
        }
        Duration wait = retryAfter.orElse(backoff(attempt));
        if (wait.compareTo(settings.maxBackoff()) > 0) {
            wait = settings.maxBackoff();
        }
        store.retry(o.id(), attempt, clock.instant().plus(wait), failure);
        metrics.webhook("retried");
        LOG.warn("standards: webhook delivery of escalation {} failed ({}); attempt {} in {}", o.id(), failure,
                attempt + 1, wait);
    }

    /** The wait after failed attempt {@code attempt} (from 1): the initial back-off, doubled each time. */
    Duration backoff(int attempt) {
        Duration wait = settings.initialBackoff();
        for (int i = 1; i < attempt && wait.compareTo(settings.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    private static Optional<Duration> seconds(String header) {
        try {
            long s = Long.parseLong(header.trim());
            return s >= 0 ? Optional.of(Duration.ofSeconds(s)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty(); // an HTTP date: the back-off serves as well
        }
    }

    /**
     * The JSON body: {@code {"id":..,"monitor":..,"standard":..,"version":..,"clause":..,"fact":..,
     * "tier":..,"at":..,"firedAt":..}}, instants in ISO-8601 UTC.
     */
    public static byte[] body(MonitorStore.Outgoing o, String monitor) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", o.id());
        node.put("monitor", monitor);
        node.put("standard", o.escalation().standard());
        node.put("version", o.escalation().version());
        node.put("clause", o.escalation().clause());
        node.put("fact", o.escalation().fact());
        node.put("tier", o.escalation().tier());
        node.put("at", o.escalation().at().toString());
        node.put("firedAt", o.firedAt().toString());
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing a JSON tree cannot fail", e);
        }
    }

    /** {@code sha256=} and the hex HMAC-SHA256 of {@code body} keyed by the UTF-8 bytes of {@code secret}. */
    public static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
