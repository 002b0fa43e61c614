package dev.servicestandards.rules.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.servicestandards.api.Standard;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/** Compiles standards and caches the rule sets by (id, version, content hash). Internal. */
public final class RuleSetCompiler implements RuleSets.Compiler {

    private record Key(String id, String version, String contentHash) {
    }

    private final Map<Key, RuleSet> cache = new ConcurrentHashMap<>();

    @Override
    public RuleSet compile(Standard standard) {
        Key key = new Key(standard.id(), standard.version().toString(), standard.contentHash());
        return cache.computeIfAbsent(key, k -> {
            String drl = DrlGenerator.generate(standard);
            return new CompiledRuleSet(standard, drl, KieBases.build(standard, drl));
        });
    }
}
