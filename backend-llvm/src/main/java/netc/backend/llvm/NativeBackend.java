package netc.backend.llvm;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import netc.backend.java.InMemoryJavac;
import netc.backend.java.JavaEmitter;
import netc.ir.Graph;
import netc.ir.Lowering;
import netc.ir.Target;
import netc.model.Network;
import netc.passes.MemoryPlan;
import netc.passes.Pipeline;
import netc.passes.PlanMemory;

/**
 * The native backend end to end: network -> optimised IR (the Java backend's passes) -> memory plan -> LLVM IR
 * -> object (LLVM, O3, for a CPU) -> shared library (gcc), plus a C header and a Java class over the FFM API.
 *
 * <p>ABI of {@code libnetc_NAME.so}: {@code void netc_NAME_forward(const float *weights, const float *input,
 * float *arena, int64_t n, float **outs)} runs n images; {@code netc_NAME_weight_floats()},
 * {@code netc_NAME_arena_floats()} (per image) and {@code netc_NAME_input_floats()} give the buffer sizes, which
 * the header also has as constants. The weights are prepared once (batch norms folded) into one buffer laid out
 * by {@link WeightLayout}.
 *
 * <p>Every pass of the pipeline runs as it does for the Java backend: the fused separable and pointwise-chain nodes
 * have native kernels (SeparableKernels, PointwiseChainKernels). {@link #NOT_YET} lists the passes whose fused ops
 * would have none (none today).
 */
public final class NativeBackend {
    /** Passes whose fused ops have no native kernel yet; switched off for this target. */
    public static final Set<String> NOT_YET = Set.of();

    /**
     * Counters per node of an instrumented two-thread library's {@code PREFIX_thread_profile()}, in order: cycles from
     * posting the worker's share to the end of the calling thread's share, the worker's busy cycles, the worker's start
     * delay after the post, the calling thread's wait at the join, calls that ran the node on two threads, and futex
     * wake-ups of a parked worker.
     */
    public static final int THREAD_SLOTS = ModuleEmitter.THREAD_SLOTS;

    private NativeBackend() {}

    /**
     * Whether pass nchwc runs by default ({@code -Dnetc.native.nchwc=true|false} overrides), on one thread and on
     * two. Alternating whole-network calls: one thread mobilenet_v2 0.96-0.98 (median of pairs), mnasnet1_0 0.95,
     * mobilenet_v3_large 0.97 (load 1-4); two threads, once fuse_separable left the 14x14 stage apart (so the chain
     * runs from features.7 to the pool), mobilenet_v2 0.96-0.97 (its A/A run 1.004-1.013), mnasnet1_0 0.95-0.96,
     * mobilenet_v1 0.98-0.99, the rest even; before, with only the 7x7 chain, mobilenet_v2 within the noise.
     */
    static final boolean NCHWC_BY_DEFAULT = true;

    /** Compiler options: the LLVM CPU ({@code x86-64-v3} by default, {@code native} for this machine) and target triple (null: x86-64 Linux). */
    public record Options(String cpu, String triple) {
        public static final Options DEFAULT = new Options(LlvmToolchain.DEFAULT_CPU, null);
    }

    /** What the backend generated for one network, before LLVM runs. */
    public record Generated(Graph graph, MemoryPlan plan, long weightFloats, java.util.List<String> weightTable, long arenaFloats, String symbolPrefix, String llvmIr, String header, JavaFile javaFile) {
        public String qualifiedName() { return javaFile.packageName().isEmpty() ? javaFile.typeSpec().name() : javaFile.packageName() + "." + javaFile.typeSpec().name(); }
        public String libraryFile() { return "lib" + symbolPrefix + ".so"; }
        public String headerFile() { return symbolPrefix + ".h"; }
        public String weightsFile() { return symbolPrefix + ".weights"; }
    }

    /** Lowers, optimises and emits; throws {@link UnsupportedOpException} for a node with no native kernel. */
    public static Generated generate(Network net, Set<String> disabledPasses, String packageName, String className) {
        return generate(net, disabledPasses, packageName, className, 1);
    }

