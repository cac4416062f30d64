package netc.it;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import netc.backend.llvm.NativeBackend;
import netc.ir.Graph;
import netc.ir.Node;
import netc.ir.Op;
import netc.model.Network;
import netc.runtime.Model;
import netc.runtime.io.RandomWeights;

/**
 * Not a test: per-layer time of a stdlib network's native code at batch 1, from the cycle counters an instrumented
 * build keeps ({@code -Dnetc.native.profile=true}, read through {@code PREFIX_profile()}). Each layer's figure is its
 * fastest of N calls, which on a shared machine is steadier than a mean; the counter's rate is calibrated against
 * the calls' wall times. Prints totals per kind of layer (depthwise and 1x1 convs apart) and the slowest layers
 * with GFLOP/s. {@code java --enable-native-access=ALL-UNNAMED -Dnetc.native.profile=true -cp ...
 * netc.it.NativeLayerProfile mobilenet_v2 [threads] [calls] [top]} (or a path to a .net file for the network)
 */
public final class NativeLayerProfile {
    public static void main(String[] args) throws Throwable {
        if (!Boolean.getBoolean("netc.native.profile")) throw new IllegalStateException("run with -Dnetc.native.profile=true");
        String model = args[0];
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2, calls = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int top = args.length > 3 ? Integer.parseInt(args[3]) : 25;
        Network net = Reference.build(model.endsWith(".net") ? model : "stdlib:" + model, List.of(), null);
        var gen = NativeBackend.generate(net, Set.of(), "profile", null, threads);
        Path dir = Files.createTempDirectory("netc-profile");
        Model m = (Model) NativeBackend.instantiate(gen, NativeBackend.Options.DEFAULT, dir, new RandomWeights(1, gen.graph().parameters()));
        float[] x = new float[(int) net.input().elements()];
        for (int i = 0; i < x.length; i++) x[i] = (float) Math.sin(i * 0.01);
        for (int i = 0; i < 20; i++) m.forward(x, 1);
        Path lib;
        try (Stream<Path> s = Files.walk(dir)) {
            lib = s.filter(p -> p.toString().endsWith(".so")).findFirst().orElseThrow();
        }
        // the same file as the model's: dlopen gives the loaded library, so these are the counters its calls bump
        MethodHandle profile = Linker.nativeLinker().downcallHandle(SymbolLookup.libraryLookup(lib, Arena.global())
                .find(gen.symbolPrefix() + "_profile").orElseThrow(), FunctionDescriptor.of(ValueLayout.ADDRESS));
        Graph g = gen.graph();
        int nodes = g.nodes().size();
        MemorySegment counters = ((MemorySegment) profile.invokeExact()).reinterpret(8L * nodes);
        long[] best = new long[nodes], prev = counters.toArray(ValueLayout.JAVA_LONG), wall = new long[calls];
        Arrays.fill(best, Long.MAX_VALUE);
        double perUs = 0; // counter ticks per microsecond: a call's ticks are at most its wall time's, so the largest ratio is the closest
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            m.forward(x, 1);
            wall[i] = System.nanoTime() - t;
            long[] now = counters.toArray(ValueLayout.JAVA_LONG);
            long sum = 0;
            for (int k = 0; k < nodes; k++) {
                best[k] = Math.min(best[k], now[k] - prev[k]);
                sum += now[k] - prev[k];
            }
            perUs = Math.max(perUs, sum / (wall[i] / 1e3));
            prev = now;
        }
        Arrays.sort(wall);
        double sumBest = Arrays.stream(best).sum() / perUs;
        System.out.printf(Locale.ROOT, "%s native, %d thread(s), %d calls: median call %.3f ms, fastest %.3f ms, sum of each layer's fastest %.3f ms (counter %.0f MHz)%n",
                model, threads, calls, wall[calls / 2] / 1e6, wall[0] / 1e6, sumBest / 1e3, perUs);
        Map<String, double[]> kinds = new TreeMap<>();
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            Node n = g.nodes().get(i);
            double us = best[i] / perUs;
            long[] in = g.tensor(n.inputs().get(0)).dims();
            long out = g.tensor(n.output()).elements();
            String kind = n.op() instanceof Op.Conv c
                    ? (c.groups() > 1 && c.groups() == in[0] ? "dwconv" : c.kh() * c.kw() == 1 ? "conv1x1" : "conv") + " s" + c.sw()
                    : n.op().kind();
            double flops = n.op() instanceof Op.Conv c ? 2.0 * out * (in[0] / c.groups()) * c.kh() * c.kw() : 0;
            kinds.computeIfAbsent(kind, k -> new double[2])[0] += us;
            kinds.get(kind)[1]++;
            rows.add(new String[] {String.format(Locale.ROOT, "%10.1f", us), String.format(Locale.ROOT, "%-28s %-12s %-14s -> %-14s %8.1f us %s",
                    n.name(), kind, g.tensor(n.inputs().get(0)).shape(), g.tensor(n.output()).shape(), us,
                    flops > 0 ? String.format(Locale.ROOT, "%6.1f GFLOP/s", flops / us / 1e3) : "")});
        }
        kinds.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-14s %4d layers %9.1f us %5.1f%%%n", k, (int) v[1], v[0], 100 * v[0] / sumBest));
        rows.sort(Comparator.comparing((String[] r) -> Double.parseDouble(r[0].trim())).reversed());
        rows.stream().limit(top).forEach(r -> System.out.println("  " + r[1]));
    }
}
