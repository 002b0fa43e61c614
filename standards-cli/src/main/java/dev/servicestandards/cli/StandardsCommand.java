package dev.servicestandards.cli;

import java.io.PrintWriter;
import java.time.Clock;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code standards} command. Every sub-command is a thin call into the library's API.
 */
@Command(name = "standards", mixinStandardHelpOptions = true, versionProvider = StandardsCommand.Version.class,
        description = "Validate, compile and evaluate service standards.",
        subcommands = {ValidateCommand.class, CompileCommand.class, EvaluateCommand.class, MonitorCommand.class, DiffCommand.class,
                TestCommand.class,
                CommandLine.HelpCommand.class})
public final class StandardsCommand implements Runnable {

    /** Exit code: usage or input/output error. */
    static final int USAGE = 2;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of unexpected errors.")
    boolean debug;

    private final Clock clock;

    StandardsCommand(Clock clock) {
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "missing sub-command");
    }

    public static void main(String[] args) {
        System.exit(run(Clock.systemUTC(), new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command with the given clock and streams; returns the exit code. */
    static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        StandardsCommand root = new StandardsCommand(clock);
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            commandLine.getErr().println("standards: " + message.replaceAll("\\s*\\R\\s*", " "));
            if (root.debug) {
                e.printStackTrace(commandLine.getErr());
            }
            return USAGE;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("standards: " + e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help'.");
            return USAGE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Prints the library version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = StandardsCommand.class.getPackage().getImplementationVersion();
            return new String[] {"standards " + (v == null ? "(development build)" : v)};
        }
    }
}
