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
import netc.backend.llvm.NativeBackend;
import netc.backend.llvm.UnsupportedOpException;
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
        "Lower a network to the graph IR, optimise it, and emit it: Java source (--target java -o DIR), a native library with a C header"
                + " and an FFM Java class (--target native -o DIR), or the IR (--emit ir, --emit llvm-ir).",
        "Passes: drop_noops, fold_bn, fuse_residual, fuse_activation, fuse_separable, fuse_pointwise_chain, winograd, concat_in_place,"
                + " plan_memory; switch one off with -fno-NAME; fuse_separable is off unless -ffuse_separable"
                + " (the result must not change beyond float rounding, only its speed)."})
final class CompileCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Inputs inputs;

    @Option(names = "--emit", paramLabel = "WHAT", description = "ir: print the optimised graph IR; llvm-ir: print the native target's LLVM IR")
    String emit;

    @Option(names = "--target", paramLabel = "TARGET", description = "java (the default) or native (LLVM: a shared library, C header and FFM Java class)")
    String target = "java";

    @Mixin NativeOptions nativeOptions;

    @Option(names = "--triple", paramLabel = "T", description = "native target: LLVM target triple (default x86_64-pc-linux-gnu);"
            + " other machines get an object file to link there")
    String triple;

    @Option(names = "--weights", paramLabel = "W.safetensors", description = "native target: also write the prepared weights"
            + " (batch norms folded) as DIR/netc_NAME.weights, raw float32, for C programs")
    Path weights;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "source root to write the generated class (and native library) into")
    Path output;

    @Option(names = "--package", paramLabel = "P", description = "package of the generated class (default: none)")
    String packageName = "";

    @Option(names = "--class", paramLabel = "NAME", description = "class name (default: from the network, e.g. MobilenetV2)")
    String className;

    @Option(names = "-f", paramLabel = "no-PASS", description = "-fno-NAME switches a pass off, -fNAME one that is off by default on (repeatable)")
    List<String> flags = new ArrayList<>();

    @Override public Integer call() throws IOException {
        Set<String> disabled = disabledPasses(flags, spec);
        if (emit != null && !emit.equals("ir") && !emit.equals("llvm-ir")) throw new ParameterException(spec.commandLine(), "--emit takes 'ir' or 'llvm-ir'");
        nativeOptions.check(spec, triple);
        if (!target.equals("java") && !target.equals("native")) throw new ParameterException(spec.commandLine(), "--target takes 'java' or 'native'");
        boolean nativeTarget = target.equals("native") || "llvm-ir".equals(emit);
        if (weights != null && !target.equals("native")) throw new ParameterException(spec.commandLine(), "--weights is for --target native");
        if (weights != null && !Files.isRegularFile(weights)) throw new ParameterException(spec.commandLine(), "no weights file " + weights);
        if (emit == null && output == null) throw new ParameterException(spec.commandLine(), "give -o DIR for the generated source, or --emit ir");
        if (!packageName.isEmpty() && !packageName.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
            throw new ParameterException(spec.commandLine(), "--package '" + packageName + "' is not a Java package name");
        }
        if (className != null && !className.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new ParameterException(spec.commandLine(), "--class '" + className + "' is not a Java class name");
        }
        Network n = inputs.build(spec.commandLine().getErr());
        if (n == null) return Main.DIAGNOSTICS;
        var out = spec.commandLine().getOut();
        if (nativeTarget) return compileNative(n, disabled);
        JavaBackend.Generated gen = JavaBackend.generate(n, disabled, packageName, className);
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

    /** --target native: the library, header, IR and FFM class under -o DIR, or the LLVM IR on stdout. */
    private int compileNative(Network n, Set<String> disabled) {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try {
            NativeBackend.Generated gen = NativeBackend.generate(n, disabled, packageName, className, nativeOptions.threads);
            if (emit != null) {
                out.print(emit.equals("ir") ? IrPrinter.print(gen.graph()) : gen.llvmIr());
                out.flush();
                return Main.OK;
            }
            byte[] prepared = weights == null ? null : preparedWeights(gen);
            long t0 = System.nanoTime();
            var files = NativeBackend.write(gen, new NativeBackend.Options(nativeOptions.cpu(triple), triple), output);
            if (prepared != null) {
                Path file = output.resolve(gen.weightsFile()), tmp = Files.createTempFile(output, ".netc-", ".weights.tmp");
                try {
                    Files.write(tmp, prepared);
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
                files.put("weights", file);
            }
            for (Path f : files.values()) out.println("wrote " + f);
            if (files.containsKey("object")) {
                out.println("note: " + triple + " is another machine: netc wrote the object, not a library; link it there (or with a cross"
                        + " linker) with: gcc -shared -o " + gen.libraryFile() + " " + files.get("object").getFileName() + " -lm -lpthread");
            }
            out.printf(java.util.Locale.ROOT, "%s: %d nodes, %d weight floats, arena %d bytes per image, LLVM + link %.0f ms (cpu %s)%n",
                    n.name(), gen.graph().nodes().size(), gen.weightFloats(), gen.arenaFloats() * 4, (System.nanoTime() - t0) / 1e6, nativeOptions.cpu(triple));
            out.flush();
            return Main.OK;
        } catch (UnsupportedOpException | IllegalStateException | netc.runtime.io.WeightsException e) {
            err.println("netc: error: " + e.getMessage());
            err.flush();
            return Main.DIAGNOSTICS;
        } catch (IOException e) {
            err.println("netc: error: cannot write the native build to " + output + ": " + Inputs.reason(e));
            err.flush();
            return Main.DIAGNOSTICS;
        }
    }

    /** The library's weights buffer from --weights, checked against the network first. */
    private byte[] preparedWeights(NativeBackend.Generated gen) throws IOException {
        var source = netc.runtime.io.SafeTensors.open(weights);
        source.require(gen.graph().parameters());
        try (var arena = java.lang.foreign.Arena.ofConfined()) {
            var seg = netc.runtime.ffm.NativeModel.prepareWeights(gen.weightFloats(), gen.weightTable().toArray(String[]::new), source, arena);
            return seg.asSlice(0, gen.weightFloats() * 4).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        }
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
