package netc.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "graph", description = "Draw the network: .dot (Graphviz source) or .svg/.png (rendered with Graphviz's dot).")
final class GraphCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Inputs inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "net.svg, net.png or net.dot")
    String output;

    @Override public Integer call() {
        var n = inputs.build(spec.commandLine().getErr());
        if (n == null) return Main.DIAGNOSTICS;
        spec.commandLine().getErr().println("netc graph: not implemented yet");
        return Main.INTERNAL;
    }
}
