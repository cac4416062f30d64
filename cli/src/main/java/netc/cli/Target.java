package netc.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import netc.diag.Diagnostics;
import netc.model.Network;
import netc.sema.Frontend;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Which network a command acts on: the file, --network, --set; and which warnings to report about it. */
final class Target {
    @Parameters(index = "0", paramLabel = "FILE", description = "a .net file, or stdlib:NAME for a network of the standard library")
    String file;

    @Option(names = "--network", paramLabel = "NAME", description = "which network of the file (needed when it defines several)")
    String network;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "override a network parameter, e.g. --set alpha=0.5 (repeatable)")
    List<String> sets = new ArrayList<>();

    @Mixin WarningFlags warnings;

    /** Loads and elaborates with an input shape (CxHxW, or null for the network's own); prints diagnostics, null on errors. */
    Network build(String inputShape, PrintWriter err) {
        Diagnostics d = warnings.diagnostics();
        Frontend.Loaded loaded = Frontend.load(file, d);
        Network n = Frontend.build(loaded, network, sets, inputShape, d);
        Inputs.report(d, err);
        return d.hasErrors() ? null : n;
    }
}
