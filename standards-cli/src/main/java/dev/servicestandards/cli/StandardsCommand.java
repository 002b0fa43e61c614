package dev.servicestandards.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.servicestandards.internal.report.TerminalText;

/**
 * The {@code standards} command. Every sub-command is a thin call into the library's API.
 */
@Command(name = "standards", mixinStandardHelpOptions = true, versionProvider = StandardsCommand.Version.class,
        description = "Validate, compile and evaluate service standards.",
        subcommands = {ValidateCommand.class, CompileCommand.class, EvaluateCommand.class, MonitorCommand.class, DiffCommand.class,
                TestCommand.class, DraftCommand.class, LintCommand.class,
                CommandLine.HelpCommand.class})
public final class StandardsCommand implements Runnable {

    /** Exit code: usage or input/output error. */
    static final int USAGE = 2;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of unexpected errors.")
    boolean debug;

    @Option(names = "--lang", scope = CommandLine.ScopeType.INHERIT, paramLabel = "zh-CN|en",
            converter = LanguageConverter.class,
            description = "Language of messages and reports: zh-CN (Simplified Chinese) or en (default: the system's).")
    Locale lang;

    private final Clock clock;
    private final Locale systemLocale;
    private final java.io.InputStream in;

    StandardsCommand(Clock clock, Locale systemLocale, java.io.InputStream in) {
        this.clock = clock;
        this.systemLocale = systemLocale;
        this.in = in;
    }

    Clock clock() {
        return clock;
    }

    /** The language of messages and reports: {@code --lang}, else the system's. */
    CliText text() {
        return new CliText(lang != null ? lang : systemLocale);
    }

    /** Standard input, for {@code -} in place of a file. */
    java.io.InputStream in() {
        return in;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), text().get("missing-subcommand"));
    }

    public static void main(String[] args) {
        int code;
        try {
            // standard output as a file descriptor, not System.out, which would swallow the reason a write failed
            java.nio.charset.Charset charset = java.nio.charset.Charset.defaultCharset(); // as PrintWriter(System.out) had it
            code = run(Clock.systemUTC(), Locale.getDefault(),
                    new Output(new java.io.OutputStreamWriter(new java.io.FileOutputStream(java.io.FileDescriptor.out), charset)),
                    new PrintWriter(System.err, true), args);
        } catch (OutOfMemoryError e) {
            // so short of memory that even the messages could not be loaded: still one line, no stack trace
            System.err.println("standards: out of memory (the Java heap is " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB): give Java more with JAVA_TOOL_OPTIONS=-Xmx2g");
            code = USAGE;
        }
        System.exit(code);
    }

    /** Runs the command with the given clock and streams, in the system's language; returns the exit code. */
    static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        return run(clock, Locale.getDefault(), System.in, out, err, args);
    }

    /** Runs the command with the given clock, standard input and streams, in the system's language. */
    static int run(Clock clock, java.io.InputStream in, PrintWriter out, PrintWriter err, String... args) {
        return run(clock, Locale.getDefault(), in, out, err, args);
    }

    /** Runs the command with the given clock, system locale and streams, reading {@code System.in}. */
    static int run(Clock clock, Locale systemLocale, PrintWriter out, PrintWriter err, String... args) {
        return run(clock, systemLocale, System.in, out, err, args);
    }

    /**
     * Runs the command with the given clock, system locale (the language without {@code --lang}),
     * standard input and streams; returns the exit code.
     */
    static int run(Clock clock, Locale systemLocale, java.io.InputStream in, PrintWriter out, PrintWriter err,
            String... args) {
        StandardsCommand root = new StandardsCommand(clock, systemLocale, in);
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        // errors and help come before the options are applied: read --lang from the arguments
        CliText early = new CliText(LanguageConverter.scan(args).orElse(systemLocale));
        if (early.locale().getLanguage().equals("zh")) {
            cli.setResourceBundle(ResourceBundle.getBundle("dev.servicestandards.cli.help", early.locale(),
                    StandardsCommand.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String message = e instanceof CliException cli1 ? cli1.message(root.text()) : describe(e, root.text());
            commandLine.getErr().println(TerminalText.escape(root.text().get("error", message.replaceAll("\\s*\\R\\s*", " "))));
            if (root.debug) {
                e.printStackTrace(commandLine.getErr());
            }
            return USAGE;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println(early.get("error", e.getMessage()));
            e.getCommandLine().getErr().println(early.get("try-help", e.getCommandLine().getCommandSpec().qualifiedName()));
            return USAGE;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // what the command held is unreachable now: there is room to say so in one line
            err.println(early.get("error", early.get("out-of-memory", Runtime.getRuntime().maxMemory() >> 20)));
            err.flush();
            return USAGE;
        }
        // a full disk or a closed pipe: the report is not where it should be, whatever the command returned
        if (out.checkError()) {
            String why = out instanceof Output o ? o.failure().orElse("?") : "?";
            err.println(early.get("error", early.get("cannot-write", early.get("standard-output"), why)));
            code = USAGE;
        }
        err.flush();
        return code;
    }

    /**
     * An unexpected exception's message, in one line that names the file and the reason: the JDK's
     * file-system exceptions give the path alone ({@code AccessDeniedException: /x}) or the
     * reason alone ({@code IOException: Is a directory}).
     */
    static String describe(Throwable e, CliText text) {
        Throwable t = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            String reason = fs.getReason() != null ? fs.getReason()
                    : fs instanceof java.nio.file.AccessDeniedException ? text.get("reason-access-denied")
                    : fs instanceof java.nio.file.NoSuchFileException ? text.get("reason-no-such-file")
                    : fs instanceof java.nio.file.NotDirectoryException ? text.get("reason-not-a-directory")
                    : fs instanceof java.nio.file.FileAlreadyExistsException ? text.get("reason-exists")
                    : t.getClass().getSimpleName();
            return fs.getOtherFile() == null ? text.get("file-reason", fs.getFile(), reason)
                    : text.get("file-reason", fs.getFile() + " -> " + fs.getOtherFile(), reason);
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
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