    /**
     * As above, with the big conv and dense layers split over {@code threads} (1 or 2) threads: the library starts
     * one worker thread on its first call and posts it half of each big layer (it spins briefly between layers, then
     * sleeps on a futex). One is the default: on a loaded machine waiting for the second thread to be scheduled can
     * cost more than it gains.
     */
    public static Generated generate(Network net, Set<String> disabledPasses, String packageName, String className, int threads) {
        return generate(net, disabledPasses, packageName, className, threads, false);
    }

    /**
     * As above; {@code profile} builds an instrumented library: {@code int64_t *PREFIX_profile(void)} returns the
     * time stamp counter cycles spent in each node's kernel (indexed by node), summed over the calls (see
     * {@code NativeModel.layerCycles}).
     */
    public static Generated generate(Network net, Set<String> disabledPasses, String packageName, String className, int threads, boolean profile) {
        if (threads < 1 || threads > 2) throw new IllegalArgumentException("threads must be 1 or 2, got " + threads);
        // the kernel plans' target: x86-64-v3, with the -Dnetc.native.* knobs as its options (to force a decision); the
        // emitter reads the same target, so that every choice is in the plans or in it
        Target target = Target.x86_64_v3(threads, Target.optionsFromProperties("netc.native."));
        Set<String> off = passSwitches(disabledPasses, target);
        Graph g = Pipeline.run(Lowering.lower(net), off, target);
        MemoryPlan plan = off.contains(Pipeline.PLAN_MEMORY) ? PlanMemory.unplanned(g) : PlanMemory.run(g);
        String prefix = symbolPrefix(net.name());
        WeightLayout weights = WeightLayout.of(g);
        String ir = ModuleEmitter.emit(g, plan, weights, prefix, target, profile);
        String cls = className != null ? className : JavaEmitter.className(net.name());
        return new Generated(g, plan, weights.floats(), weights.table(), ModuleEmitter.arenaFloats(g, plan, target), prefix, ir, HeaderEmitter.emit(g, plan, weights, prefix, target),
                FfmClassEmitter.emit(g, plan, weights, prefix, target, "lib" + prefix + ".so", packageName, cls));
    }

    /**
     * The pipeline's switch set for the native target: the user's (-fno-NAME, -fNAME), {@link #NOT_YET}, and the
     * fusions this target runs by default. fuse_separable is off by default (the Java backend's fused kernel ran
     * slower), but SeparableKernels on two threads measured 4-8% faster on mobilenet_v2 (quiet machine, alternating
     * runs); on one thread it was even: target option {@code fuseSeparable=true|false} overrides,
     * -fno-fuse_separable switches it off. fuse_inverted_residual extends the fused separable node by its expand 1x1:
     * on wherever fuse_separable is, unless {@code invertedResidual=false} (or -fno-fuse_inverted_residual); {@code =true}
     * also switches fuse_separable on. Both options come as {@code -Dnetc.native.NAME} through the target, so that
     * {@code --emit ir} shows the graph the backend compiles.
     */
    public static Set<String> passSwitches(Set<String> disabledPasses, Target target) {
        Set<String> off = new HashSet<>(disabledPasses);
        off.addAll(NOT_YET);
        String fuse = target.options().get("fuseSeparable"), inverted = target.options().get("invertedResidual");
        boolean separable = fuse != null ? Boolean.parseBoolean(fuse) : target.threads() == 2 || "true".equals(inverted);
        if (separable && !off.contains("fuse_separable")) off.add(Pipeline.on("fuse_separable"));
        if (separable && !"false".equals(inverted) && !off.contains("fuse_inverted_residual")) off.add(Pipeline.on("fuse_inverted_residual"));
        // nchwc gives chains of small-plane layers the blocked layout NCHWc8: -Dnetc.native.nchwc=true|false, -fno-nchwc
        String blocked = target.options().get("nchwc");
        boolean nchwc = blocked != null ? Boolean.parseBoolean(blocked) : NCHWC_BY_DEFAULT;
        if (nchwc && !off.contains("nchwc")) off.add(Pipeline.on("nchwc"));
        // the head fusion needs the blocked 1x1: on with nchwc, unless -fno-fuse_conv_pool_dense or -Dnetc.native.convPoolDense=false
        if (nchwc && !target.off("convPoolDense") && !off.contains("fuse_conv_pool_dense")) off.add(Pipeline.on("fuse_conv_pool_dense"));
        return off;
    }

