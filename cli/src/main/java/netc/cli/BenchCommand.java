package netc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import netc.bench.models.Comparison;
import netc.bench.models.Engine;
import netc.bench.models.JsonReport;
import netc.bench.models.NetcEngine;
import netc.bench.models.OrtEngine;
import netc.bench.models.OrtProfile;
import netc.bench.models.Profiler;
import netc.bench.models.Settle;
import netc.bench.models.Table;
import netc.backend.onnx.ExportException;
import netc.backend.onnx.OnnxExporter;
import netc.backend.llvm.NativeBackend;
import netc.backend.llvm.UnsupportedOpException;
import netc.ir.Lowering;
import netc.model.Network;
import netc.runtime.Model;
import netc.runtime.io.RandomWeights;
import netc.runtime.io.SafeTensors;
import netc.runtime.io.WeightSource;
import netc.runtime.io.WeightsException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = {
        "Time a network's generated code (Java, native or both), first call and steady state, against ONNX Runtime on the same",
        "weights in the same process: for each thread count and batch size, calls alternate between the engines in blocks and the",
        "median call counts. Prints a Markdown table (or JSON) with the ratio netc/ORT and how far the outputs differ. With",
        "--against onnxruntime, ORT runs the network as netc's own exporter writes it (netc export), on the same weights;",
        "--onnx FILE gives ORT another model instead."})
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Inputs inputs;

    // default: with --onnx, weights.safetensors beside the .onnx file; else --random-seed 1
    @ArgGroup(exclusive = true)
    WeightsOption weights;

    @Option(names = "--onnx", paramLabel = "MODEL.onnx", description = "a model for ONNX Runtime instead of the exported one (same network, same weights)")
    Path onnx;

    @Option(names = "--against", paramLabel = "ENGINE", description = "onnxruntime (the default with --onnx) or none")
    String against;

    @Option(names = "--batch", split = ",", paramLabel = "N", description = "batch sizes (default: 1)")
    List<Integer> batches = new ArrayList<>(List.of(1));

    @Option(names = "--threads", split = ",", paramLabel = "T", description = "threads of netc's pool and ORT's intra-op pool (default: 2; native: 1 or 2)")
    List<Integer> threads = new ArrayList<>(List.of(2));

    @Option(names = "--target", split = ",", paramLabel = "TARGET", description = "java (the default), native (LLVM-compiled library called through FFM), or both: java,native")
    List<String> targets = new ArrayList<>(List.of("java"));

    @Option(names = "--cpu", paramLabel = "NAME", description = "native target: LLVM CPU name or 'native' (default x86-64-v3)")
    String cpu = NativeBackend.Options.DEFAULT.cpu();

    static final class Budget {
        @Option(names = "--iterations", paramLabel = "K", description = "timed calls per engine and configuration")
        Integer iterations;

        @Option(names = "--seconds", paramLabel = "S", description = "timed seconds per configuration, both engines (default: 10)")
        Double seconds;
    }

    @ArgGroup(exclusive = true)
    Budget budget;

    @Option(names = "--profile", description = "also time each layer (an instrumented copy of the generated Java or native library) and print the slowest")
    boolean profile;

    @Option(names = "--top", paramLabel = "N", description = "layers the profile lists (default: 15)")
    int top = 15;

    @Option(names = "--format", paramLabel = "FMT", description = "text (table with notes, the default), md (the table only) or json (rows and machine, see docs/cli.md)")
    String format = "text";

    @Option(names = "-f", paramLabel = "no-PASS", description = "-fno-NAME switches a pass off (repeatable)")
    List<String> flags = new ArrayList<>();

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Set<String> disabled = CompileCommand.disabledPasses(flags, spec);
        if (!format.equals("text") && !format.equals("md") && !format.equals("json")) throw usage("--format takes text, md or json");
        for (String t : targets) if (!t.equals("java") && !t.equals("native")) throw usage("--target takes java, native or java,native; not '" + t + "'");
        if (new LinkedHashSet<>(targets).size() != targets.size()) throw usage("--target lists " + String.join(",", targets) + ": each target once");
        boolean hasNative = targets.contains("native");
        if (hasNative) NativeOptions.checkCpu(spec, null, cpu);
        if (hasNative && threads.stream().anyMatch(t -> t > 2)) throw usage("the native target runs on 1 or 2 threads: --threads " + threads.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""));
        String engine = against != null ? against : onnx != null ? "onnxruntime" : "none";
        if (!engine.equals("onnxruntime") && !engine.equals("none")) throw usage("--against takes onnxruntime or none");
        boolean ort = engine.equals("onnxruntime");
        if (onnx != null && !Files.isRegularFile(onnx)) throw usage("no ONNX file " + onnx);
        Path weightsFile = WeightsOption.file(weights);
        Long seed = WeightsOption.seed(weights);
        if (onnx != null && seed != null) throw usage("ONNX Runtime has the .onnx file's weights: give netc the same ones with --weights, not --random-seed");
        if (onnx != null && weightsFile == null) {
            weightsFile = onnx.toAbsolutePath().resolveSibling("weights.safetensors");
            if (!Files.isRegularFile(weightsFile)) throw usage("give --weights: there is no " + weightsFile + " beside the ONNX file");
        }
        if (weightsFile == null && seed == null) seed = 1L;
        if (batches.stream().anyMatch(b -> b < 1) || threads.stream().anyMatch(t -> t < 1)) throw usage("batch sizes and thread counts must be at least 1");
        int iterations = budget != null && budget.iterations != null ? budget.iterations : 0;
        double seconds = budget != null && budget.seconds != null ? budget.seconds : 10;
        if ((budget != null && budget.iterations != null && iterations < 1) || seconds <= 0) throw usage("--iterations and --seconds must be positive");

        Network net = inputs.build(err);
        if (net == null) return Main.DIAGNOSTICS;
        boolean text = format.equals("text"), json = format.equals("json");
        try {
            double[] loadBefore = Table.loadAverages();
            String loadBeforeText = Table.load();
            WeightSource w = weightsFile != null ? SafeTensors.open(weightsFile) : new RandomWeights(seed, Lowering.lower(net).parameters());
            Map<String, Double> loads = new LinkedHashMap<>();
            List<Comparison.Target> chosen = new ArrayList<>();
            for (String t : targets) {
                if (t.equals("java")) {
                    NetcEngine java = NetcEngine.compile(net, disabled, w);
                    loads.put("java", java.loadMs());
                    chosen.add(new Comparison.Target("java", n -> java));
                } else {
                    // every library before the first line of output, so that a failed build leaves no half table
                    NativeBuilds builds = new NativeBuilds(net, disabled, cpu, w);
                    for (int n : threads) loads.put("native_threads_" + n, builds.engine(n).loadMs());
                    chosen.add(new Comparison.Target("native", builds::engine));
                }
            }
            Path onnxFile = onnx;
            byte[] exported = ort && onnx == null ? OnnxExporter.bytes(net, w, OnnxExporter.DEFAULT_OPSET) : null;
            IntFunction<Engine> ortFor = !ort ? null : exported != null ? t -> OrtEngine.open(exported, t) : t -> OrtEngine.open(onnxFile, t);
            String what = String.join(" and ", targets.stream().map(t -> t.equals("java") ? "generated Java" : "native, " + cpu).toList());
            if (text) {
                out.printf(Locale.ROOT, "netc bench %s: input %s; netc (%s) %s%n", net.name(), net.input(), what,
                        ort ? "vs ONNX Runtime " + OrtEngine.version() + " (ORT_ENABLE_ALL, sequential, intra-op threads = threads) on "
                                + (exported != null ? "netc's export" : onnx) : "alone");
                out.println("machine load before: " + loadBeforeText);
            }
            if (!json) out.print(Table.header(ort));
            out.flush();
            StringBuilder profiles = new StringBuilder();
            List<String> notes = new ArrayList<>();
            if (profile && hasNative) {
                notes.add("--profile (native): layer times are shares of an instrumented build's time stamp counter cycles; peak assumes"
                        + " the AVX2 kernels' " + NativeProfile.FLOPS_PER_CYCLE + " FLOP/cycle per thread at the counter's (nominal) clock");
            }
            Map<Integer, NativeProfile> nativeProfiles = new HashMap<>();
            Map<Integer, NativeProfile.Result> oneThread = new HashMap<>(); // by batch: the one-thread profile the two-thread one is compared with
            double[] ortLoad = {Double.NaN};
            boolean[] mismatch = {false};
            Profiler[] profiler = {null}; // made after the first row, so that it cannot disturb the first calls
            netc.ir.Graph[] lowered = {null};
            List<JsonReport.Profile> profileRecords = new ArrayList<>();
            List<Comparison.Row> rows = Comparison.run(chosen, java.util.Arrays.stream(net.input().dims()).mapToInt(Math::toIntExact).toArray(), ortFor, new Comparison.Options(batches, threads, iterations, seconds, 42),
                    (row, x) -> {
                        if (!json) {
                            out.print(Table.row(net.name(), row));
                            out.flush();
                        }
                        if (row.ort() != null) ortLoad[0] = row.ort().loadMs();
                        mismatch[0] |= !Table.agrees(row);
                        if (!profile) return;
                        int calls = (int) Math.max(5, Math.min(200, 2000 / Math.max(row.netc().steadyMs(), 1e-3)));
                        // ORT's profiled session runs as many calls, in blocks between netc's, so that both see the same load
                        OrtProfile.Session ortSession = row.ort() == null ? null : OrtProfile.open(prefix -> exported != null
                                ? OrtEngine.open(exported, row.threads(), prefix) : OrtEngine.open(onnxFile, row.threads(), prefix), x, row.batch());
                        int ortWarmup = Math.max(3, calls / 2), ortBlock = (calls + PROFILE_BLOCKS - 1) / PROFILE_BLOCKS;
                        // after ORT's block its pool spins on: wait for it, so that netc's next instrumented calls have the cores
                        Runnable between = ortSession == null ? () -> {} : () -> {
                            ortSession.run(ortBlock);
                            Settle.untilIdle();
                        };
                        List<Profiler.Layer> layers;
                        netc.ir.Graph graph;
                        double peak = 0, msPerCall;
                        OrtProfile op = null;
                        NativeProfile.Result nativeResult = null;
                        try {
                            if (ortSession != null) ortSession.run(ortWarmup);
                            if (row.target().equals("java")) {
                                if (profiler[0] == null) profiler[0] = Profiler.compile(net, disabled, w);
                                graph = profiler[0].graph();
                                layers = profiler[0].profile(x, row.batch(), Math.max(3, calls / 2), calls, PROFILE_BLOCKS, between);
                                msPerCall = layers.stream().mapToDouble(Profiler.Layer::ms).sum();
                            } else {
                                NativeProfile p = nativeProfiles.computeIfAbsent(row.threads(), t -> {
                                    try {
                                        return NativeProfile.build(net, disabled, cpu, w, t);
                                    } catch (IOException e) {
                                        throw new NativeBuilds.Failed("cannot build the instrumented native library: " + Inputs.reason(e), e);
                                    }
                                });
                                graph = p.graph();
                                NativeProfile.Result r = p.profile(x, row.batch(), Math.max(3, calls / 2), calls, PROFILE_BLOCKS, between);
                                nativeResult = r;
                                layers = r.layers();
                                peak = r.peakGflops();
                                msPerCall = r.msPerCall();
                                if (!json) profiles.append(NativeProfile.heading(net.name(), row.batch(), row.threads(), calls, r));
                            }
                            if (ortSession != null) op = ortSession.finish(ortWarmup);
                        } finally {
                            if (ortSession != null) ortSession.close();
                        }
                        OrtProfile.Attribution attribution = null;
                        if (op != null) {
                            if (lowered[0] == null) lowered[0] = Lowering.lower(net);
                            attribution = op.attribute(OrtProfile.layerOf(lowered[0], graph), layers.stream().map(Profiler.Layer::name).toList());
                        }
                        if (json) {
                            profileRecords.add(new JsonReport.Profile(row.target(), row.batch(), row.threads(), calls, msPerCall, peak, layers, attribution));
                            return;
                        }
                        if (row.target().equals("java")) {
                            profiles.append(String.format(Locale.ROOT, "%nprofile of %s (generated Java), batch %d, %d thread%s (%d calls of an instrumented copy; %.2f ms per call):%n",
                                    net.name(), row.batch(), row.threads(), row.threads() == 1 ? "" : "s", calls, msPerCall));
                        }
                        if (attribution != null) profiles.append(ortHeading(op, attribution));
                        profiles.append(Profiler.report(layers, top, peak, attribution == null ? null : attribution.layerMs()));
                        if (nativeResult != null) {
                            profiles.append(NativeProfile.callTimes(nativeResult));
                            if (row.threads() == 1) oneThread.put(row.batch(), nativeResult);
                            else {
                                // the two-thread build fuses more (separable convs, inverted residuals): a one-thread layer
                                // counts towards the two-thread layer its node went into
                                if (lowered[0] == null) lowered[0] = Lowering.lower(net);
                                profiles.append(NativeProfile.threadReport(nativeResult, oneThread.get(row.batch()), OrtProfile.layerOf(lowered[0], graph), top));
                            }
                        }
                    });
            if (ort) loads.put("onnxruntime", ortLoad[0]);
            if (json) {
                var machine = new JsonReport.Machine(Runtime.getRuntime().availableProcessors(), Runtime.version().toString(),
                        ort ? OrtEngine.version() : null, loadBefore, Table.loadAverages());
                out.print(JsonReport.write(net.name(), net.input().toString(), machine, loads, rows, notes, profileRecords));
            }
            if (text) {
                out.println();
                out.println("steady: median of the timed calls after warm-up" + (ort || chosen.size() > 1 ? ", engines alternating in blocks (each block after the process is idle)" : "")
                        + "; min: the fastest; first: the first call at that batch size");
                out.println("(JVM-cold only in the process's first row; later rows reuse JIT-compiled kernels; native calls need no JIT)."
                        + (ort ? " max diff/scale: max |netc - ORT| / max |ORT|." : ""));
                List<String> load = new ArrayList<>();
                if (loads.containsKey("java")) load.add("java " + Table.ms(loads.get("java")) + " ms (IR, javac, weights)");
                for (int t : threads) {
                    if (loads.containsKey("native_threads_" + t)) {
                        load.add("native (" + t + " thread" + (t == 1 ? "" : "s") + ") " + Table.ms(loads.get("native_threads_" + t)) + " ms (IR, LLVM + link, javac, weights)");
                    }
                }
                if (ort) load.add("ONNX Runtime " + Table.ms(ortLoad[0]) + " ms (session)");
                out.println("load: " + String.join(", ", load));
                out.println("machine load after: " + Table.load());
            }
            if (!json) {
                for (String note : notes) out.println("note: " + note);
                out.print(profiles);
            }
            out.flush();
            if (mismatch[0]) {
                err.printf(Locale.ROOT, "netc: error: netc and ONNX Runtime disagree by more than %.0e of the output's scale: not the same network or weights?%n",
                        Table.AGREEMENT);
                err.flush();
                return Main.DIAGNOSTICS;
            }
            return Main.OK;
        } catch (WeightsException | Comparison.Mismatch | ExportException | UnsupportedOpException | NativeBuilds.Failed e) {
            err.println("netc: error: " + e.getMessage());
            err.flush();
            return Main.DIAGNOSTICS;
        }
    }

    /** Blocks a profile's calls come in, ORT's profiled calls between them. */
    static final int PROFILE_BLOCKS = 10;

    /** What the ORT columns are and what they leave out: ORT's total, the mapped share, the nodes with no netc layer. */
    static String ortHeading(OrtProfile p, OrtProfile.Attribution a) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "ORT ms: ONNX Runtime's own per-node times (a separate profiled session, %d calls in blocks between netc's; %.2f ms per call in its nodes), mapped to"
                        + " netc's layers by the exporter's node names: %.2f ms mapped", p.calls(), p.totalMs(), a.mappedMs()));
        if (a.unmapped().isEmpty()) return s.append("; every ORT node maps to a layer\n").toString();
        s.append(String.format(Locale.ROOT, ", %.3f ms in ORT nodes without a netc layer:", a.unmappedMs()));
        a.unmapped().stream().sorted((u, v) -> Double.compare(v.ms(), u.ms())).limit(8)
                .forEach(t -> s.append(String.format(Locale.ROOT, " %s (%s) %.3f", t.name(), t.op(), t.ms())));
        if (a.unmapped().size() > 8) s.append(" and ").append(a.unmapped().size() - 8).append(" more");
        return s.append('\n').toString();
    }

    /**
     * The native target's libraries, one per thread count (the count is fixed when the code is generated), built when
     * first asked for. The load time is generation, LLVM, link, javac of the FFM class and the weights.
     */
    static final class NativeBuilds {
        /** LLVM or the linker failed, or the library could not be written. */
        static final class Failed extends RuntimeException {
            Failed(String message, Throwable cause) { super(message, cause); }
        }

        private final Network net;
        private final Set<String> disabled;
        private final String cpu;
        private final WeightSource weights;
        private final Map<Integer, NetcEngine> built = new HashMap<>();

        NativeBuilds(Network net, Set<String> disabled, String cpu, WeightSource weights) {
            this.net = net;
            this.disabled = disabled;
            this.cpu = cpu;
            this.weights = weights;
        }

        NetcEngine engine(int threads) {
            return built.computeIfAbsent(threads, t -> {
                long t0 = System.nanoTime();
                NativeBackend.Generated gen = NativeBackend.generate(net, disabled, "netc.generated", null, t);
                try {
                    Model m = NativeLoad.instantiate(gen, cpu, weights);
                    return new NetcEngine(m, (System.nanoTime() - t0) / 1e6);
                } catch (IOException e) {
                    throw new Failed("cannot build the native library: " + Inputs.reason(e), e);
                }
            });
        }

    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
