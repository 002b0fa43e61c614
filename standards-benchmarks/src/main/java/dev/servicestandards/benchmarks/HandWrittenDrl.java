package dev.servicestandards.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.command.Command;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;

import dev.servicestandards.benchmarks.HandWrittenSla.Outcomes;
import dev.servicestandards.model.AsOf;
import dev.servicestandards.model.Fact;
import dev.servicestandards.model.Finding;

/**
 * The peer: {@code hand-written/twenty-clauses.drl}, the 20 clauses written by hand in DRL over the
 * library's fact model, run as a Drools developer would run a batch: the rule base built once with
 * the executable model (as the library builds its own), the clauses stated once by the DRL's setup
 * rule and inserted beside each chunk of facts into a stateless session, the findings read back.
 * Chunks of {@link #CHUNK} facts, as the library's; on several threads, one contiguous slice each.
 */
final class HandWrittenDrl {

    /** Facts per session, as the library uses. */
    static final int CHUNK = 500;

    private final KieBase kieBase;
    private final List<Object> setup;

    HandWrittenDrl() throws IOException {
        String drl;
        try (InputStream in = HandWrittenDrl.class.getResourceAsStream("/hand-written/twenty-clauses.drl")) {
            drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = ks.newReleaseId("bench", "hand-written-twenty-clauses", "1.1.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(id);
        kfs.write("src/main/resources/bench/handwritten/twenty-clauses.drl", drl);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(org.drools.model.codegen.ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the hand-written DRL does not build: " + errors);
        }
        kieBase = ks.newKieContainer(id).getKieBase();
        KieSession session = kieBase.newKieSession();
        try {
            session.fireAllRules();
            setup = List.copyOf(session.getObjects());
        } finally {
            session.dispose();
        }
    }

    Outcomes evaluate(List<Fact> facts, Instant asOf, boolean keepMet) {
        StatelessKieSession session = kieBase.newStatelessKieSession();
        Outcomes out = new Outcomes(keepMet);
        for (int from = 0; from < facts.size(); from += CHUNK) {
            List<Fact> chunk = facts.subList(from, Math.min(facts.size(), from + CHUNK));
            List<Command<?>> commands = new ArrayList<>(5);
            commands.add(CommandFactory.newInsertElements(setup));
            commands.add(CommandFactory.newInsert(new AsOf(asOf)));
            commands.add(CommandFactory.newInsertElements(chunk));
            commands.add(CommandFactory.newFireAllRules());
            commands.add(CommandFactory.newGetObjects(o -> o instanceof Finding, "findings"));
            ExecutionResults results = session.execute(CommandFactory.newBatchExecution(commands));
            for (Object o : (Collection<?>) results.getValue("findings")) {
                out.add(Contenders.row((Finding) o));
            }
        }
        return out;
    }

    Outcomes evaluate(List<Fact> facts, Instant asOf, ExecutorService pool, int threads, boolean keepMet)
            throws ExecutionException, InterruptedException {
        return Contenders.sliced(facts, pool, threads, slice -> evaluate(slice, asOf, keepMet));
    }
}
