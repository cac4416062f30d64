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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import netc.backend.llvm.NativeBackend;
import netc.ir.Graph;
import netc.ir.Op;
import netc.model.Network;
import netc.runtime.Model;
import netc.runtime.io.RandomWeights;

/**
 * Not a test: {@link NativeLayerProfile}'s per-layer minima for two instrumented builds of a network called
 * alternately in one process, A with the default kernels and B with the system properties given, so that a layer's
 * change is seen apart from the rest of the network and a shared machine's load hits both builds alike. Prints each
 * changed layer's fastest call in A and B ({@code -Dab.stat=median}: its median call) and the ratio, slowest first, and the sums; layers are matched by name, a layer
 * only B has (a reorder of pass nchwc) shows with A at 0; {@code threads=N} gives B another thread count. {@code java
 * --enable-native-access=ALL-UNNAMED -cp ... netc.it.NativeLayerAB k=v[,k=v] threads calls spec [top]} (a spec as
 * {@link NativeKernelAB}'s).
 */
public final class NativeLayerAB {
    public static void main(String[] args) throws Throwable {
        System.setProperty("netc.native.profile", "true");
        Map<String, String> props = NativeKernelAB.properties(args[0]);
        int threads = Integer.parseInt(args[1]), calls = Integer.parseInt(args[2]), top = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        String spec = args[3], target = spec;
        Path dir = Files.createTempDirectory("netc-layer-ab");
        if (!spec.startsWith("stdlib:")) {
            Path f = dir.resolve("ab.net");
            Files.writeString(f, "network ab(input: " + spec.substring(0, spec.indexOf(':')) + ") {\n  " + spec.substring(spec.indexOf(':') + 1) + "\n}\n");
            target = f.toString();
        }
        Network net = Reference.build(target, List.of(), null);
        Build a = build(net, threads, Map.of(), dir.resolve("a")), b = build(net, Integer.parseInt(props.getOrDefault("threads", "" + threads)), props, dir.resolve("b"));
        float[] x = new float[(int) net.input().elements()];
        for (int i = 0; i < x.length; i++) x[i] = (float) Math.sin(i * 0.01);
        for (int i = 0; i < 10; i++) { a.call(x); b.call(x); }
        a.reset();
        b.reset();
        for (int i = 0; i < calls; i++) {
            if (i % 2 == 0) { a.call(x); b.call(x); } else { b.call(x); a.call(x); }
        }
        // layers are matched by name: B's graph may differ (pass nchwc adds reorders, which show with A at 0)
        Graph g = a.graph;
        Map<String, Integer> inA = new java.util.HashMap<>();
        for (int k = 0; k < g.nodes().size(); k++) inA.put(g.nodes().get(k).name(), k);
        List<Integer> rowsOfB = new ArrayList<>();
        Map<Integer, Integer> bOf = new java.util.HashMap<>();
        for (int k = 0; k < b.graph.nodes().size(); k++) {
            Integer ka = inA.get(b.graph.nodes().get(k).name());
            if (ka != null) bOf.put(ka, k);
            else rowsOfB.add(k);
        }
        double ta = 0, tb = 0;
        List<String[]> rows = new ArrayList<>();
        int rowsA = g.nodes().size();
        for (int r = 0; r < rowsA + rowsOfB.size(); r++) {
            int k = r < rowsA ? r : -1, kb = r < rowsA ? bOf.getOrDefault(r, -1) : rowsOfB.get(r - rowsA);
            double ua = k < 0 ? 0 : a.time(k), ub = kb < 0 ? 0 : b.time(kb);
            ta += ua;
            tb += ub;
            var n = k >= 0 ? g.nodes().get(k) : b.graph.nodes().get(kb);
            // the plan and shape shown are B's (its layout's) where B has the layer
            Graph gn = kb >= 0 ? b.graph : g;
            if (kb >= 0) n = b.graph.nodes().get(kb);
            String plan = n.plan().label();
            rows.add(new String[] {String.format(Locale.ROOT, "%12.1f", Math.max(ua, ub)), String.format(Locale.ROOT, "  %-24s %-9s %-21s A %8.1f us  B %8.1f us  B/A %.3f  %s",
                    n.name(), n.op() instanceof Op.Conv c ? "conv" + c.kh() + "x" + c.kw() + "/" + c.sw() : n.op().kind(), gn.tensor(n.output()).shape() + " " + gn.tensor(n.output()).layout().label(), ua, ub,
                    ua > 0 ? ub / ua : 1, plan.length() > 60 ? plan.substring(0, 60) : plan)});
        }
        System.out.printf(Locale.ROOT, "%s, %d thread(s), %d calls each: sum of each layer's " + ("median".equals(System.getProperty("ab.stat")) ? "median" : "fastest") + " A %.3f ms, B %.3f ms, B/A %.3f (%s)%n", spec, threads, calls,
                ta / 1e3, tb / 1e3, tb / ta, props);
        rows.sort((r, s) -> Double.compare(Double.parseDouble(s[0].trim()), Double.parseDouble(r[0].trim())));
        rows.stream().limit(top).forEach(r -> System.out.println(r[1]));
    }

