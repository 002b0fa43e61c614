package dev.servicestandards.spring;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import dev.servicestandards.rules.api.Escalation;

/**
 * Published as a Spring application event when the monitor fires an escalation, once per
 * escalation, inside the transaction that records it (when the monitor keeps its state in the
 * database). A listener that writes to the same database in that transaction is therefore
 * exactly-once with the escalation; a {@code @TransactionalEventListener} hears it after the
 * commit. A listener's exception is logged and undoes only that listener's database work. Immutable.
 *
 * @param id         the escalation's id in the store (stable: the webhook sends it too)
 * @param monitor    the monitor's name
 * @param escalation what fell due: standard, version, clause, fact, tier and the instant it fell due
 * @param firedAt    the monitor's time when it fired (later than {@code escalation.at()} when it
 *                   fell due while the application was down)
 */
public record EscalationFired(long id, String monitor, Escalation escalation, Instant firedAt) {

    public EscalationFired {
        requireNonNull(monitor, "monitor");
        requireNonNull(escalation, "escalation");
        requireNonNull(firedAt, "firedAt");
    }
}
