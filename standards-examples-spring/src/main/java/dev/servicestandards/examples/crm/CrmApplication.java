package dev.servicestandards.examples.crm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;

/**
 * A small CRM that embeds the standards starter: tickets' events come in over HTTP, the live
 * monitor escalates what is late, and the escalations arrive as application events (kept in the
 * CRM's own table and streamed to browsers) and at a webhook. Start it with
 * {@code java -jar standards-examples-spring/target/crm-demo.jar} (see the README).
 */
@SpringBootApplication
public class CrmApplication {

    private static final Logger LOG = LoggerFactory.getLogger(CrmApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(CrmApplication.class, args);
    }

    /** Tells a newcomer what to try, once the server listens. */
    @EventListener
    void ready(WebServerInitializedEvent event) {
        String base = "http://localhost:" + event.getWebServer().getPort();
        LOG.info("""

                CRM demo ready on {base}. In another terminal, watch escalations arrive:
                  curl -N {base}/escalations/stream
                and in a third, request a callback:
                  curl -X POST {base}/tickets/T-1/events -H 'Content-Type: application/json' -d '{"name":"requested","kind":"callback"}'
                The reminder comes after 1 minute, the agent after 2, the supervisor after 3, headquarters after 5,
                unless {"name":"called"} is posted for T-1 first. What runs: curl {base}/actuator/standards
                """.replace("{base}", base));
    }
}
