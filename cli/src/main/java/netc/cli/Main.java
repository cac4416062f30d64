package netc.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The netc command line. Exit codes: 0 ok, 1 diagnostics in the input, 2 bad usage, 3 internal error. */
@Command(name = "netc", mixinStandardHelpOptions = true, version = "netc 0.1.0",
        description = "A compiler for convolutional networks written in the .net language.",
        subcommands = {CheckCommand.class, SummaryCommand.class, GraphCommand.class, CompileCommand.class, ExportCommand.class, RunCommand.class, BenchCommand.class, StdlibCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0, DIAGNOSTICS = 1, USAGE = 2, INTERNAL = 3;

    @Override public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given streams; what tests call. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExitCodeExceptionMapper(t -> INTERNAL);
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("netc: " + ex.getMessage());
            err.println("Try 'netc " + (ex.getCommandLine().getCommandName().equals("netc") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, c, p) -> {
            // A bug in netc, not in the user's input: say so plainly, keep the trace for a report.
            err.println("netc: internal error: " + ex);
            if (System.getenv("NETC_DEBUG") != null) ex.printStackTrace(err);
            else err.println("(set NETC_DEBUG=1 for the stack trace, and please report it)");
            return INTERNAL;
        });
        int code;
        try {
            code = cmd.execute(args);
        } catch (Error e) {
            // picocli hands Errors (a stack or the heap exhausted) through: still no trace for the user by default.
            err.println("netc: internal error: " + e);
            if (System.getenv("NETC_DEBUG") != null) e.printStackTrace(err);
            code = INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }
}
