package netc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import netc.backend.java.JavaBackend;
import netc.ir.IrPrinter;
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
        "Lower a network to the graph IR, optimise it, and emit it: Java source (--target java -o DIR) or the IR (--emit ir).",
        "Passes: drop_noops, fold_bn, fuse_residual, fuse_activation, fuse_separable, fuse_pointwise_chain, concat_in_place, plan_memory;"
                + " switch one off with -fno-NAME; fuse_separable is off unless -ffuse_separable"
                + " (the result must not change, only its speed)."})
final class CompileCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Inputs inputs;

    @Option(names = "--emit", paramLabel = "WHAT", description = "ir: print the optimised graph IR instead of writing code")
    String emit;

    @Option(names = "--target", paramLabel = "TARGET", description = "java (the default)")
    String target = "java";

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "source root to write the generated class into")
    Path output;

    @Option(names = "--package", paramLabel = "P", description = "package of the generated class (default: none)")
    String packageName = "";

    @Option(names = "--class", paramLabel = "NAME", description = "class name (default: from the network, e.g. MobilenetV2)")
    String className;

    @Option(names = "-f", paramLabel = "no-PASS", description = "-fno-NAME switches a pass off, -fNAME one that is off by default on (repeatable)")
    List<String> flags = new ArrayList<>();

    @Override public Integer call() throws IOException {
        Set<String> disabled = disabledPasses(flags, spec);
        if (emit != null && !emit.equals("ir")) throw new ParameterException(spec.commandLine(), "--emit takes 'ir'");
        if (emit == null && !target.equals("java")) {
            throw new ParameterException(spec.commandLine(), "--target takes 'java' (the native LLVM backend is not written yet)");
        }
        if (emit == null && output == null) throw new ParameterException(spec.commandLine(), "give -o DIR for the generated source, or --emit ir");
        if (!packageName.isEmpty() && !packageName.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
            throw new ParameterException(spec.commandLine(), "--package '" + packageName + "' is not a Java package name");
        }
        if (className != null && !className.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new ParameterException(spec.commandLine(), "--class '" + className + "' is not a Java class name");
        }
        Network n = inputs.build(spec.commandLine().getErr());
        if (n == null) return Main.DIAGNOSTICS;
        JavaBackend.Generated gen = JavaBackend.generate(n, disabled, packageName, className);
        var out = spec.commandLine().getOut();
        if (emit != null) {
            out.print(IrPrinter.print(gen.graph()));
            out.flush();
            return Main.OK;
        }
        Path file = output.resolve(gen.qualifiedName().replace('.', '/') + ".java");
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".netc-", ".java.tmp");
            try {
                Files.writeString(tmp, gen.source());
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("netc: error: cannot write " + file + ": " + Inputs.reason(e));
            spec.commandLine().getErr().flush();
            return Main.DIAGNOSTICS;
        }
        out.println("wrote " + file + " (" + gen.graph().nodes().size() + " nodes, arena " + gen.plan().arenaBytes() + " bytes per image)");
        out.flush();
        return Main.OK;
    }

    /**
     * Parses -fno-NAME (off) and -fNAME (on, for a pass that is off by default) flags into {@link Pipeline}'s switch
     * set; an unknown pass name is a usage error with a suggestion.
     */
    static Set<String> disabledPasses(List<String> flags, CommandSpec spec) {
        Set<String> disabled = new HashSet<>();
        for (String f : flags) {
            boolean off = f.startsWith("no-");
            String name = off ? f.substring(3) : f;
            if (!Pipeline.names().contains(name)) {
                throw new ParameterException(spec.commandLine(), "unknown flag -f" + f + ": passes are " + Pipeline.names()
                        + Suggest.hint(name, Pipeline.names()));
            }
            disabled.add(off ? name : Pipeline.on(name));
        }
        return disabled;
    }
}
