package dev.servicestandards.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Finding;
import dev.servicestandards.api.Standard;
import dev.servicestandards.rules.api.Revisions;

/** {@code standards diff OLD NEW [--facts F]}: clause-level changes and, with facts, their impact. */
@Command(name = "diff", mixinStandardHelpOptions = true, description = "Show what a revision changes, clause by clause; with --facts, which findings change.")
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier revision.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later revision.")
    Path after;

    @Option(names = "--facts", paramLabel = "FILE.jsonl", description = "Replay these facts through both revisions.")
    Path facts;

    @Option(names = "--as-of", paramLabel = "INSTANT", description = "Judge the facts as of this instant (default: now).")
    String asOf;

    @ParentCommand
    StandardsCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Standard old = Inputs.standard(before, spec.commandLine().getErr());
        Standard now = Inputs.standard(after, spec.commandLine().getErr());
        if (old == null || now == null) {
            return StandardsCommand.USAGE;
        }
        out.println(old.id() + " " + old.version() + " → " + (now.id().equals(old.id()) ? "" : now.id() + " ") + now.version());
        List<Revisions.Change> changes = Revisions.diff(old, now);
        if (changes.isEmpty()) {
            out.println("  no differences");
        }
        changes.forEach(c -> out.println("  " + c));
        if (facts != null) {
            Instant instant = Inputs.asOf(asOf, root.clock(), spec.commandLine());
            FactBatch batch;
            try {
                batch = Facts.readJsonLines(facts);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new IOException(facts + ": no such file", e);
            }
            Revisions.Impact impact = Revisions.impact(old, now, batch, instant);
            out.println();
            out.println("impact on " + batch.facts().size() + " facts (" + facts + "):");
            if (impact.perClause().isEmpty()) {
                out.println("  no finding changes");
            }
            new java.util.TreeMap<>(impact.perClause()).forEach((clause, n) -> out.println("  " + clause + ": "
                    + n[2] + " changed, " + n[0] + " appeared, " + n[1] + " disappeared"));
            for (Revisions.FindingChange c : impact.changes()) {
                out.println("    " + c.fact() + " " + c.clause() + ": " + describe(c.before()) + " → " + describe(c.after()));
            }
        }
        return 0;
    }

    private static String describe(Finding f) {
        if (f == null) {
            return "(none)";
        }
        return f.outcome().label() + f.escalation().map(t -> " at " + t).orElse("")
                + f.penalty().filter(p -> p.points().signum() > 0).map(p -> " (" + p.points().stripTrailingZeros().toPlainString() + " points)").orElse("");
    }
}
