package io.github.otklik.cli;

import io.github.otklik.core.io.InputFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;

/**
 * The {@code otklik} command line ({@code spec/cli.md}). Exit codes: {@value #OK} success,
 * {@value #REJECTED} the command ran but rejected at least one record, {@value #USAGE} usage
 * error, an unreadable or invalid input, or a database that cannot be opened, read or written.
 */
@Command(name = "otklik",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Client feedback, satisfaction metrics and pain maps for public bodies (клиентоцентричность).",
        subcommands = {DemoCommand.class, FormsCommand.class, StoreCommand.class, ValidateCommand.class, MetricsCommand.class, PainMapCommand.class, RulesCommand.class, ReportCommand.class, SampleSizeCommand.class, GenerateCommand.class, TextCommand.class, CommandLine.HelpCommand.class})
public final class Otklik implements Runnable {
    /** Success. */
    public static final int OK = 0;
    /** The command ran but rejected at least one record. */
    public static final int REJECTED = 1;
    /** Usage error, unknown zone or period, unreadable or invalid file. */
    public static final int USAGE = 2;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the CLI and exits with its code. */
    public static void main(String[] args) {
        CheckedOutput stdout = new CheckedOutput(new java.io.FileOutputStream(java.io.FileDescriptor.out));
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(stdout, java.nio.charset.Charset.defaultCharset())), true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(out, err, args);
        out.flush();
        if (stdout.failure() != null) {
            err.println("otklik: cannot write to standard output: " + Cli.reason(stdout.failure()));
            err.flush();
            code = USAGE;
        }
        System.exit(code);
    }

    /** Runs the CLI with the given output streams and returns the exit code (for tests and embedding). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new Otklik());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = false;
            for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) { // also on sub-subcommands: store import
                verbose |= p.hasMatchedOption("--verbose");
            }
            commandLine.getErr().println("otklik: " + Cli.printable(message(ex)));
            if (verbose) {
                ex.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return USAGE;
        });
        int code;
        try {
            code = cmd.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            err.println("otklik: " + (e instanceof OutOfMemoryError
                    ? "out of memory (give the JVM more with OTKLIK_JAVA_OPTS=-Xmx…, or read fewer groups at once)"
                    : "input nests too deeply (stack overflow)"));
            code = USAGE;
        }
        out.flush();
        err.flush();
        return code;
    }

    private static String message(Exception ex) {
        if (ex instanceof InputFileException || ex instanceof UsageException) {
            return ex.getMessage();
        }
        if (ex instanceof IllegalArgumentException || ex instanceof io.github.otklik.jdbc.StoreException) {
            return ex.getMessage(); // a store's failure says what failed and the database's reason, in one line
        }
        if (ex instanceof java.io.UncheckedIOException u) {
            return Cli.ioMessage(u.getCause());
        }
        if (ex instanceof java.io.IOException io) {
            return Cli.ioMessage(io);
        }
        return "internal error: " + ex + " (run with --verbose for details)";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
