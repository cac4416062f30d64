package netc.it;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import netc.backend.llvm.NativeBackend;
import netc.model.Network;
import netc.runtime.Model;
import netc.runtime.ffm.NativeModel;
import netc.runtime.io.RandomWeights;

/**
 * Not a test: a side-by-side timing of two builds of the same network's native code, A with the default kernels and
 * B with the system properties given (e.g. {@code netc.native.packb=false}; {@code threads=N} gives B another thread count;
 * {@code staged=true} has B write its input into the library's buffer once and time {@code forwardStaged}, without
 * forward's copy of the input), called alternately in one process so that a
 * shared machine's load hits both alike. Prints each build's fastest and median call, their ratios B/A and A's
 * GFLOP/s. A spec is {@code stdlib:NAME} or {@code CxHxW:BODY} (a one-line network body, e.g.
 * {@code 256x14x14:conv(1024, 1) -> relu}). {@code java --enable-native-access=ALL-UNNAMED -cp ... netc.it.NativeKernelAB
 * k=v[,k=v] threads rounds spec...}
 */
public final class NativeKernelAB {
    public static void main(String[] args) throws Throwable {
        Map<String, String> props = properties(args[0]);
        int threads = Integer.parseInt(args[1]), rounds = Integer.parseInt(args[2]);
        Path dir = Files.createTempDirectory("netc-ab");
        int id = 0;
        for (String spec : Arrays.asList(args).subList(3, args.length)) {
            String target = spec;
            if (!spec.startsWith("stdlib:")) {
                Path f = dir.resolve("ab" + id + ".net");
                Files.writeString(f, "network ab" + id + "(input: " + spec.substring(0, spec.indexOf(':')) + ") {\n  " + spec.substring(spec.indexOf(':') + 1) + "\n}\n");
                target = f.toString();
            }
            Network net = Reference.build(target, List.of(), null);
            Model a = build(net, threads, Map.of(), dir.resolve("a" + id));
            Model b = build(net, Integer.parseInt(props.getOrDefault("threads", "" + threads)), props, dir.resolve("b" + id));
            id++;
            float[] x = new float[(int) net.input().elements()];
            for (int i = 0; i < x.length; i++) x[i] = (float) Math.sin(i * 0.01);
            if (Boolean.parseBoolean(props.get("staged"))) b = staged((NativeModel) b, x);
            for (int i = 0; i < 5; i++) { a.forward(x, 1); b.forward(x, 1); }
            // calls per block: about 20 ms of work
            long t0 = System.nanoTime();
            a.forward(x, 1);
            int per = (int) Math.max(1, Math.min(200, 20e6 / Math.max(1, System.nanoTime() - t0)));
            List<Long> ta = new ArrayList<>(), tb = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                time(a, x, per, ta);
                time(b, x, per, tb);
            }
            // call by call in pairs: the median of B/A over adjacent calls, which a slowly changing load hits alike
            double[] ratio = new double[rounds * per];
            for (int i = 0; i < ratio.length; i++) {
                List<Long> pa = new ArrayList<>(1), pb = new ArrayList<>(1);
                if (i % 2 == 0) { time(a, x, 1, pa); time(b, x, 1, pb); } else { time(b, x, 1, pb); time(a, x, 1, pa); }
                ratio[i] = (double) pb.get(0) / pa.get(0);
            }
            Arrays.sort(ratio);
            System.out.printf(Locale.ROOT, "  pairs: B/A median %.3f, quartiles %.3f-%.3f (%d pairs)%n", ratio[ratio.length / 2], ratio[ratio.length / 4],
                    ratio[3 * ratio.length / 4], ratio.length);
            double ma = median(ta), mb = median(tb), fa = min(ta), fb = min(tb);
            System.out.printf(Locale.ROOT, "%-44s A %8.1f us (min %8.1f, %5.1f GFLOP/s)  B %8.1f us (min %8.1f)  B/A median %.3f min %.3f%n",
                    spec.length() > 44 ? spec.substring(0, 44) : spec, ma / 1e3, fa / 1e3, 2.0 * net.macs() / fa, mb / 1e3, fb / 1e3, mb / ma, fb / fa);
        }
    }

    /** {@code m} with its input written into its own buffer once: each forward runs {@code forwardStaged}, copying nothing in. */
    private static Model staged(NativeModel m, float[] x) {
        MemorySegment.copy(x, 0, m.inputBuffer(1), ValueLayout.JAVA_FLOAT, 0, x.length);
        return new Model() {
            @Override public String name() { return m.name(); }
            @Override public int[] inputShape() { return m.inputShape(); }
            @Override public Map<String, int[]> outputShapes() { return m.outputShapes(); }
            @Override public Map<String, float[]> forwardAll(float[] input, int n) { return m.forwardStaged(n); }
            @Override public boolean threadSafe() { return false; }
        };
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Wall time per call, or with {@code -Dab.cpu=true} (one thread only) this thread's CPU time: a loaded machine's waits left out. */
    private static void time(Model m, float[] x, int per, List<Long> into) {
        boolean cpu = Boolean.getBoolean("ab.cpu");
        for (int i = 0; i < per; i++) {
            long t = cpu ? CPU.getCurrentThreadCpuTime() : System.nanoTime();
            m.forward(x, 1);
            into.add((cpu ? CPU.getCurrentThreadCpuTime() : System.nanoTime()) - t);
        }
    }

    private static double median(List<Long> t) {
        long[] s = t.stream().mapToLong(Long::longValue).sorted().toArray();
        return s[s.length / 2];
    }

    private static double min(List<Long> t) { return t.stream().mapToLong(Long::longValue).min().orElseThrow(); }

    /**
     * B's build's settings, {@code k=v[,k=v]}: system properties ({@code netc.native.winograd=false}) and {@code threads}.
     * A key without the {@code netc.} prefix would set a property nothing reads and time A against A, so it is refused.
     */
    static Map<String, String> properties(String list) {
        Map<String, String> props = new LinkedHashMap<>();
        for (String kv : list.split(",")) {
            if (!kv.contains("=")) continue;
            String k = kv.substring(0, kv.indexOf('='));
            if (!k.startsWith("netc.") && !k.equals("threads") && !k.equals("staged")) {
                throw new IllegalArgumentException("'" + k + "' is not a netc property: write the whole name, e.g. netc.native." + k);
            }
            props.put(k, kv.substring(kv.indexOf('=') + 1));
        }
        return props;
    }

    private static Model build(Network net, int threads, Map<String, String> props, Path dir) throws Exception {
        Map<String, String> saved = new LinkedHashMap<>();
        props.forEach((k, v) -> { saved.put(k, System.getProperty(k)); System.setProperty(k, v); });
        try {
            var gen = NativeBackend.generate(net, Set.of(), "netc.generated", null, threads);
            return (Model) NativeBackend.instantiate(gen, NativeBackend.Options.DEFAULT, dir, new RandomWeights(1, gen.graph().parameters()));
        } finally {
            saved.forEach((k, v) -> { if (v == null) System.clearProperty(k); else System.setProperty(k, v); });
        }
    }
}
