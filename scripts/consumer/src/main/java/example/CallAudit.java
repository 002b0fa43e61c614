package example;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standards;
import dev.servicestandards.model.Fact;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/** An application's own code: judges calls it builds in code against a standard file. */
public final class CallAudit {

    private final RuleSet rules;

    public CallAudit(Path standard) {
        this.rules = RuleSets.compile(Standards.load(standard));
    }

    /** A hotline call that rang {@code rings} times, as the application's CRM holds it. */
    public static Fact call(String id, int rings) {
        return new Fact("interaction", id, Map.of("channel", "hotline"), Map.of("rings", rings), List.of(), List.of());
    }

    public Report audit(List<Fact> calls, Instant asOf) {
        return rules.evaluate(calls, asOf);
    }
}
