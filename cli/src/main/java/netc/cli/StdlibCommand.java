package netc.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import netc.diag.Diagnostics;
import netc.model.Network;
import netc.sema.Frontend;
import netc.sema.ModuleLoader;
import netc.sema.Program;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stdlib", mixinStandardHelpOptions = true, description = "List the networks of the standard library with their input, parameters and MACs.")
final class StdlibCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or md (a Markdown table)")
    String format = "table";

    @Override public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Diagnostics d = new Diagnostics();
        Program all = new ModuleLoader(d).loadStdlib(null);
        if (d.hasErrors()) {
            Inputs.report(d, err);
            return Main.DIAGNOSTICS;
        }
        boolean md = format.equals("md");
        if (md) {
            out.println("| network | input | params | MACs |");
            out.println("|---|---|--:|--:|");
        } else {
            out.printf(Locale.ROOT, "%-22s %-12s %14s %18s%n", "network", "input", "params", "MACs");
        }
        int failed = 0;
        for (String name : all.networks().keySet()) {
            Diagnostics nd = new Diagnostics();
            Network n = Frontend.build(new Frontend.Loaded(all, name), null, List.of(), null, nd);
            if (n == null) {
                Inputs.report(nd, err);
                failed++;
                continue;
            }
            if (md) out.printf(Locale.ROOT, "| %s | %s | %,d | %,d |%n", name, n.input(), n.params(), n.macs());
            else out.printf(Locale.ROOT, "%-22s %-12s %,14d %,18d%n", name, n.input(), n.params(), n.macs());
        }
        out.flush();
        return failed == 0 ? Main.OK : Main.DIAGNOSTICS;
    }
}
