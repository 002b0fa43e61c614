package dev.servicestandards.rules.api;

import static java.util.Objects.requireNonNull;

import dev.servicestandards.api.Standard;
import dev.servicestandards.rules.internal.RuleSetCompiler;

/**
 * Entry point for compiling standards into rule sets.
 *
 * <pre>{@code
 * Standard standard = Standards.load(Path.of("complaint-handling-1.0.0.yaml"));
 * RuleSet rules = RuleSets.compile(standard);
 * Report report = rules.evaluate(facts, asOf);
 * }</pre>
 */
public final class RuleSets {

    private RuleSets() {
    }

    /** Compiles one standard (about a second for a small one; keep the result). */
    public static RuleSet compile(Standard standard) {
        return new RuleSetCompiler().compile(requireNonNull(standard, "standard"));
    }

    /**
     * A compiler that caches rule sets by standard id, version and content hash, so compiling the
     * same revision again is free. Thread-safe; hold one per application.
     */
    public static Compiler newCompiler() {
        return new RuleSetCompiler();
    }

    /**
     * A KJAR of the standard: a Drools artifact whose ReleaseId comes from the standard
     * ({@code cn.telecom.complaint-handling} 1.1.0 is {@code cn.telecom:complaint-handling:1.1.0}),
     * holding the generated DRL. A plain KieContainer built from it has the rule base the
     * library evaluates with; several versions load side by side.
     */
    public static byte[] kjar(Standard standard) {
        return dev.servicestandards.rules.internal.Kjars.build(requireNonNull(standard, "standard"));
    }

    /** The Maven coordinates {@code group:artifact:version} of the standard's KJAR. */
    public static String releaseId(Standard standard) {
        return String.join(":", dev.servicestandards.rules.internal.Kjars.coordinates(standard));
    }

    /** Compiles standards, caching by id, version and content hash. Thread-safe. */
    public interface Compiler {
        /** The rule set of {@code standard}, compiled once per distinct content. */
        RuleSet compile(Standard standard);
    }
}
