package netc.bench.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import netc.runtime.Parallel;

/**
 * Times netc against ONNX Runtime (or netc alone) in one process: for each thread count and batch size, the first
 * call of each engine at that batch size, then a warm-up, then timed calls in alternating blocks (netc then ORT, ORT
 * then netc, ...) so that whatever else the machine does hits both alike. Before each block the process waits until
 * its threads are idle ({@link Settle}), so that no engine's first calls share the cores with the one before. Steady latency is the median call. The
 * engines' outputs on the same random batch are compared, so that the speeds compared are of the same computation.
 * Several netc targets (generated Java, native) are timed in the same rounds against the one ORT session, one row
 * each, so that their rows share ORT's timing.
 */
public final class Comparison {
    private Comparison() {}

    /**
     * {@code iterations > 0}: that many timed calls per engine; otherwise timed calls for {@code seconds} (both engines
     * together, at least 5 calls each). Warm-up: a fifth of the seconds (1 s with iterations), at least 3 calls each.
     */
    public record Options(List<Integer> batches, List<Integer> threads, int iterations, double seconds, long inputSeed) {
        public Options {
            batches = List.copyOf(batches);
            threads = List.copyOf(threads);
        }
    }

    /** One engine at one configuration: first call, median and fastest of the timed calls, in ms. */
    public record Timing(double loadMs, double firstMs, double steadyMs, double minMs, int calls) {}

    /**
     * One netc target ({@code java}, {@code native}): the engine for a thread count, made when that thread count's
     * rows begin (a native library is built per thread count).
     */
    public record Target(String name, IntFunction<NetcEngine> engine) {}

    /** One target at one configuration; {@code ort} is null without a second engine, and so are the diff fields then meaningless. */
    public record Row(String target, int batch, int threads, Timing netc, Timing ort, double maxDiff, double outputScale) {
        public double ratio() { return ort == null ? Double.NaN : netc.steadyMs / ort.steadyMs; }

        /** Max |netc - ORT| over the output, relative to max |ORT|. */
        public double relativeDiff() { return outputScale == 0 ? maxDiff : maxDiff / outputScale; }
    }

    /** The two engines do not run the same network: another input or output size. */
    public static final class Mismatch extends RuntimeException {
        public Mismatch(String message) { super(message); }
    }

    /** What runs after a configuration has been timed (the per-layer profile), given its batch. */
    public interface AfterRow {
        void accept(Row row, float[] input);
    }

    /**
     * Runs every configuration. {@code ort} makes the ORT engine for a thread count (null for netc alone); each is
     * closed when its thread count is done. {@code onRow} sees each row as soon as it is measured (a configuration's
     * rows, one per target, together).
     */
    public static List<Row> run(List<Target> targets, int[] inputShape, IntFunction<Engine> ort, Options o, AfterRow onRow) {
        long perImage = 1;
        for (int d : inputShape) perImage *= d;
        List<Row> rows = new ArrayList<>();
        for (int t : o.threads()) {
            Parallel.setCommonThreads(t);
            List<NetcEngine> netc = new ArrayList<>();
            for (Target target : targets) netc.add(target.engine().apply(t));
            try (Engine other = ort == null ? null : ort.apply(t)) {
                for (int b : o.batches()) {
                    float[] x = input(Math.multiplyExact(perImage, b), o.inputSeed());
                    List<Row> measured = measure(targets, netc, other, x, b, t, o);
                    rows.addAll(measured);
                    if (onRow != null) for (Row row : measured) onRow.accept(row, x);
                }
            }
        }
        return rows;
    }

    /** A deterministic batch of standard normal values. */
    static float[] input(long size, long seed) {
        Random rnd = new Random(seed);
        float[] x = new float[Math.toIntExact(size)];
        for (int i = 0; i < x.length; i++) x[i] = (float) rnd.nextGaussian();
        return x;
    }

