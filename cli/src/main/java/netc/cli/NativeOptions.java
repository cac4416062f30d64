package netc.cli;

import netc.backend.llvm.NativeBackend;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The native target's build options shared by compile and run: --threads and --cpu. */
final class NativeOptions {
    @Option(names = "--threads", paramLabel = "N", description = "native target: split big layers over N threads (1, the default, or 2)")
    int threads = 1;

    @Option(names = "--cpu", paramLabel = "NAME", description = "native target: LLVM CPU name, or 'native' for this machine (default x86-64-v3: AVX2 + FMA)")
    String cpu = NativeBackend.Options.DEFAULT.cpu();

    /** A usage error for a thread count the native kernels do not split into. */
    void check(CommandSpec spec) {
        if (threads < 1 || threads > 2) throw new ParameterException(spec.commandLine(), "--threads takes 1 or 2");
    }
}
