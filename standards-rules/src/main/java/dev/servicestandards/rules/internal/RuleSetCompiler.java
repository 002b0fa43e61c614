package dev.servicestandards.rules.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.KieBase;

import dev.servicestandards.api.Standard;
import dev.servicestandards.internal.kinds.RuleSetDrl;
import dev.servicestandards.rules.api.CustomRules;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/**
 * Compiles standards (with any custom rules) and caches the rule sets by what they are built
 * from: the generated DRL and the custom rules. Thread-safe. Internal.
 */
public final class RuleSetCompiler implements RuleSets.Compiler {

    static final String GROUP_ID = "dev.servicestandards.generated";

    private record Key(String id, String version, String drl, CustomRules custom) {
    }

    private final Map<Key, RuleSet> cache = new ConcurrentHashMap<>();

    @Override
    public RuleSet compile(Standard standard) {
        return compile(standard, CustomRules.NONE);
    }

    /** The rule set of {@code standard} and {@code custom}, built once per distinct content. */
    public RuleSet compile(Standard standard, CustomRules custom) {
        RuleSetDrl.Generated generated = RuleSetDrl.generate(standard);
        Key key = new Key(standard.id(), standard.version().toString(), generated.drl(), custom);
        return cache.computeIfAbsent(key, k -> build(standard, generated, custom));
    }

    private static RuleSet build(Standard standard, RuleSetDrl.Generated generated, CustomRules custom) {
        KieServices ks = KieServices.Factory.get();
        // a unique in-memory release per content, so two builds never overwrite each other
        String hash = Integer.toHexString(generated.drl().hashCode()) + Integer.toHexString(custom.hashCode());
        ReleaseId id = ks.newReleaseId(GROUP_ID, standard.id(), standard.version() + "-" + hash);
        KieBases.build(id, standard, generated, custom, java.util.List.of(), java.util.List.of());
        try {
            KieContainer container = ks.newKieContainer(id);
            KieBase[] bases = KieBases.bases(container);
            return new CompiledRuleSet(standard, generated.drl(), bases[0], bases[1]);
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }
}
