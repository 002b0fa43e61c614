package dev.servicestandards.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.servicestandards.draft.api.Confidence;
import dev.servicestandards.draft.api.Draft;
import dev.servicestandards.draft.api.DraftOptions;
import dev.servicestandards.draft.api.Drafts;

/**
 * {@code standards draft DOCUMENT [--id ID] [--out FILE]}: a draft standard from a committee's document. The YAML
 * goes to stdout (or {@code --out}), the summary to stderr, so {@code standards draft doc.txt | standards validate -}
 * works.
 */
@Command(name = "draft", mixinStandardHelpOptions = true, exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:drafted", "1:no clause could be drafted (the unplaced list is still written)",
                "2:usage error or unreadable document"},
        description = "Draft a standard (YAML) from a committee's document (.txt, .md or .docx): each clause quotes its "
                + "sentence, position and confidence; what cannot be drafted is listed under '# unplaced:'.")
final class DraftCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DOCUMENT", description = "The document: .txt (UTF-8 or GB18030), .md or .docx.")
    Path document;

    @Option(names = "--id", paramLabel = "ID", description = "The standard id (default: draft. and the file name).")
    String id;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the YAML here (default: stdout).")
    Path out;

    @Option(names = "--standard-version", paramLabel = "X.Y.Z", defaultValue = "1.0.0",
            description = "The version to write (default: ${DEFAULT-VALUE}).")
    String version;

    @Option(names = "--effective-from", paramLabel = "DATE",
            description = "The first day in force (default: the date the document states, else today).")
    String effectiveFrom;

    @ParentCommand
    StandardsCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CliText text = root.text();
        DraftOptions options = DraftOptions.defaults().withVersion(version).withClock(root.clock());
        if (id != null) {
            options = options.withId(id);
        }
        if (effectiveFrom != null) {
            try {
                options = options.withEffectiveFrom(LocalDate.parse(effectiveFrom));
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), text.get("draft-bad-date", effectiveFrom));
            }
        }
        Draft draft = Drafts.draft(document, options);
        if (out == null) {
            spec.commandLine().getOut().print(draft.yaml());
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(out, draft.yaml(), StandardCharsets.UTF_8);
        }
        long high = draft.clauses().stream().filter(c -> c.confidence() == Confidence.HIGH).count();
        long medium = draft.clauses().stream().filter(c -> c.confidence() == Confidence.MEDIUM).count();
        long low = draft.clauses().stream().filter(c -> c.confidence() == Confidence.LOW).count();
        spec.commandLine().getErr().println(text.get("draft-summary", document, draft.clauses().size(), high, medium, low,
                draft.unplaced().size(), out == null ? "" : text.get("draft-written", out)));
        if (draft.standard().isEmpty()) {
            spec.commandLine().getErr().println(text.get("draft-none", document));
            return 1;
        }
        return 0;
    }
}
