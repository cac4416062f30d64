package netc.backend.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMErrorRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMPassBuilderOptionsRef;
import org.bytedeco.llvm.LLVM.LLVMTargetDataRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTargetRef;

/**
 * Textual IR to an object file with LLVM's C API (through JavaCPP), and an object to a shared library with the
 * system C compiler. Without the asm printer initialised, emitting fails with "can't emit a file of this type";
 * without a target machine for the CPU, O3 does not vectorise for it.
 */
public final class LlvmToolchain {
    /** The default CPU: AVX2 and FMA, which every x86-64 server of the last decade has. */
    public static final String DEFAULT_CPU = "x86-64-v3";
    public static final String HOST_TRIPLE = "x86_64-pc-linux-gnu";

    private static boolean initialised;

    /** The architectures this build of netc initialises in LLVM, by the triple's first component. */
    public static final List<String> ARCHITECTURES = List.of("x86_64", "aarch64");

    /** The triple's architecture ({@code x86_64} for null, the default), or null when LLVM is not set up for it here. */
    public static String architecture(String triple) {
        String arch = triple == null ? "x86_64" : triple.substring(0, Math.max(0, triple.indexOf('-')));
        if (arch.equals("arm64")) arch = "aarch64";
        return ARCHITECTURES.contains(arch) ? arch : null;
    }

    /**
     * The CPU names LLVM 20 knows for an architecture of {@link #ARCHITECTURES} (what {@code -mcpu=help} lists,
     * kept as a resource: LLVM's C API only warns on stderr about an unknown name and then builds for a generic
     * CPU), plus {@code native} for x86_64 (this machine).
     */
    public static List<String> cpus(String arch) {
        try (var in = LlvmToolchain.class.getResourceAsStream("cpus-" + arch + ".txt")) {
            if (in == null) throw new IllegalArgumentException("no CPU list for " + arch);
            List<String> names = new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList());
            if (arch.equals("x86_64")) names.add("native");
            return names;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private LlvmToolchain() {}

    private static synchronized void init() {
        if (initialised) return;
        LLVMInitializeNativeTarget();
        LLVMInitializeNativeAsmPrinter();
        LLVMInitializeNativeAsmParser();
        LLVMInitializeAArch64TargetInfo();
        LLVMInitializeAArch64Target();
        LLVMInitializeAArch64TargetMC();
        LLVMInitializeAArch64AsmPrinter();
        initialised = true;
    }

    /**
     * Parses, verifies, optimises ({@code default<O3>}) and writes {@code object}. {@code cpu} is an LLVM CPU name
     * or "native" for this machine; {@code triple} null means x86-64 Linux.
     */
    public static void compile(String irText, String moduleName, String triple, String cpu, Path object) {
        init();
        String tr = triple == null ? HOST_TRIPLE : triple;
        String features = "";
        if ("native".equals(cpu)) {
            BytePointer name = LLVMGetHostCPUName(), feats = LLVMGetHostCPUFeatures();
            cpu = name.getString();
            features = feats.getString();
            LLVMDisposeMessage(name);
            LLVMDisposeMessage(feats);
        }
        LLVMContextRef ctx = LLVMContextCreate();
        try {
            byte[] bytes = irText.getBytes(StandardCharsets.UTF_8);
            BytePointer text = new BytePointer(bytes.length);
            text.put(bytes, 0, bytes.length);
            LLVMMemoryBufferRef buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(text, bytes.length, new BytePointer(moduleName));
            LLVMModuleRef module = new LLVMModuleRef();
            BytePointer err = new BytePointer((BytePointer) null);
            if (LLVMParseIRInContext(ctx, buf, module, err) != 0) throw failure("LLVM rejected the generated IR", err);
            try {
                if (LLVMVerifyModule(module, LLVMReturnStatusAction, err) != 0) throw failure("the generated IR is invalid", err);
                LLVMTargetRef target = new LLVMTargetRef();
                if (LLVMGetTargetFromTriple(new BytePointer(tr), target, err) != 0) throw failure("no LLVM target for " + tr, err);
                LLVMTargetMachineRef tm = LLVMCreateTargetMachine(target, tr, cpu, features, LLVMCodeGenLevelAggressive, LLVMRelocPIC,
                        LLVMCodeModelDefault);
                try {
                    LLVMSetTarget(module, tr);
                    LLVMTargetDataRef layout = LLVMCreateTargetDataLayout(tm);
                    LLVMSetModuleDataLayout(module, layout);
                    LLVMDisposeTargetData(layout);
                    LLVMPassBuilderOptionsRef options = LLVMCreatePassBuilderOptions();
                    LLVMErrorRef e = LLVMRunPasses(module, "default<O3>", tm, options);
                    LLVMDisposePassBuilderOptions(options);
                    if (e != null && !e.isNull()) {
                        BytePointer msg = LLVMGetErrorMessage(e);
                        String s = msg.getString();
                        LLVMDisposeErrorMessage(msg);
                        throw new IllegalStateException("LLVM optimisation failed: " + s);
                    }
                    if (LLVMTargetMachineEmitToFile(tm, module, new BytePointer(object.toString()), LLVMObjectFile, err) != 0) {
                        throw failure("LLVM could not write " + object, err);
                    }
                } finally {
                    LLVMDisposeTargetMachine(tm);
                }
            } finally {
                LLVMDisposeModule(module);
            }
        } finally {
            LLVMContextDispose(ctx);
        }
    }

    private static IllegalStateException failure(String what, BytePointer err) {
        String msg = err.isNull() ? "" : err.getString();
        if (!err.isNull()) LLVMDisposeMessage(err);
        return new IllegalStateException(what + ": " + msg);
    }

    /**
     * Compiles a module as {@link ModuleSplit} parts on as many threads (at most the machine's cores), for a
     * library: the objects, {@code stem.0.o}, {@code stem.1.o}..., in the order to link them.
     */
    public static List<Path> compileInParts(String irText, String moduleName, String triple, String cpu, Path dir, String stem) throws IOException {
        // -Dnetc.native.llvmThreads=1 builds one module, for side-by-side build times
        // how many LLVM processes build the library: a tool setting, not a kernel decision, so a system property
        int threads = Integer.getInteger("netc.native.llvmThreads", Math.min(4, Runtime.getRuntime().availableProcessors()));
        List<String> parts = ModuleSplit.split(irText, threads);
        List<Path> objects = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) objects.add(dir.resolve(stem + "." + i + ".o"));
        if (parts.size() == 1) {
            compile(parts.get(0), moduleName, triple, cpu, objects.get(0));
            return objects;
        }
        init();
        try (var pool = Executors.newFixedThreadPool(parts.size())) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                String text = parts.get(i);
                Path object = objects.get(i);
                done.add(pool.submit(() -> compile(text, moduleName, triple, cpu, object)));
            }
            for (var f : done) f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while compiling " + moduleName, e);
        }
        return objects;
    }

    /** Links an object into a shared library with gcc (libm for exp and tanh, pthreads for the second core; glibc only). */
    public static void link(Path object, Path library) throws IOException {
        link(List.of(object), library);
    }

    /** Links objects into one shared library. */
    public static void link(List<Path> objects, Path library) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("gcc", "-shared", "-o", library.toString()));
        for (Path o : objects) cmd.add(o.toString());
        cmd.addAll(List.of("-lm", "-lpthread"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out;
        try {
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("gcc did not finish linking " + library);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while linking " + library, e);
        }
        if (p.exitValue() != 0) throw new IOException("gcc -shared failed for " + library + ":\n" + out);
    }
}