    private static List<Row> measure(List<Target> targets, List<NetcEngine> netc, Engine other, float[] x, int batch, int threads, Options o) {
        List<Engine> engines = new ArrayList<>(netc);
        if (other != null) engines.add(other);
        int n = netc.size();
        double[] first = new double[engines.size()];
        float[][] out = new float[engines.size()][];
        for (int e = 0; e < engines.size(); e++) {
            engines.get(e).input(x, batch);
            long t0 = System.nanoTime();
            out[e] = engines.get(e).run();
            first[e] = (System.nanoTime() - t0) / 1e6;
        }
        double[] maxDiff = new double[n];
        double scale = 0;
        if (other != null) {
            float[] ref = out[n];
            for (float v : ref) scale = Math.max(scale, Math.abs(v));
            for (int e = 0; e < n; e++) {
                if (out[e].length != ref.length) {
                    throw new Mismatch("netc's output (" + targets.get(e).name() + ") has " + out[e].length + " values, ONNX Runtime's "
                            + ref.length + ": not the same network?");
                }
                for (int i = 0; i < ref.length; i++) {
                    double d = Math.abs(out[e][i] - ref[i]);
                    if (!(d <= maxDiff[e])) maxDiff[e] = d; // NaN wins
                }
            }
        }

        // warm-up, alternating, and an estimate of each engine's call time
        double[] last = first.clone();
        boolean byCount = o.iterations() > 0;
        long warmEnd = System.nanoTime() + (long) ((byCount ? 1 : o.seconds() * 0.2) * 1e9);
        for (int i = 0; i < 3 || System.nanoTime() < warmEnd; i++) {
            for (int e = 0; e < engines.size(); e++) last[e] = timeMs(engines.get(e));
        }

        // timed blocks of about 0.2 s per engine (after one settling call), the order swapped every round
        double slowest = Arrays.stream(last).max().orElseThrow();
        int block = (int) Math.max(1, Math.min(50, 200 / Math.max(slowest, 1e-3)));
        if (byCount) block = Math.min(block, o.iterations());
        List<List<Double>> times = new ArrayList<>();
        engines.forEach(e -> times.add(new ArrayList<>()));
        long end = System.nanoTime() + (long) (o.seconds() * 0.8e9);
        for (int round = 0; ; round++) {
            for (int k = 0; k < engines.size(); k++) {
                int e = round % 2 == 0 ? k : engines.size() - 1 - k;
                int calls = byCount ? Math.min(block, o.iterations() - times.get(e).size()) : block;
                // wait until the engine before has let go of the cores (ORT's pool spins for tens of ms after a
                // call), then one untimed call, so the block starts with this engine's own data in the caches
                if (calls > 0 && engines.size() > 1) end += Settle.untilIdle() * 1_000_000L;
                if (calls > 0) engines.get(e).run();
                for (int c = 0; c < calls; c++) times.get(e).add(timeMs(engines.get(e)));
            }
            int fewest = times.stream().mapToInt(List::size).min().orElseThrow();
            if (byCount ? fewest >= o.iterations() : System.nanoTime() >= end && fewest >= 5 && round >= 1) break;
        }
        Timing[] timing = new Timing[engines.size()];
        for (int e = 0; e < engines.size(); e++) {
            double[] ts = times.get(e).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = ts.length % 2 == 1 ? ts[ts.length / 2] : (ts[ts.length / 2 - 1] + ts[ts.length / 2]) / 2;
            timing[e] = new Timing(engines.get(e).loadMs(), first[e], median, ts[0], ts.length);
        }
        List<Row> rows = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            rows.add(new Row(targets.get(e).name(), batch, threads, timing[e], other == null ? null : timing[n], maxDiff[e], scale));
        }
        return rows;
    }

    private static double timeMs(Engine e) {
        long t0 = System.nanoTime();
        e.run();
        return (System.nanoTime() - t0) / 1e6;
    }
}
