package dev.servicestandards.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import com.sun.net.httpserver.HttpServer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import dev.servicestandards.spring.internal.WebhookDispatcher;

/**
 * Escalations POSTed to a webhook, here a local HTTP server of the JDK that answers with the
 * statuses a test gives it. Back-off settings: 1 s after the first failure, doubling, at most
 * 4 s; 4 attempts. The clock is moved by hand and delivery is asked for by hand.
 */
class WebhookDispatcher_Test {

    /** One request the server received. */
    record Received(String body, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    HttpServer server;
    final List<Received> received = new ArrayList<>();
    final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    final Map<Integer, String> retryAfter = new java.util.concurrent.ConcurrentHashMap<>();
    MutableClock clock = MutableClock.at("2025-03-03T09:00:00Z");

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/escalations", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            synchronized (received) {
                received.add(new Received(new String(body, StandardCharsets.UTF_8), Map.copyOf(exchange.getRequestHeaders())));
            }
            Integer status = statuses.poll();
            int answer = status == null ? 200 : status;
            if (retryAfter.containsKey(answer)) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter.get(answer));
            }
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ApplicationContextRunner app() {
        return Contexts.runner().withPropertyValues(Database.h2().properties())
                .withPropertyValues("standards.catalog=classpath:callbacks",
                        "standards.webhook.url=http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/escalations",
                        "standards.webhook.secret=s3cret", "standards.webhook.initial-backoff=1s",
                        "standards.webhook.max-backoff=4s", "standards.webhook.max-attempts=4",
                        "management.endpoints.web.exposure.include=standards")
                .withBean(MutableClock.class, () -> clock).withBean(MeterRegistry.class, SimpleMeterRegistry::new);
    }

    /** A callback requested at 09:00 whose reminder (09:30) fires at 09:31. */
    private static WebhookDispatcher fireReminder(org.springframework.context.ApplicationContext context, MutableClock clock) {
        EscalationMonitor monitor = context.getBean(EscalationMonitor.class);
        monitor.accept(Contexts.callback("T-1", "requested", "2025-03-03T09:00:00Z"));
        clock.set("2025-03-03T09:31:00Z");
        monitor.tick();
        return context.getBean(WebhookDispatcher.class);
    }

    private static Map<String, Object> row(org.springframework.context.ApplicationContext context) {
        return new JdbcTemplate(context.getBean(DataSource.class)).queryForMap(
                "SELECT delivery, attempts, last_error FROM standards_escalation WHERE id = 1");
    }

    @Test
    void an_escalation_is_posted_signed_and_tried_again_after_a_growing_wait_until_delivered() {
        statuses.addAll(List.of(503, 503, 200));
        app().run(context -> {
            WebhookDispatcher webhook = fireReminder(context, clock);
            // WHEN delivery is asked for as time goes by: 09:31:00 503 (next +1 s), 09:31:01 503 (next +2 s), 09:31:03 200
            List<Integer> attempts = new ArrayList<>();
            attempts.add(webhook.deliverDue()); // 09:31:00
            attempts.add(webhook.deliverDue()); // 09:31:00, the first retry not due yet
            clock.advance(Duration.ofSeconds(1));
            attempts.add(webhook.deliverDue()); // 09:31:01
            clock.advance(Duration.ofSeconds(1));
            attempts.add(webhook.deliverDue()); // 09:31:02, the second retry not due yet
            clock.advance(Duration.ofSeconds(1));
            attempts.add(webhook.deliverDue()); // 09:31:03
            attempts.add(webhook.deliverDue()); // delivered: nothing left

            // THEN three attempts were made, at the expected turns, with one body, one id, and its signature
            assertThat(attempts).containsExactly(1, 0, 1, 0, 1, 0);
            String body = "{\"id\":1,\"monitor\":\"default\",\"standard\":\"test.callback\",\"version\":\"1.0.0\","
                    + "\"clause\":\"callback.made\",\"fact\":\"T-1\",\"tier\":\"reminder\",\"at\":\"2025-03-03T09:30:00Z\","
                    + "\"firedAt\":\"2025-03-03T09:31:00Z\"}";
            assertThat(received).extracting(Received::body).containsOnly(body).hasSize(3);
            assertThat(received).extracting(r -> r.header("X-Standards-Escalation-Id")).containsOnly("1");
            assertThat(received).extracting(r -> r.header("X-Standards-Attempt")).containsExactly("1", "2", "3");
            assertThat(received).extracting(r -> r.header("Content-Type")).containsOnly("application/json");
            // computed apart from the code under test: Python's hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
            assertThat(received).extracting(r -> r.header("X-Standards-Signature"))
                    .containsOnly("sha256=be157b4770e9857ecc99fdee8aa2116e374289074d47bf4e3235e2a0bf1f78d8");
            assertThat(row(context)).containsEntry("DELIVERY", "DELIVERED").containsEntry("ATTEMPTS", 3);
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.get(StandardsMetrics.WEBHOOK).tag("outcome", "retried").counter().count()).isEqualTo(2.0);
            assertThat(meters.get(StandardsMetrics.WEBHOOK).tag("outcome", "delivered").counter().count()).isEqualTo(1.0);
            assertThat(context.getBean(StandardsEndpoint.class).describe().webhook())
                    .isEqualTo(new StandardsEndpoint.WebhookView(0, 0));
        });
    }

    @Test
    void a_client_error_fails_the_delivery_at_once() {
        statuses.add(400);
        app().run(context -> {
            WebhookDispatcher webhook = fireReminder(context, clock);
            webhook.deliverDue();
            clock.advance(Duration.ofMinutes(10));
            assertThat(webhook.deliverDue()).isZero();
            assertThat(received).hasSize(1);
            assertThat(row(context)).containsEntry("DELIVERY", "FAILED").containsEntry("ATTEMPTS", 1)
                    .containsEntry("LAST_ERROR", "HTTP 400");
            assertThat(context.getBean(StandardsEndpoint.class).describe().webhook())
                    .isEqualTo(new StandardsEndpoint.WebhookView(0, 1));
        });
    }

    @Test
    void a_delivery_is_given_up_when_its_attempts_run_out() {
        statuses.addAll(List.of(500, 500, 500, 500, 500));
        app().run(context -> {
            WebhookDispatcher webhook = fireReminder(context, clock);
            // waits 1 s, 2 s, 4 s between the four attempts
            List<Integer> attempts = new ArrayList<>();
            for (int second = 0; second <= 10; second++) {
                attempts.add(webhook.deliverDue());
                clock.advance(Duration.ofSeconds(1));
            }
            assertThat(attempts).containsExactly(1, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0);
            assertThat(row(context)).containsEntry("DELIVERY", "FAILED").containsEntry("ATTEMPTS", 4)
                    .containsEntry("LAST_ERROR", "HTTP 500");
        });
    }

    @Test
    void a_server_that_asks_for_a_wait_gets_it() {
        statuses.addAll(List.of(429, 200));
        retryAfter.put(429, "3");
        app().run(context -> {
            WebhookDispatcher webhook = fireReminder(context, clock);
            List<Integer> attempts = new ArrayList<>();
            for (int second = 0; second <= 4; second++) {
                attempts.add(webhook.deliverDue());
                clock.advance(Duration.ofSeconds(1));
            }
            // Retry-After: 3 rather than the 1 s back-off
            assertThat(attempts).containsExactly(1, 0, 0, 1, 0);
            assertThat(row(context)).containsEntry("DELIVERY", "DELIVERED");
        });
    }

    @Test
    void an_unreachable_webhook_is_tried_again() {
        app().run(context -> {
            server.stop(0);
            WebhookDispatcher webhook = fireReminder(context, clock);
            assertThat(webhook.deliverDue()).isEqualTo(1);
            assertThat(row(context)).containsEntry("DELIVERY", "PENDING").containsEntry("ATTEMPTS", 1);
            assertThat((String) row(context).get("LAST_ERROR")).startsWith("ConnectException");
        });
    }
}
