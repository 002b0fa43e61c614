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

    /** Compiles one standard (a second or more; keep the result, or build a KJAR once and {@link #load} it). */
    public static RuleSet compile(Standard standard) {
        return new RuleSetCompiler().compile(requireNonNull(standard, "standard"));
    }

    /**
     * Compiles one standard with trusted custom DRL of the application's beside its generated
     * rules (see {@link CustomRules}); throws {@link RuleBuildException} naming the custom file
     * and line of each error.
     */
    public static RuleSet compile(Standard standard, CustomRules custom) {
        return new RuleSetCompiler().compile(requireNonNull(standard, "standard"), requireNonNull(custom, "custom"));
    }

    /**
     * The rule set a KJAR holds (one {@link #kjar} built), without compiling the standard again:
     * the KJAR carries the rules, the standard's text and the calendar data it was loaded with.
     */
    public static RuleSet load(byte[] kjar) {
        return dev.servicestandards.rules.internal.Kjars.load(requireNonNull(kjar, "kjar"), "kjar");
    }

    /** The rule set of a KJAR file. */
    public static RuleSet load(java.nio.file.Path kjar) throws java.io.IOException {
        return dev.servicestandards.rules.internal.Kjars.load(java.nio.file.Files.readAllBytes(kjar), kjar.toString());
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
        return kjar(standard, CustomRules.NONE);
    }

    /** A KJAR of the standard and the application's custom rules. */
    public static byte[] kjar(Standard standard, CustomRules custom) {
        return dev.servicestandards.rules.internal.Kjars.build(requireNonNull(standard, "standard"),
                requireNonNull(custom, "custom"));
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
