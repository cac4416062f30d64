package netc.cli;

import java.util.List;
import java.util.concurrent.Callable;
import netc.diag.Diagnostics;
import netc.sema.Frontend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true, description = "Report diagnostics for .net files; exit 0 when they are clean. Every network is built with its defaults.")
final class CheckCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = ".net files or stdlib:NAME")
    List<String> files;

    @Mixin WarningFlags warnings;

    @Override public Integer call() {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        int errors = 0;
        for (String f : files) {
            Diagnostics d = warnings.diagnostics();
            var loaded = Frontend.load(f, d);
            var nets = Frontend.buildAll(loaded, d);
            Inputs.report(d, err);
            errors += d.errorCount();
            if (!d.hasErrors()) out.println(f + ": ok (" + nets.size() + (nets.size() == 1 ? " network" : " networks") + ")");
        }
        out.flush();
        return errors == 0 ? Main.OK : Main.DIAGNOSTICS;
    }
}
