package netc.cli;

import java.io.PrintWriter;
import netc.diag.Diagnostic;
import netc.diag.DiagnosticPrinter;
import netc.diag.Diagnostics;
import netc.model.Network;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every command that builds one network shares: the {@link Target} and --input. */
final class Inputs {
    @Mixin Target target;

    @Option(names = "--input", paramLabel = "CxHxW", description = "override the input shape, e.g. 3x160x160")
    String input;

    /** Loads and elaborates; prints diagnostics and returns null if there were errors. */
    Network build(PrintWriter err) { return target.build(input, err); }

    /** Prints the diagnostics and their count; the one place the CLI prints them. */
    static void report(Diagnostics d, PrintWriter err) {
        for (Diagnostic x : d.all()) err.print(DiagnosticPrinter.format(x));
        int n = d.errorCount(), w = d.warningCount();
        String errors = n + (n == 1 ? " error" : " errors"), warnings = w + (w == 1 ? " warning" : " warnings");
        if (n > 0 || w > 0) err.println(n > 0 && w > 0 ? errors + ", " + warnings : n > 0 ? errors : warnings);
        err.flush();
    }

    /** A file-system failure in words a user can act on (the exception's own message is often just a path). */
    static String reason(java.io.IOException e) {
        return switch (e) {
            case java.nio.file.NoSuchFileException x -> "no such directory";
            case java.nio.file.FileAlreadyExistsException x -> "a file is in the way of a directory";
            case java.nio.file.AccessDeniedException x -> "permission denied";
            case java.nio.file.NotDirectoryException x -> "not a directory";
            default -> e.getMessage();
        };
    }
}
