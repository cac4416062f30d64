package netc.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import netc.backend.llvm.NativeBackend;
import netc.bench.models.Profiler;
import netc.ir.Graph;
import netc.ir.Node;
import netc.model.Network;
import netc.runtime.ffm.NativeModel;
import netc.runtime.io.WeightSource;

/**
 * Per-layer time of the native target: a second, instrumented build of the library (each node's kernel between two
 * reads of the time stamp counter, summed per node), so the timed library stays uninstrumented. A layer's time is
 * its share of the counted cycles times the measured time per call; the time stamp counter's rate (cycles over wall
 * time) gives the peak: {@link #FLOPS_PER_CYCLE} per thread, the kernels' two 8-lane FMAs per cycle.
 */
final class NativeProfile {
    /** Two FMA units of 8 float lanes, 2 FLOPs each: what the AVX2 kernels can reach per cycle and thread. */
    static final int FLOPS_PER_CYCLE = 32;

    /** The layers in execution order, and the peak GFLOP/s the shares are of. */
    record Result(List<Profiler.Layer> layers, double ghz, double peakGflops, double msPerCall) {}

    private final Graph graph;
    private final NativeModel model;
    private final int threads;

    private NativeProfile(Graph graph, NativeModel model, int threads) {
        this.graph = graph;
        this.model = model;
        this.threads = threads;
    }

    static NativeProfile build(Network net, Set<String> disabled, String cpu, WeightSource w, int threads) throws IOException {
        NativeBackend.Generated gen = NativeBackend.generate(net, disabled, "netc.generated", null, threads, true);
        return new NativeProfile(gen.graph(), (NativeModel) NativeLoad.instantiate(gen, cpu, w), threads);
    }

    Graph graph() { return graph; }

    /**
     * The calls in {@code blocks} blocks with {@code between} after each (e.g. ORT's profiled calls, so that both
     * see the same load); only the blocks' own wall time counts.
     */
    Result profile(float[] x, int n, int warmup, int calls, int blocks, Runnable between) {
        int nodes = graph.nodes().size();
        for (int i = 0; i < warmup; i++) model.forward(x, n);
        model.layerCycles(nodes, true);
        double wallNs = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            model.forward(x, n);
            if ((i + 1) % Math.max(1, calls / blocks) == 0 || i == calls - 1) {
                wallNs += System.nanoTime() - t0;
                between.run();
                t0 = System.nanoTime();
            }
        }
        long[] cycles = model.layerCycles(nodes, true);
        double total = 0;
        for (long c : cycles) total += c;
        double msPerCall = wallNs / 1e6 / calls, ghz = total / wallNs;
        List<Profiler.Layer> layers = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            Node node = graph.nodes().get(i);
            if (node.op() instanceof netc.ir.Op.Reshape) continue; // a view: no kernel
            double ms = total == 0 ? 0 : msPerCall * cycles[i] / total;
            layers.add(new Profiler.Layer(node.name(), Profiler.label(graph, node), graph.tensor(node.output()).shape(),
                    n * Profiler.macs(graph, node), ms));
        }
        return new Result(layers, ghz, FLOPS_PER_CYCLE * ghz * threads, msPerCall);
    }

    /** The profile's heading line, as BenchCommand prints it above the tables. */
    static String heading(String network, int batch, int threads, int calls, Result r) {
        return String.format(Locale.ROOT, "%nprofile of %s (native), batch %d, %d thread%s (%d calls of an instrumented build; %.2f ms per call;"
                        + " peak %.0f GFLOP/s = %d FLOP/cycle x %.2f GHz time stamp counter x %d thread%s):%n",
                network, batch, threads, threads == 1 ? "" : "s", calls, r.msPerCall(), r.peakGflops(), FLOPS_PER_CYCLE, r.ghz(), threads,
                threads == 1 ? "" : "s");
    }
}
