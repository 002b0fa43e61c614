package dev.servicestandards.spring;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;

/** Collects the escalations an application publishes, as a CRM's listener would. Thread-safe. */
public final class Escalations {

    private final List<EscalationFired> heard = new ArrayList<>();

    @EventListener
    public synchronized void on(EscalationFired fired) {
        heard.add(fired);
    }

    public synchronized List<EscalationFired> heard() {
        return List.copyOf(heard);
    }

    /** Each as {@code fact clause tier at}, in the order heard. */
    public synchronized List<String> lines() {
        return heard.stream().map(Escalations::line).toList();
    }

    public static String line(EscalationFired f) {
        var e = f.escalation();
        return e.fact() + " " + e.clause() + " " + e.tier() + " " + e.at();
    }
}
