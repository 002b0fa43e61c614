package dev.servicestandards.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.servicestandards.spring.EscalationMonitor;
import dev.servicestandards.spring.internal.WebhookDispatcher;

/**
 * The example CRM over its real HTTP stack (an embedded server on a free port, the JDK's HTTP
 * client): a callback is requested, the clock passes its reminder, and the escalation arrives in
 * the browser stream, the CRM's table, the webhook, the actuator endpoint and the meters. The
 * demo standard gives a callback 2 minutes; the reminder is at 50%, 1 minute in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:crm-test;DB_CLOSE_DELAY=-1",
        "standards.monitor.tick-interval=0", "standards.webhook.poll-interval=0"})
class CrmApplication_Test {

    private static final int PORT = freePort();
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CRM's clock, moved by the test: 2025-03-03 09:00 in Beijing to start. */
    static final class TestClock extends Clock {
        volatile Instant now = Instant.parse("2025-03-03T01:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    @TestConfiguration
    static class Time {
        @Bean
        TestClock clock() {
            return new TestClock();
        }
    }

    @Autowired
    TestClock clock;
    @Autowired
    EscalationMonitor monitor;
    @Autowired
    WebhookDispatcher webhook;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_late_callback_escalates_to_every_place_a_crm_looks() throws Exception {
        // GIVEN a browser watching the escalation stream
        BlockingQueue<String> stream = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> watching = http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT
                + "/escalations/stream")).GET().build(), HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS);
        Thread reader = new Thread(() -> watching.body().forEach(stream::add), "sse-reader");
        reader.setDaemon(true);
        reader.start();

        // WHEN a callback is requested at 09:00 Beijing time (sent twice, as a retrying client would)
        String request = "{\"name\":\"requested\",\"kind\":\"callback\",\"at\":\"2025-03-03T09:00:00+08:00\"}";
        HttpResponse<String> first = post("/tickets/T-1/events", "application/json", request);
        HttpResponse<String> again = post("/tickets/T-1/events", "application/json", request);
        // and a minute passes
        clock.now = Instant.parse("2025-03-03T01:01:00Z");
        monitor.tick();

        // THEN the event was taken once
        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(first.body()).isEqualTo("{\"ticket\":\"T-1\",\"event\":\"requested\",\"at\":\"2025-03-03T01:00:00Z\",\"accepted\":true}");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"accepted\":false");

        // and the reminder arrived in the browser stream
        String expected = "{\"id\":1,\"ticket\":\"T-1\",\"clause\":\"callback.made\",\"tier\":\"reminder\","
                + "\"due\":\"2025-03-03T01:01:00Z\",\"fired\":\"2025-03-03T01:01:00Z\",\"revision\":\"demo.hotline@1.0.0\"}";
        String data = null;
        while (data == null) {
            String line = stream.poll(30, TimeUnit.SECONDS);
            assertThat(line).as("an event on the stream").isNotNull();
            if (line.startsWith("data:")) {
                data = line.substring("data:".length());
            }
        }
        assertThat(data).isEqualTo(expected);

        // and in the CRM's own table
        assertThat(get("/escalations").body()).isEqualTo("[" + expected + "]");

        // and at the webhook (the CRM's own receiver, which checks the signature)
        assertThat(webhook.deliverDue()).isEqualTo(1);
        assertThat(get("/hooks/escalations").body()).isEqualTo("[1]");
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT
                + "/hooks/escalations")).header("Content-Type", "application/json").header("X-Standards-Escalation-Id", "99")
                .header("X-Standards-Signature", "sha256=00").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(401);

        // and on the actuator endpoint, with T-1's time limit still running at the reminder
        JsonNode standards = JSON.readTree(get("/actuator/standards").body());
        assertThat(standards.at("/revisions/0/standard").asText()).isEqualTo("demo.hotline");
        assertThat(standards.at("/revisions/0/location").asText()).isEqualTo("classpath:crm-standards/demo-callback-1.0.0.yaml");
        assertThat(standards.at("/monitor/openClocks").asInt()).isPositive();
        JsonNode t1 = null;
        for (JsonNode c : standards.at("/monitor/clocks")) {
            if (c.path("fact").asText().equals("T-1")) {
                t1 = c;
            }
        }
        assertThat(t1).as("T-1's running time limit").isNotNull();
        assertThat(t1.path("clause").asText()).isEqualTo("callback.made");
        assertThat(t1.path("deadline").asText()).isEqualTo("2025-03-03T01:02:00Z");
        assertThat(t1.path("tier").asText()).isEqualTo("reminder");
        assertThat(standards.at("/webhook/pending").asInt()).isZero();

        // and in the meters
        JsonNode meter = JSON.readTree(get("/actuator/metrics/standards.escalations?tag=tier:reminder").body());
        assertThat(meter.at("/measurements/0/value").asDouble()).isEqualTo(1.0);
        watching.body().close();
    }

    @Test
    void bad_input_is_answered_with_what_is_wrong_and_the_good_input_beside_it_is_taken() throws Exception {
        HttpResponse<String> lines = post("/events", "application/x-ndjson", """
                {"fact":"T-7","type":"ticket","kind":"complaint","event":{"name":"created","at":"2025-03-03T09:00:00+08:00"}}
                {"fact":"T-8","type":"ticket","event":{"name":"created"}}
                """);
        assertThat(lines.statusCode()).isEqualTo(200);
        assertThat(lines.body()).isEqualTo("{\"accepted\":1,\"repeated\":0,\"rejected\":[{\"line\":2,"
                + "\"reason\":\"event.at: not an ISO-8601 instant with offset\"}]}");

        HttpResponse<String> nameless = post("/tickets/T-9/events", "application/json", "{\"kind\":\"callback\"}");
        assertThat(nameless.statusCode()).isEqualTo(400);
        assertThat(nameless.body()).isEqualTo("{\"error\":\"name: must be non-empty text\"}");
    }
}
