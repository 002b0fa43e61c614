package dev.servicestandards.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.rules.api.RuleSets;

class Kjars_Test {

    private static final Path EXAMPLES = Path.of("../standards-examples");

    private static String json(Report report) throws IOException {
        StringWriter out = new StringWriter();
        ReportFormat.JSON.write(report, true, out);
        return out.toString();
    }

    /** A plain KieContainer from the KJAR bytes, as any Drools application would load it. */
    private static KieBase fromKjar(byte[] kjar, String coordinates) {
        KieServices ks = KieServices.Factory.get();
        ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(kjar));
        String[] gav = coordinates.split(":");
        ReleaseId id = ks.newReleaseId(gav[0], gav[1], gav[2]);
        KieContainer container = ks.newKieContainer(id);
        assertThat(container.getReleaseId()).isEqualTo(id);
        return container.getKieBase();
    }

    @Test
    void two_versions_load_side_by_side_from_their_kjars_and_judge_like_the_library() throws IOException {
        Standard v1 = Standards.load(EXAMPLES.resolve("standards/complaint-handling-1.0.0.yaml"));
        Standard v11 = Standards.load(EXAMPLES.resolve("standards/complaint-handling-1.1.0.yaml"));
        assertThat(RuleSets.releaseId(v1)).isEqualTo("cn.telecom:complaint-handling:1.0.0");
        KieBase base1 = fromKjar(RuleSets.kjar(v1), RuleSets.releaseId(v1));
        KieBase base11 = fromKjar(RuleSets.kjar(v11), RuleSets.releaseId(v11));

        FactBatch facts = Facts.readJsonLines(EXAMPLES.resolve("facts/complaints.jsonl"));
        Instant asOf = Instant.parse("2025-03-09T16:00:00Z");
        for (Standard standard : new Standard[] {v1, v11}) {
            KieBase base = standard == v1 ? base1 : base11;
            Report viaKjar = new CompiledRuleSet(standard, DrlGenerator.generate(standard), base).evaluate(facts, asOf);
            Report viaLibrary = RuleSets.compile(standard).evaluate(facts, asOf);
            assertThat(json(viaKjar)).isEqualTo(json(viaLibrary));
        }
        // the tightened revision judges the same ticket more harshly
        assertThat(new CompiledRuleSet(v11, DrlGenerator.generate(v11), base11).evaluate(facts, asOf).findings())
                .anySatisfy(f -> assertThat(f.escalation()).contains("headquarters").isNotNull());
    }
}