    /** An instrumented build: its model, its counters, each node's fastest call so far. */
    private static final class Build {
        final Model model;
        final Graph graph;
        final MemorySegment counters;
        final long[] best;
        /** Each node's time per call, for {@code -Dab.stat=median}. */
        final List<long[]> calls = new ArrayList<>();
        long[] prev;
        double perUs;

        Build(Model model, Graph graph, MemorySegment counters) {
            this.model = model;
            this.graph = graph;
            this.counters = counters;
            this.best = new long[graph.nodes().size()];
            reset();
        }

        void reset() {
            java.util.Arrays.fill(best, Long.MAX_VALUE);
            calls.clear();
            prev = counters.toArray(ValueLayout.JAVA_LONG);
            perUs = 0;
        }

        void call(float[] x) {
            long t = System.nanoTime();
            model.forward(x, 1);
            long wall = System.nanoTime() - t;
            long[] now = counters.toArray(ValueLayout.JAVA_LONG);
            long sum = 0;
            long[] each = new long[best.length];
            calls.add(each);
            for (int k = 0; k < best.length; k++) {
                each[k] = now[k] - prev[k];
                best[k] = Math.min(best[k], now[k] - prev[k]);
                sum += now[k] - prev[k];
            }
            perUs = Math.max(perUs, sum / (wall / 1e3)); // counter ticks per microsecond (see NativeLayerProfile)
            prev = now;
        }

        /** Node k's time: its fastest call, or with {@code -Dab.stat=median} its median call (what a steady state sees). */
        double time(int k) {
            if (!"median".equals(System.getProperty("ab.stat"))) return best[k] / perUs;
            long[] t = calls.stream().mapToLong(c -> c[k]).sorted().toArray();
            return t[t.length / 2] / perUs;
        }
    }

    private static Build build(Network net, int threads, Map<String, String> props, Path dir) throws Throwable {
        Map<String, String> saved = new LinkedHashMap<>();
        props.forEach((k, v) -> { saved.put(k, System.getProperty(k)); System.setProperty(k, v); });
        try {
            var gen = NativeBackend.generate(net, Set.of(), "profile", null, threads);
            Model m = (Model) NativeBackend.instantiate(gen, NativeBackend.Options.DEFAULT, dir, new RandomWeights(1, gen.graph().parameters()));
            Path lib;
            try (Stream<Path> s = Files.walk(dir)) {
                lib = s.filter(p -> p.toString().endsWith(".so")).findFirst().orElseThrow();
            }
            MethodHandle profile = Linker.nativeLinker().downcallHandle(SymbolLookup.libraryLookup(lib, Arena.global())
                    .find(gen.symbolPrefix() + "_profile").orElseThrow(), FunctionDescriptor.of(ValueLayout.ADDRESS));
            MemorySegment counters = ((MemorySegment) profile.invokeExact()).reinterpret(8L * gen.graph().nodes().size());
            return new Build(m, gen.graph(), counters);
        } finally {
            saved.forEach((k, v) -> { if (v == null) System.clearProperty(k); else System.setProperty(k, v); });
        }
    }
}
