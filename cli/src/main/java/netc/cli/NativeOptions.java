package netc.cli;

import netc.backend.llvm.LlvmToolchain;
import netc.backend.llvm.NativeBackend;
import netc.sema.Suggest;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The native target's build options shared by compile and run: --threads and --cpu. */
final class NativeOptions {
    @Option(names = "--threads", paramLabel = "N", description = "native target: split big layers over N threads (1, the default, or 2)")
    int threads = 1;

    @Option(names = "--cpu", paramLabel = "NAME", description = "native target: LLVM CPU name, or 'native' for this machine"
            + " (default x86-64-v3: AVX2 + FMA; generic for aarch64)")
    String cpu;

    /** The CPU to build for: the one given, else the default for the triple's architecture (null triple: x86-64). */
    String cpu(String triple) {
        if (cpu != null) return cpu;
        return "aarch64".equals(LlvmToolchain.architecture(triple)) ? "generic" : NativeBackend.Options.DEFAULT.cpu();
    }

    /** {@link #check(CommandSpec, String)} for this machine's triple. */
    void check(CommandSpec spec) { check(spec, null); }

    /**
     * A usage error for a thread count the native kernels do not split into, a triple whose architecture LLVM is not
     * set up for here, or a CPU name LLVM does not know for that architecture (LLVM itself would only print a warning
     * and build for a generic CPU).
     */
    void check(CommandSpec spec, String triple) {
        if (threads < 1 || threads > 2) throw new ParameterException(spec.commandLine(), "--threads takes 1 or 2");
        checkCpu(spec, triple, cpu(triple));
    }

    static void checkCpu(CommandSpec spec, String triple, String cpu) {
        String arch = LlvmToolchain.architecture(triple);
        if (arch == null) {
            throw new ParameterException(spec.commandLine(), "--triple '" + triple + "': the native target builds for "
                    + String.join(" and ", LlvmToolchain.ARCHITECTURES) + " (e.g. x86_64-pc-linux-gnu, aarch64-linux-gnu)");
        }
        var known = LlvmToolchain.cpus(arch);
        if (!known.contains(cpu)) {
            throw new ParameterException(spec.commandLine(), "--cpu '" + cpu + "' is not a CPU LLVM knows for " + arch + Suggest.hint(cpu, known)
                    + " (e.g. " + (arch.equals("x86_64") ? "x86-64-v3, skylake, znver3, native" : "generic, neoverse-n1, cortex-a72, apple-m1") + ")");
        }
    }
}
