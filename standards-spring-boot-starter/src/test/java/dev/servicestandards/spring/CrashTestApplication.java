package dev.servicestandards.spring;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.servicestandards.rules.api.LiveEvents;

/**
 * The application {@link EscalationMonitor_crash_Test} starts in a JVM of its own and kills. It
 * reads commands on stdin, one a line ({@code N clock INSTANT}, {@code N event JSON},
 * {@code N tick}, {@code N quit}), and answers {@code ack N} on stdout once command N is done
 * (committed). Its listener notes each escalation it hears in the application's own table, in the
 * monitor's transaction, as a CRM would.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class CrashTestApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(CrashTestApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.run(args);
    }

    @Bean
    MutableClock crashClock(@Value("${crash.clock}") String start) {
        return new MutableClock(Instant.parse(start));
    }

    /** The CRM's own record of what it was told. */
    static final class Notes {
        private final JdbcTemplate jdbc;

        Notes(DataSource dataSource) {
            this.jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("CREATE TABLE IF NOT EXISTS crash_notified (escalation_id BIGINT NOT NULL, line VARCHAR(300) NOT NULL)");
        }

        @EventListener
        public void on(EscalationFired fired) {
            jdbc.update("INSERT INTO crash_notified (escalation_id, line) VALUES (?, ?)", fired.id(),
                    Escalations.line(fired));
        }
    }

    @Bean
    Notes crashNotes(DataSource dataSource) {
        return new Notes(dataSource);
    }

    @Bean
    ApplicationRunner crashCommands(EscalationMonitor monitor, MutableClock clock, ConfigurableApplicationContext context) {
        return args -> {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                String[] parts = line.split(" ", 3);
                switch (parts[1]) {
                    case "clock" -> clock.set(parts[2]);
                    case "tick" -> monitor.tick();
                    case "event" -> LiveEvents.readJsonLines(new StringReader(parts[2]), monitor::offer, r -> {
                        throw new IllegalArgumentException("bad event line: " + r.reason());
                    });
                    case "quit" -> {
                        System.out.println("ack " + parts[0]);
                        System.out.flush();
                        System.exit(SpringApplication.exit(context));
                    }
                    default -> throw new IllegalArgumentException("unknown command: " + line);
                }
                System.out.println("ack " + parts[0]);
                System.out.flush();
            }
        };
    }
}
