package org.attrib.cli;

import java.io.PrintWriter;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code java -jar attrib.jar <command> ...}. Every command runs headless.
 * Exit codes: 0 success, 1 a problem found in the input (e.g. an invalid file), 2 bad usage,
 * 3 an I/O or internal error.
 */
@Command(name = "attrib",
        mixinStandardHelpOptions = true,
        version = "Attrib 0.1",
        description = "Annotate who said what in news articles. With no command (or a .txt file or a folder), opens the window.",
        subcommands = {CommandLine.HelpCommand.class, ValidateCommand.class, ExportCommand.class, ImportCommand.class,
            StatsCommand.class, SuggestCommand.class, EvalCommand.class, AgreeCommand.class},
        exitCodeOnInvalidInput = AttribCli.USAGE)
public final class AttribCli implements Runnable {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;
    public static final int ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new AttribCli());
        // The help's colours are escape sequences, which the output escapes (TerminalWriter): none.
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("attrib " + line.getCommandName() + ": " + ex.getMessage());
            return ERROR;
        });
        return cl;
    }

    /** True when the arguments name a command (or ask for help or the version) rather than a file to open. */
    public static boolean isCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        Set<String> names = commandLine().getSubcommands().keySet();
        String first = args[0];
        return names.contains(first) || Set.of("-h", "--help", "-V", "--version").contains(first);
    }

    /**
     * Runs a command and returns its exit code. What it writes to {@code out} and {@code err}
     * reaches them with control characters escaped ({@link TerminalWriter}).
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        PrintWriter safeOut = TerminalWriter.of(out);
        PrintWriter safeErr = TerminalWriter.of(err);
        cl.setOut(safeOut);
        cl.setErr(safeErr);
        try {
            return cl.execute(args);
        } finally {
            safeOut.flush();
            safeErr.flush();
        }
    }
}
