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

    /**
     * The layers in execution order, and the peak GFLOP/s the shares are of; each call's wall time (ms, in order);
     * for two threads, each layer's thread counters (null for one thread or a layer on one thread).
     */
    record Result(List<Profiler.Layer> layers, double ghz, double peakGflops, double msPerCall, double[] callMs, List<Split> splits) {}

    /**
     * A two-thread layer's average per call, in ms: the calling thread from the post to the end of its share, the
     * worker's busy time, the worker's start delay after the post, the calling thread's wait at the join; and the
     * share of calls that had to wake a parked worker.
     */
    record Split(double mine, double worker, double delay, double join, double parkedWakes) {}

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
        model.threadCycles(nodes, NativeBackend.THREAD_SLOTS, true);
        double[] callMs = new double[calls];
        double wallNs = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            long c0 = System.nanoTime();
            model.forward(x, n);
            callMs[i] = (System.nanoTime() - c0) / 1e6;
            if ((i + 1) % Math.max(1, calls / blocks) == 0 || i == calls - 1) {
                wallNs += System.nanoTime() - t0;
                between.run();
                t0 = System.nanoTime();
            }
        }
        long[] cycles = model.layerCycles(nodes, true);
        long[] split = model.threadCycles(nodes, NativeBackend.THREAD_SLOTS, true);
        double total = 0;
        for (long c : cycles) total += c;
        double msPerCall = wallNs / 1e6 / calls, ghz = total / wallNs;
        List<Profiler.Layer> layers = new ArrayList<>();
        List<Split> splits = new ArrayList<>();
        double msPerCycle = total == 0 ? 0 : msPerCall / total;
        for (int i = 0; i < nodes; i++) {
            Node node = graph.nodes().get(i);
            if (node.op() instanceof netc.ir.Op.Reshape) continue; // a view: no kernel
            layers.add(new Profiler.Layer(node.name(), Profiler.label(graph, node), graph.tensor(node.output()).shape(),
                    n * Profiler.macs(graph, node), msPerCycle * cycles[i]));
            int at = NativeBackend.THREAD_SLOTS * i;
            splits.add(split == null || split[at + 4] == 0 ? null : new Split(msPerCycle * split[at], msPerCycle * split[at + 1],
                    msPerCycle * split[at + 2], msPerCycle * split[at + 3], (double) split[at + 5] / split[at + 4]));
        }
        return new Result(layers, ghz, FLOPS_PER_CYCLE * ghz * threads, msPerCall, callMs, splits);
    }

    /**
     * The distribution of the instrumented build's per-call wall times: a bimodal one means some calls lose the
     * worker (parked, or descheduled on a shared machine) for part of the call.
     */
    static String callTimes(Result r) {
        double[] ms = r.callMs().clone();
        java.util.Arrays.sort(ms);
        int k = ms.length;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%nper-call wall ms (%d calls): min %.2f, p10 %.2f, median %.2f, p90 %.2f, max %.2f%n",
                k, ms[0], ms[k / 10], ms[k / 2], ms[Math.min(k - 1, k * 9 / 10)], ms[k - 1]));
        int bins = 10;
        double lo = ms[0], width = Math.max(1e-9, (ms[k - 1] - lo) / bins);
        int[] count = new int[bins];
        for (double v : ms) count[Math.min(bins - 1, (int) ((v - lo) / width))]++;
        for (int b = 0; b < bins; b++) {
            sb.append(String.format(Locale.ROOT, "  %7.2f-%7.2f ms %4d %s%n", lo + b * width, lo + (b + 1) * width, count[b],
                    "#".repeat((int) Math.ceil(40.0 * count[b] / k))));
        }
        return sb.toString();
    }

    /**
     * Where two threads' time goes, per op and for the slowest two-thread layers: the layer's wall time; the calling
     * thread's share (from the post) and the worker's busy time; the worker's start delay (handoff latency); the
     * calling thread's wait at the join (imbalance plus delay); and, given the one-thread profile {@code one} (or
     * null), the one-thread time and {@code busy / 1T}, the two threads' busy time over the one-thread time: above 1
     * each thread runs slower than alone (shared memory bandwidth or L3, or a lower clock). {@code twoLayerOf} maps
     * the unfused graph's node names to the two-thread build's layers, so that a one-thread layer counts towards the
     * fused two-thread layer it went into.
     */
    static String threadReport(Result two, Result one, java.util.Map<String, String> twoLayerOf, int top) {
        java.util.Map<String, double[]> byOp = new java.util.LinkedHashMap<>(); // wall, mine, worker, delay, join, parked, 1T, count
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < two.layers().size(); i++) {
            Split s = two.splits().get(i);
            if (s == null) continue;
            rows.add(i);
            double[] a = byOp.computeIfAbsent(two.layers().get(i).op(), k -> new double[8]);
            double[] r = row(two, one, twoLayerOf, i);
            for (int k = 0; k < 7; k++) a[k] += r[k];
            a[7]++;
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%nthreads of %s: layers run on two threads, ms per call (delay and join in us per layer call;"
                + " parked: share of calls that woke a sleeping worker):%n", "the instrumented build"));
        String head = "| %s | wall ms | 1T ms | speedup | caller ms | worker ms | busy/1T | delay us | join us | parked |%n|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|%n";
        sb.append(String.format(Locale.ROOT, "%n" + head, "op (layers)"));
        byOp.entrySet().stream().sorted(java.util.Comparator.comparingDouble((java.util.Map.Entry<String, double[]> e) -> -e.getValue()[0]))
                .forEach(e -> sb.append(line(e.getKey() + " (" + (int) e.getValue()[7] + ")", e.getValue(), (int) e.getValue()[7])));
        sb.append(String.format(Locale.ROOT, "%n" + head, "layer"));
        rows.stream().sorted(java.util.Comparator.comparingDouble(i -> -two.layers().get(i).ms())).limit(top)
                .forEach(i -> sb.append(line(two.layers().get(i).name() + " " + two.layers().get(i).op() + " " + two.layers().get(i).output(), row(two, one, twoLayerOf, i), 1)));
        return sb.toString();
    }

    /** Layer i's wall, caller, worker, delay, join, parked share and one-thread ms. */
    private static double[] row(Result two, Result one, java.util.Map<String, String> twoLayerOf, int i) {
        Split s = two.splits().get(i);
        double single = Double.NaN; // the one-thread build's layers that went into this one (fusions for two threads)
        String name = two.layers().get(i).name();
        if (one != null) {
            for (Profiler.Layer l : one.layers()) {
                if (!twoLayerOf.getOrDefault(l.name(), l.name()).equals(name)) continue;
                single = Double.isNaN(single) ? l.ms() : single + l.ms();
            }
        }
        return new double[] {two.layers().get(i).ms(), s.mine(), s.worker(), s.delay(), s.join(), s.parkedWakes(), single};
    }

    private static String line(String what, double[] a, int layers) {
        boolean known = !Double.isNaN(a[6]);
        return String.format(Locale.ROOT, "| %s | %.3f | %s | %s | %.3f | %.3f | %s | %.1f | %.1f | %.2f |%n", what, a[0],
                known ? String.format(Locale.ROOT, "%.3f", a[6]) : "", known ? String.format(Locale.ROOT, "%.2f", a[6] / a[0]) : "", a[1], a[2],
                known ? String.format(Locale.ROOT, "%.2f", (a[1] + a[2]) / a[6]) : "", 1000 * a[3] / layers, 1000 * a[4] / layers, a[5] / layers);
    }

    /** The profile's heading line, as BenchCommand prints it above the tables. */
    static String heading(String network, int batch, int threads, int calls, Result r) {
        return String.format(Locale.ROOT, "%nprofile of %s (native), batch %d, %d thread%s (%d calls of an instrumented build; %.2f ms per call;"
                        + " peak %.0f GFLOP/s = %d FLOP/cycle x %.2f GHz time stamp counter x %d thread%s):%n",
                network, batch, threads, threads == 1 ? "" : "s", calls, r.msPerCall(), r.peakGflops(), FLOPS_PER_CYCLE, r.ghz(), threads,
                threads == 1 ? "" : "s");
    }
}
