package dev.servicestandards.rules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * The facts a rule set's setup rules state: its calendars and its clauses, built from the
 * literals of the DRL. Made once per rule base by firing those rules in an empty session, then
 * inserted beside every chunk of facts, so the setup rules (each guarded by {@code not}) do not
 * fire again and no calendar or phrase matcher is built twice. The facts are immutable and
 * thread-safe. Internal.
 */
final class Setup {

    private Setup() {
    }

    /** The setup facts of {@code kieBase}, in a stable order. */
    static List<Object> facts(KieBase kieBase) {
        KieSession session = kieBase.newKieSession();
        try {
            session.fireAllRules();
            List<Object> facts = new ArrayList<>(session.getObjects());
            facts.sort(Comparator.comparing(o -> o.getClass().getName() + " " + o));
            return List.copyOf(facts);
        } finally {
            session.dispose();
        }
    }
}
