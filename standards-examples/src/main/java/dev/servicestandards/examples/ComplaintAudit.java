package dev.servicestandards.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Finding;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/**
 * A CRM's nightly audit: load the complaint-handling standard, judge yesterday's tickets, and
 * print who has to act. Run from the repository root:
 * {@code java -cp ... dev.servicestandards.examples.ComplaintAudit [STANDARD] [FACTS] [AS-OF]}.
 */
public final class ComplaintAudit {

    private ComplaintAudit() {
    }

    /** Evaluates the facts against the standard, as an embedding application would. */
    public static Report audit(Path standardFile, Path factsFile, Instant asOf) throws IOException {
        Standard standard = Standards.load(standardFile);      // validated, or throws with every problem located
        RuleSet rules = RuleSets.compile(standard);            // immutable and thread-safe: keep it
        FactBatch facts = Facts.readJsonLines(factsFile);      // bad lines are rejected, good ones kept
        return rules.evaluate(facts, asOf);                    // findings name clause, version, deadline, tier
    }

    public static void main(String[] args) throws IOException {
        Path standard = Path.of(args.length > 0 ? args[0] : "standards-examples/standards/complaint-handling-1.0.0.yaml");
        Path facts = Path.of(args.length > 1 ? args[1] : "standards-examples/facts/complaints.jsonl");
        Instant asOf = Instant.parse(args.length > 2 ? args[2] : "2025-03-09T16:00:00Z");
        Report report = audit(standard, facts, asOf);
        for (Finding f : report.findings(Outcome.VIOLATED)) {
            System.out.printf("%-7s %-26s escalate to %-12s %s points%n", f.fact(), f.clause(),
                    f.escalation().orElse("-"), f.penalty().map(c -> c.points().toPlainString()).orElse("0"));
        }
        System.out.println(report.summary());
    }
}
