package netc.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import netc.diag.Diagnostic;
import netc.diag.DiagnosticPrinter;
import netc.diag.Diagnostics;
import netc.model.Network;
import netc.sema.Frontend;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that builds one network shares: the file, --network, --set, --input. */
final class Inputs {
    @Parameters(index = "0", paramLabel = "FILE", description = "a .net file, or stdlib:NAME for a network of the standard library")
    String file;

    @Option(names = "--network", paramLabel = "NAME", description = "which network of the file (needed when it defines several)")
    String network;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "override a network parameter, e.g. --set alpha=0.5 (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--input", paramLabel = "CxHxW", description = "override the input shape, e.g. 3x160x160")
    String input;

    /** Loads and elaborates; prints diagnostics and returns null if there were errors. */
    Network build(PrintWriter err) {
        Diagnostics d = new Diagnostics();
        Frontend.Loaded loaded = Frontend.load(file, d);
        Network n = Frontend.build(loaded, network, sets, input, d);
        report(d, err);
        return d.hasErrors() ? null : n;
    }

    static void report(Diagnostics d, PrintWriter err) {
        for (Diagnostic x : d.all()) err.print(DiagnosticPrinter.format(x));
        int n = d.errorCount();
        if (n > 0) err.println(n + (n == 1 ? " error" : " errors"));
        err.flush();
    }
}
