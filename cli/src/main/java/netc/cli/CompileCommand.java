package netc.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import netc.ir.Graph;
import netc.ir.IrPrinter;
import netc.ir.Lowering;
import netc.model.Network;
import netc.passes.Pipeline;
import netc.sema.Suggest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compile", mixinStandardHelpOptions = true, description = {
        "Lower a network to the graph IR, optimise it, and emit it.",
        "--emit ir prints the IR after the passes. Passes: drop_noops, fold_bn, fuse_residual, fuse_activation, plan_memory;"
                + " switch one off with -fno-NAME (the result must not change, only its speed)."})
final class CompileCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Inputs inputs;

    @Option(names = "--emit", paramLabel = "WHAT", description = "ir: print the optimised graph IR")
    String emit = "ir";

    @Option(names = "-f", paramLabel = "no-PASS", description = "-fno-NAME switches a pass off (repeatable)")
    List<String> flags = new ArrayList<>();

    @Override public Integer call() {
        Set<String> disabled = disabledPasses(flags, spec);
        if (!emit.equals("ir")) {
            throw new ParameterException(spec.commandLine(), "--emit takes 'ir' (the Java backend comes with issue 4's next slice)");
        }
        Network n = inputs.build(spec.commandLine().getErr());
        if (n == null) return Main.DIAGNOSTICS;
        Graph g = Pipeline.run(Lowering.lower(n), disabled);
        spec.commandLine().getOut().print(IrPrinter.print(g));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    /** Parses -fno-NAME flags; an unknown pass name is a usage error with a suggestion. */
    static Set<String> disabledPasses(List<String> flags, CommandSpec spec) {
        Set<String> disabled = new HashSet<>();
        for (String f : flags) {
            String name = f.startsWith("no-") ? f.substring(3) : null;
            if (name == null || !Pipeline.names().contains(name)) {
                String shown = name == null ? f : name;
                throw new ParameterException(spec.commandLine(), "unknown flag -f" + f + ": passes are " + Pipeline.names()
                        + Suggest.hint(shown, Pipeline.names()));
            }
            disabled.add(name);
        }
        return disabled;
    }
}
