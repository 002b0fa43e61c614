package dev.servicestandards.examples.crm;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.servicestandards.rules.api.Escalation;
import dev.servicestandards.spring.EscalationFired;

/**
 * What the CRM does with escalations, in the two ways a listener can hear them:
 * <ul>
 * <li>{@link #record}, an {@code @EventListener}, runs inside the monitor's transaction: its row
 * in {@code crm_notification} is written exactly when the escalation is, never twice;</li>
 * <li>{@link #push}, a {@code @TransactionalEventListener}, runs once that transaction is
 * committed and streams the escalation to every browser on {@code GET /escalations/stream}.</li>
 * </ul>
 * {@code GET /escalations} lists the latest hundred.
 */
@RestController
class Notifications {

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    private final JdbcTemplate jdbc;
    private final List<SseEmitter> watchers = new CopyOnWriteArrayList<>();

    Notifications(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @EventListener
    void record(EscalationFired fired) {
        Escalation e = fired.escalation();
        jdbc.update("INSERT INTO crm_notification (escalation_id, ticket, clause, tier, due_at, fired_at, standard, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", fired.id(), e.fact(), e.clause(), e.tier(),
                e.at().atOffset(ZoneOffset.UTC), fired.firedAt().atOffset(ZoneOffset.UTC), e.standard(), e.version());
        LOG.info("escalation: ticket {} {} -> {} (due {})", e.fact(), e.clause(), e.tier(), e.at());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void push(EscalationFired fired) {
        Map<String, Object> data = view(fired.id(), fired.escalation().fact(), fired.escalation().clause(),
                fired.escalation().tier(), fired.escalation().at().toString(), fired.firedAt().toString(),
                fired.escalation().standard() + "@" + fired.escalation().version());
        for (SseEmitter watcher : watchers) {
            try {
                watcher.send(SseEmitter.event().name("escalation").id(Long.toString(fired.id())).data(data));
            } catch (IOException | IllegalStateException e) {
                watchers.remove(watcher); // the browser went away
            }
        }
    }

    @GetMapping("/escalations")
    List<Map<String, Object>> latest() {
        return jdbc.query("SELECT escalation_id, ticket, clause, tier, due_at, fired_at, standard, version "
                + "FROM crm_notification ORDER BY escalation_id DESC FETCH FIRST 100 ROWS ONLY",
                (rs, n) -> view(rs.getLong("escalation_id"), rs.getString("ticket"), rs.getString("clause"),
                        rs.getString("tier"), rs.getObject("due_at", OffsetDateTime.class).toInstant().toString(),
                        rs.getObject("fired_at", OffsetDateTime.class).toInstant().toString(),
                        rs.getString("standard") + "@" + rs.getString("version")));
    }

    @GetMapping("/escalations/stream")
    SseEmitter stream() {
        SseEmitter watcher = new SseEmitter(0L);
        watcher.onCompletion(() -> watchers.remove(watcher));
        watcher.onTimeout(() -> watchers.remove(watcher));
        watcher.onError(e -> watchers.remove(watcher));
        try {
            // a first line, so the browser (or curl) knows it is connected before any escalation comes
            watcher.send(SseEmitter.event().comment("watching for escalations"));
        } catch (IOException e) {
            watcher.completeWithError(e);
            return watcher;
        }
        watchers.add(watcher);
        return watcher;
    }

    /** Ends the streams when the CRM stops, so its graceful shutdown does not wait for browsers. */
    @EventListener
    void closing(ContextClosedEvent event) {
        watchers.forEach(SseEmitter::complete);
        watchers.clear();
    }

    private static Map<String, Object> view(long id, String ticket, String clause, String tier, String due, String fired,
            String revision) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", id);
        v.put("ticket", ticket);
        v.put("clause", clause);
        v.put("tier", tier);
        v.put("due", due);
        v.put("fired", fired);
        v.put("revision", revision);
        return v;
    }
}
