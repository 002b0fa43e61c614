package dev.servicestandards.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Standard standard = Inputs.standard(file, spec.commandLine().getErr());
        if (standard == null) {
            return 1;
        }
        RuleSet rules = RuleSets.compile(standard);
        if (kjar != null) {
            Files.write(kjar, RuleSets.kjar(standard));
            spec.commandLine().getOut().println(standard.coordinates() + ": KJAR " + RuleSets.releaseId(standard)
                    + " written to " + kjar);
        }
        if (drl == null) {
            if (kjar == null) {
                spec.commandLine().getOut().println(standard.coordinates() + ": compiled");
            }
        } else if (drl.equals("-")) {
            spec.commandLine().getOut().print(rules.drl());
        } else {
            Files.writeString(Path.of(drl), rules.drl(), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println(standard.coordinates() + ": DRL written to " + drl);
        }
        return 0;
    }
}
