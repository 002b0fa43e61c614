package dev.servicestandards.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.EscalationTier;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.internal.kinds.Drl;
import dev.servicestandards.internal.kinds.RuleSetDrl;
import dev.servicestandards.rules.api.RuleSets;

/**
 * Golden files: {@code golden/<case>.yaml} next to {@code golden/<case>.drl}. The generated DRL
 * must equal the golden byte for byte, compile without errors, and state every number, selector,
 * tier and penalty of the standard as a literal. Run with {@code -Dgolden.update=true} to rewrite
 * the goldens after an intended change, then review the diff.
 */
class DrlGenerator_golden_Test {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private static Path goldenDir() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(DrlGenerator_golden_Test.class.getResource("/golden")).toURI());
    }

    private static List<Path> standards() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(goldenDir())) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** The example standards, whose goldens are {@code golden/examples/<name>.drl}. */
    private static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../standards-examples/standards"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void every_golden_drl_has_its_standard() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(goldenDir())) {
            files.filter(p -> p.toString().endsWith(".drl")).forEach(drl ->
                    assertThat(drl.resolveSibling(drl.getFileName().toString().replace(".drl", ".yaml"))).exists());
        }
    }

    @TestFactory
    Stream<DynamicTest> generated_drl_equals_the_golden_and_compiles() throws IOException, URISyntaxException {
        List<Path[]> cases = new java.util.ArrayList<>();
        for (Path yaml : standards()) {
            String name = yaml.getFileName().toString().replace(".yaml", ".drl");
            cases.add(new Path[] {yaml, yaml.resolveSibling(name), Path.of("src/test/resources/golden").resolve(name)});
        }
        for (Path yaml : examples()) {
            String name = yaml.getFileName().toString().replace(".yaml", ".drl");
            cases.add(new Path[] {yaml, goldenDir().resolve("examples").resolve(name),
                    Path.of("src/test/resources/golden/examples").resolve(name)});
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c[0].getFileName().toString(), () -> {
            // GIVEN
            Path yaml = c[0];
            Standard standard = Standards.load(yaml);
            String name = c[1].getFileName().toString();

            // WHEN
            String drl = RuleSetDrl.generate(standard).drl();

            // THEN
            if (UPDATE) {
                Files.createDirectories(c[2].getParent());
                Files.writeString(c[2], drl, StandardCharsets.UTF_8);
            }
            Path golden = UPDATE ? c[2] : c[1];
            assertThat(golden).as("golden file %s (run with -Dgolden.update=true to create it)", name).exists();
            assertThat(drl).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
            assertThat(RuleSetDrl.generate(Standards.load(yaml)).drl()).as("deterministic").isEqualTo(drl);
            assertThat(RuleSets.compile(standard).drl()).isEqualTo(drl);
        }));
    }

    /**
     * A reviewer holding the YAML beside the rules finds every number, selector, event, tier and
     * penalty of each clause in that clause's rules, as a literal.
     */
    @TestFactory
    Stream<DynamicTest> each_clause_s_rules_state_what_the_clause_says() throws IOException, URISyntaxException {
        List<Path> files = new java.util.ArrayList<>(standards());
        try (Stream<Path> examples = Files.list(Path.of("../standards-examples/standards"))) {
            examples.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        return files.stream().map(yaml -> DynamicTest.dynamicTest(yaml.getFileName().toString(), () -> {
            Standard standard = Standards.load(yaml);
            RuleSetDrl.Generated generated = RuleSetDrl.generate(standard);
            for (Clause clause : standard.clauses()) {
                String rules = section(generated, clause);
                assertThat(rules).as(clause.id()).contains("id == " + Drl.string(clause.id()));
                clause.appliesTo().conditions().forEach((key, values) -> values.forEach(v ->
                        assertThat(rules).as("%s selector %s", clause.id(), key).contains(Drl.string(v))));
                clause.penalty().ifPresent(p -> {
                    assertThat(rules).as("%s penalty", clause.id()).contains("new java.math.BigDecimal(\"" + Drl.plain(p.points()));
                    p.max().ifPresent(m -> assertThat(rules).contains("new java.math.BigDecimal(\"" + Drl.plain(m) + "\")"));
                    p.amount().ifPresent(a -> assertThat(rules).contains("new java.math.BigDecimal(\"" + Drl.plain(a) + "\")"));
                });
                assertThat(rules).as("severity").contains("Severity." + clause.severity().name());
                ClauseKind kind = clause.kind();
                if (kind instanceof ClauseKind.TimeLimit t) {
                    assertThat(rules).contains(".from( " + Drl.string(t.from()) + " )", ".to( " + Drl.string(t.to()) + " )",
                            ".within( " + Drl.string(t.within().toString()) + " )",
                            "BusinessCalendar( name == " + Drl.string(t.calendar()) + " )");
                    t.pause().ifPresent(p -> assertThat(rules).contains(".pause( " + Drl.string(p.from()) + ", "
                            + Drl.string(p.to()) + " )"));
                    for (EscalationTier tier : t.escalation()) {
                        assertThat(rules).contains(".tier( " + Drl.string(tier.tier()) + ", " + Drl.string(tier.at()) + " )",
                                "clock.reached( " + Drl.string(tier.tier()) + " )",
                                "setEscalation( " + Drl.string(tier.tier()) + " )");
                    }
                } else if (kind instanceof ClauseKind.FollowUp f) {
                    assertThat(rules).contains(".to( " + Drl.string(f.to()) + " )",
                            ".within( " + Drl.string(f.within().toString()) + " )",
                            "BusinessCalendar( name == " + Drl.string(f.calendar()) + " )",
                            "Finding( clause == " + Drl.string(f.after().clause()) + ", ",
                            f.after().tier().map(t -> "clock.reached( " + Drl.string(t) + " )")
                                    .orElse("outcome == Outcome.VIOLATED"));
                    f.withinBy().ifPresent(c -> c.allowances().forEach((v, a) -> assertThat(rules)
                            .contains(".within( " + Drl.string(v) + ", " + Drl.string(a.toString()) + " )")));
                    f.pause().ifPresent(p -> assertThat(rules).contains(".pause( " + Drl.string(p.from()) + ", "
                            + Drl.string(p.to()) + " )"));
                    for (EscalationTier tier : f.escalation()) {
                        assertThat(rules).contains(".tier( " + Drl.string(tier.tier()) + ", " + Drl.string(tier.at()) + " )",
                                "setEscalation( " + Drl.string(tier.tier()) + " )");
                    }
                } else if (kind instanceof ClauseKind.Repeat r) {
                    assertThat(rules).contains("Repeat.of( ", Drl.string(r.keyField()), Drl.string(r.within()),
                            ", " + r.atMost() + ", ", "java.util.List( size >= " + r.atMost() + " )",
                            "java.util.List( size < " + r.atMost() + " )", "EveryOccurrence()");
                    r.datedBy().ifPresent(e -> assertThat(rules).contains(Drl.string(e)));
                } else if (kind instanceof ClauseKind.Limit l) {
                    String bound = Drl.number(l.atMost().orElseGet(() -> l.atLeast().get()));
                    assertThat(rules).contains("number( " + Drl.string(l.attribute()) + " ) "
                            + (l.atMost().isPresent() ? ">" : "<") + " " + bound);
                } else if (kind instanceof ClauseKind.RequiredFields r) {
                    r.fields().forEach(f -> assertThat(rules).contains("blank( " + Drl.string(f) + " )"));
                } else if (kind instanceof ClauseKind.ForbiddenPhrases p) {
                    assertThat(rules).contains(Drl.strings(p.phrases()), Drl.strings(p.patterns()), Drl.string(p.speaker()));
                } else if (kind instanceof ClauseKind.RequiredPhrase p) {
                    assertThat(rules).contains(Drl.strings(p.anyOf()), Drl.string(p.speaker()),
                            Drl.string(p.position().name().toLowerCase(java.util.Locale.ROOT)));
                } else if (kind instanceof ClauseKind.Kpi k) {
                    java.math.BigDecimal target = k.atLeast().orElseGet(() -> k.atMost().get());
                    assertThat(rules).contains("value " + (k.atLeast().isPresent() ? ">=" : "<=") + " " + Drl.number(target),
                            "denominator < " + Math.max(1, k.minSample()));
                    k.groupBy().ifPresent(g -> assertThat(rules).contains(".groupBy( " + Drl.string(g) + " )"));
                    if (k.measure() instanceof ClauseKind.PercentileOf p) {
                        assertThat(rules).contains(".percentile( " + Drl.string(Drl.plain(p.percentile())) + " )",
                                "number( " + Drl.string(p.attribute()) + " )");
                    }
                    k.period().ifPresent(p -> assertThat(rules).contains(".period( \""
                            + p.name().toLowerCase(java.util.Locale.ROOT) + "\""));
                    k.among().conditions().forEach((key, values) -> values.forEach(v -> assertThat(rules).contains(Drl.string(v))));
                }
            }
        }));
    }

    private static String section(RuleSetDrl.Generated generated, Clause clause) {
        List<String> lines = generated.drl().lines().toList();
        return generated.sections().stream().filter(s -> s.clause() == clause).findFirst()
                .map(s -> String.join("\n", lines.subList(s.from() - 1, s.to()))).orElseThrow();
    }
}
