package dev.servicestandards.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.servicestandards.api.Standard;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/** {@code standards compile FILE --drl OUT}: writes the generated DRL after compiling it. */
@Command(name = "compile", mixinStandardHelpOptions = true, description = "Compile a standard; write the generated DRL and/or a KJAR.")
final class CompileCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Standard file (YAML).")
    Path file;

    @Option(names = "--drl", paramLabel = "OUT", description = "Write the generated DRL here ('-' for stdout).")
    String drl;

    @Option(names = "--kjar", paramLabel = "OUT.jar", description = "Write a KJAR whose ReleaseId comes from the standard's id and version.")
    Path kjar;

    @ParentCommand
    StandardsCommand root;

    @picocli.CommandLine.Mixin
    CalendarOption calendars;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CliText text = root.text();
        Standard standard = Inputs.standard(file, calendars.data(spec.commandLine().getErr(), text),
                spec.commandLine().getErr(), text);
        if (standard == null) {
            return 1;
        }
        RuleSet rules = RuleSets.compile(standard);
        if (kjar != null) {
            Files.write(kjar, RuleSets.kjar(standard));
            spec.commandLine().getOut().println(text.get("kjar-written", standard.coordinates(),
                    RuleSets.releaseId(standard), kjar));
        }
        if (drl == null) {
            if (kjar == null) {
                spec.commandLine().getOut().println(text.get("compiled", standard.coordinates()));
            }
        } else if (drl.equals("-")) {
            spec.commandLine().getOut().print(rules.drl());
        } else {
            Files.writeString(Path.of(drl), rules.drl(), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println(text.get("drl-written", standard.coordinates(), drl));
        }
        return 0;
    }
}
