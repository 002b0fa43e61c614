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

    @picocli.CommandLine.Mixin
    CalendarOption calendars;

    @ParentCommand
    StandardsCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        CliText text = root.text();
        dev.servicestandards.api.CalendarData data = calendars.data(spec.commandLine().getErr(), text);
        Standard old = Inputs.standard(before, data, spec.commandLine().getErr(), text);
        Standard now = Inputs.standard(after, data, spec.commandLine().getErr(), text);
        if (old == null || now == null) {
            return StandardsCommand.USAGE;
        }
        out.println(old.id() + " " + old.version() + " → " + (now.id().equals(old.id()) ? "" : now.id() + " ") + now.version());
        List<Revisions.Change> changes = Revisions.diff(old, now);
        if (changes.isEmpty()) {
            out.println("  " + text.get("diff-no-differences"));
        }
        changes.forEach(c -> out.println("  " + describe(c, text)));
        if (facts != null) {
            Instant instant = Inputs.asOf(asOf, root.clock(), spec.commandLine(), text);
            FactBatch batch;
            try {
                batch = Facts.readJsonLines(facts);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new CliException("no-such-file", e, facts);
            }
            Revisions.Impact impact = Revisions.impact(old, now, batch, instant);
            out.println();
            out.println(text.get("diff-impact", batch.facts().size(), facts));
            if (impact.perClause().isEmpty()) {
                out.println("  " + text.get("diff-no-finding-changes"));
            }
            new java.util.TreeMap<>(impact.perClause()).forEach((clause, n) -> out.println("  "
                    + text.get("diff-per-clause", clause, n[2], n[0], n[1])));
            for (Revisions.FindingChange c : impact.changes()) {
                out.println("    " + text.get("diff-finding", c.fact(), c.clause(), describe(c.before(), text),
                        describe(c.after(), text)));
            }
        }
        return 0;
    }

    /** A finding in a few words: {@code violated at station (2 points)}. */
    private static String describe(Finding f, CliText text) {
        if (f == null) {
            return text.get("diff-none");
        }
        return text.get("outcome-" + f.outcome().label()) + f.escalation().map(t -> text.get("diff-at", t)).orElse("")
                + f.penalty().filter(p -> p.points().signum() > 0)
                        .map(p -> text.get("diff-points", p.points().stripTrailingZeros().toPlainString())).orElse("");
    }

    /** A clause-level change, as {@link Revisions.Change#toString()} says it, in the user's language. */
    private static String describe(Revisions.Change c, CliText text) {
        return switch (c.kind()) {
            case ADDED -> text.get("diff-added", c.clause());
            case REMOVED -> text.get("diff-removed", c.clause());
            case CHANGED -> text.get("diff-changed", c.clause().isEmpty() ? "" : c.clause() + "  ", c.field(),
                    value(c.before(), text), value(c.after(), text));
        };
    }

    /** A field's value in a change; a field that is not set says so in the user's language. */
    private static String value(String value, CliText text) {
        return value.equals("(none)") ? text.get("diff-none") : value;
    }
}