    /** {@code mobilenet_v2} -> {@code netc_mobilenet_v2}. */
    static String symbolPrefix(String network) {
        return "netc_" + network.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    /**
     * Builds the library and writes every file under {@code dir}: the Java class and the library in the package's
     * directory (so the class finds the library on the classpath), the header and the LLVM IR at the top.
     * Returns the files written. Nothing is left half-written: all go to a staging directory first.
     */
    public static Map<String, Path> write(Generated gen, Options options, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path stage = Files.createTempDirectory(dir, ".netc-native-");
        try {
            String pkgDir = gen.javaFile().packageName().replace('.', '/');
            Path object = stage.resolve(gen.symbolPrefix() + ".o");
            boolean library = options.triple() == null || options.triple().startsWith("x86_64");
            // A library is linked from parts compiled in parallel; an object for another machine stays one module.
            List<Path> objects = library ? LlvmToolchain.compileInParts(gen.llvmIr(), gen.symbolPrefix(), options.triple(), options.cpu(), stage, gen.symbolPrefix())
                    : List.of(object);
            if (!library) LlvmToolchain.compile(gen.llvmIr(), gen.symbolPrefix(), options.triple(), options.cpu(), object);
            Map<String, Path> files = new LinkedHashMap<>();
            files.put("java", Path.of(gen.qualifiedName().replace('.', '/') + ".java"));
            files.put("header", Path.of(gen.headerFile()));
            files.put("llvm-ir", Path.of(gen.symbolPrefix() + ".ll"));
            Path lib = pkgDir.isEmpty() ? Path.of(gen.libraryFile()) : Path.of(pkgDir, gen.libraryFile());
            if (library) {
                LlvmToolchain.link(objects, stage.resolve("lib.so"));
                files.put("library", lib);
            } else {
                files.put("object", lib.resolveSibling(gen.symbolPrefix() + ".o")); // another machine: its linker's job
            }
            Files.writeString(stage.resolve("java"), gen.javaFile().toString());
            Files.writeString(stage.resolve("header"), gen.header());
            Files.writeString(stage.resolve("llvm-ir"), gen.llvmIr());
            Map<String, Path> written = new LinkedHashMap<>();
            for (var e : files.entrySet()) {
                Path from = switch (e.getKey()) {
                    case "library" -> stage.resolve("lib.so");
                    case "object" -> object;
                    default -> stage.resolve(e.getKey());
                };
                Path to = dir.resolve(e.getValue());
                if (to.getParent() != null) Files.createDirectories(to.getParent());
                Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                written.put(e.getKey(), to);
            }
            return written;
        } finally {
            try (Stream<Path> s = Files.walk(stage)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Builds the library into {@code dir}, compiles the Java class in memory and constructs it from a weight source
     * (a {@code netc.runtime.io.WeightSource}, typed Object so the compiler does not depend on the runtime).
     */
    public static Object instantiate(Generated gen, Options options, Path dir, Object weights) throws IOException {
        return load(gen, write(gen, options, dir), weights);
    }

    /** As {@link #instantiate}, from the files {@link #write} wrote (so that builds can run ahead of their use). */
    public static Object load(Generated gen, Map<String, Path> files, Object weights) {
        ClassLoader loader = InMemoryJavac.compile(Map.of(gen.qualifiedName(), gen.javaFile().toString()));
        try {
            Class<?> cls = loader.loadClass(gen.qualifiedName());
            Class<?> source = loader.loadClass("netc.runtime.io.WeightSource");
            return cls.getConstructor(source, Path.class).newInstance(weights, files.get("library").getParent() == null
                    ? Path.of(".") : files.get("library").getParent());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the generated model: " + e, e);
        }
    }
}
