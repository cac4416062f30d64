package netc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import netc.bench.models.Comparison;
import netc.bench.models.Engine;
import netc.bench.models.NetcEngine;
import netc.bench.models.OrtEngine;
import netc.bench.models.Profiler;
import netc.bench.models.Table;
import netc.backend.onnx.ExportException;
import netc.backend.onnx.OnnxExporter;
import netc.ir.Lowering;
import netc.model.Network;
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
        "Time a network's generated Java, first call and steady state, against ONNX Runtime on the same weights in the same process:",
        "for each thread count and batch size, calls alternate between the two in blocks and the median call counts. Prints a",
        "Markdown table with the ratio netc/ORT and how far the two outputs differ. With --against onnxruntime, ORT runs the",
        "network as netc's own exporter writes it (netc export), on the same weights; --onnx FILE gives ORT another model instead."})
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Inputs inputs;

    static final class WeightsChoice {
        @Option(names = "--weights", paramLabel = "W.safetensors",
                description = "weights by layer name; default with --onnx: weights.safetensors beside the .onnx file, else --random-seed 1")
        Path weights;

        @Option(names = "--random-seed", paramLabel = "N", description = "deterministic random weights (for both engines, unless --onnx)")
        Long seed;
    }

    @ArgGroup(exclusive = true)
    WeightsChoice weights;

    @Option(names = "--onnx", paramLabel = "MODEL.onnx", description = "a model for ONNX Runtime instead of the exported one (same network, same weights)")
    Path onnx;

    @Option(names = "--against", paramLabel = "ENGINE", description = "onnxruntime (the default with --onnx) or none")
    String against;

    @Option(names = "--batch", split = ",", paramLabel = "N", description = "batch sizes (default: 1)")
    List<Integer> batches = new ArrayList<>(List.of(1));

    @Option(names = "--threads", split = ",", paramLabel = "T", description = "threads of netc's pool and ORT's intra-op pool (default: 2)")
    List<Integer> threads = new ArrayList<>(List.of(2));

    static final class Budget {
        @Option(names = "--iterations", paramLabel = "K", description = "timed calls per engine and configuration")
        Integer iterations;

        @Option(names = "--seconds", paramLabel = "S", description = "timed seconds per configuration, both engines (default: 10)")
        Double seconds;
    }

    @ArgGroup(exclusive = true)
    Budget budget;

    @Option(names = "--profile", description = "also time each layer of the generated model (an instrumented copy) and print the slowest")
    boolean profile;

    @Option(names = "--top", paramLabel = "N", description = "layers the profile lists (default: 15)")
    int top = 15;

    @Option(names = "--format", paramLabel = "FMT", description = "text (table with notes, the default) or md (the table only)")
    String format = "text";

    @Option(names = "-f", paramLabel = "no-PASS", description = "-fno-NAME switches a pass off (repeatable)")
    List<String> flags = new ArrayList<>();

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Set<String> disabled = CompileCommand.disabledPasses(flags, spec);
        if (!format.equals("text") && !format.equals("md")) throw usage("--format takes text or md");
        String engine = against != null ? against : onnx != null ? "onnxruntime" : "none";
        if (!engine.equals("onnxruntime") && !engine.equals("none")) throw usage("--against takes onnxruntime or none");
        boolean ort = engine.equals("onnxruntime");
        if (onnx != null && !Files.isRegularFile(onnx)) throw usage("no ONNX file " + onnx);
        Path weightsFile = weights != null ? weights.weights : null;
        Long seed = weights != null ? weights.seed : null;
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
        boolean text = format.equals("text");
        try {
            String loadBefore = Table.load();
            WeightSource w = weightsFile != null ? SafeTensors.open(weightsFile) : new RandomWeights(seed, Lowering.lower(net).parameters());
            NetcEngine netc = NetcEngine.compile(net, disabled, w);
            Path onnxFile = onnx;
            byte[] exported = ort && onnx == null ? OnnxExporter.bytes(net, w, OnnxExporter.DEFAULT_OPSET) : null;
            IntFunction<Engine> ortFor = !ort ? null : exported != null ? t -> OrtEngine.open(exported, t) : t -> OrtEngine.open(onnxFile, t);
            if (text) {
                out.printf(Locale.ROOT, "netc bench %s: input %s; netc (generated Java) %s%n", net.name(), net.input(),
                        ort ? "vs ONNX Runtime " + OrtEngine.version() + " (ORT_ENABLE_ALL, sequential, intra-op threads = threads) on "
                                + (exported != null ? "netc's export" : onnx) : "alone");
                out.println("machine load before: " + loadBefore);
            }
            out.print(Table.header(ort));
            out.flush();
            StringBuilder profiles = new StringBuilder();
            double[] ortLoad = {0};
            boolean[] mismatch = {false};
            Profiler[] profiler = {null}; // made after the first row, so that it cannot disturb the first calls
            Comparison.run(netc, netc.model().inputShape(), ortFor, new Comparison.Options(batches, threads, iterations, seconds, 42),
                    (row, x) -> {
                        out.print(Table.row(net.name(), row));
                        out.flush();
                        if (row.ort() != null) ortLoad[0] = row.ort().loadMs();
                        mismatch[0] |= !Table.agrees(row);
                        if (profile) {
                            if (profiler[0] == null) profiler[0] = Profiler.compile(net, disabled, w);
                            int calls = (int) Math.max(5, Math.min(200, 2000 / Math.max(row.netc().steadyMs(), 1e-3)));
                            var layers = profiler[0].profile(x, row.batch(), Math.max(3, calls / 2), calls);
                            profiles.append(String.format(Locale.ROOT, "%nprofile of %s, batch %d, %d thread%s (%d calls of an instrumented copy; %.2f ms per call):%n",
                                    net.name(), row.batch(), row.threads(), row.threads() == 1 ? "" : "s", calls,
                                    layers.stream().mapToDouble(Profiler.Layer::ms).sum()));
                            profiles.append(Profiler.report(layers, top));
                        }
                    });
            if (text) {
                out.println();
                out.println("steady: median of the timed calls after warm-up" + (ort ? ", netc and ORT alternating in blocks" : "")
                        + "; min: the fastest; first: the first call at that batch size");
                out.println("(JVM-cold only in the process's first row; later rows reuse JIT-compiled kernels)."
                        + (ort ? " max diff/scale: max |netc - ORT| / max |ORT|." : ""));
                out.println("load: netc " + Table.ms(netc.loadMs()) + " ms (IR, javac, weights)"
                        + (ort ? ", ONNX Runtime " + Table.ms(ortLoad[0]) + " ms (session)" : ""));
                out.println("machine load after: " + Table.load());
            }
            out.print(profiles);
            out.flush();
            if (mismatch[0]) {
                err.printf(Locale.ROOT, "netc: error: netc and ONNX Runtime disagree by more than %.0e of the output's scale: not the same network or weights?%n",
                        Table.AGREEMENT);
                err.flush();
                return Main.DIAGNOSTICS;
            }
            return Main.OK;
        } catch (WeightsException | Comparison.Mismatch | ExportException e) {
            err.println("netc: error: " + e.getMessage());
            err.flush();
            return Main.DIAGNOSTICS;
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
