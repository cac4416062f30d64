package netc.cli;

import java.util.concurrent.Callable;
import netc.model.Network;
import netc.report.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "summary", mixinStandardHelpOptions = true, description = {
        "Per layer: path name, op, output shape, parameters and MACs; per block subtotals; totals.",
        "MACs count conv, transposed conv and linear layers only (conv: output elements x in/groups x kh x kw;"
                + " transposed conv: input elements x out/groups x kh x kw; linear: in x out), torchvision's convention."
                + " FLOPs = 2 x MACs. Parameters are trainable weights; BN running statistics are counted as buffers."})
final class SummaryCommand implements Callable<Integer> {
    enum Format { table, json, csv }

    @Spec CommandSpec spec;
    @Mixin Inputs inputs;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json or csv")
    Format format = Format.table;

    @Override public Integer call() {
        Network n = inputs.build(spec.commandLine().getErr());
        if (n == null) return Main.DIAGNOSTICS;
        var out = spec.commandLine().getOut();
        out.print(switch (format) {
            case table -> Summary.table(n);
            case json -> Summary.json(n);
            case csv -> Summary.csv(n);
        });
        out.flush();
        return Main.OK;
    }
}
