package dev.servicestandards.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.servicestandards.api.InvalidStandardException;
import dev.servicestandards.test.ScenarioException;
import dev.servicestandards.test.ScenarioResult;
import dev.servicestandards.test.ScenarioSuite;
import dev.servicestandards.test.Scenarios;

/** {@code standards test PATH...}: runs conformance scenarios; ends with {@code N passed, N failed}. */
@Command(name = "test", mixinStandardHelpOptions = true, description = "Run conformance scenario files (files, or folders of *.yaml).")
final class TestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Scenario files or folders.")
    List<Path> paths;

    @ParentCommand
    StandardsCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CliText text = root.text();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int passed = 0;
        int failed = 0;
        for (Path file : Scenarios.files(paths.toArray(Path[]::new))) {
            List<ScenarioResult> results;
            try {
                ScenarioSuite suite = Scenarios.load(file);
                results = Scenarios.run(suite);
            } catch (InvalidStandardException e) {
                e.report().problems().forEach(p -> err.println(dev.servicestandards.internal.report.TerminalText.escape(p.toString(text.locale()))));
                failed++;
                continue;
            } catch (ScenarioException e) {
                err.println(e.getMessage());
                failed++;
                continue;
            }
            for (ScenarioResult result : results) {
                if (result.passed()) {
                    passed++;
                    out.println(text.get("test-pass", file, result.scenario().name()));
                } else {
                    failed++;
                    out.println(text.get("test-fail", file, result.scenario().line(), result.scenario().name()));
                    result.failures().forEach(f -> out.println("     " + f));
                }
            }
        }
        out.println(text.get("test-counts", passed, failed));
        return failed == 0 ? 0 : 1;
    }
}
