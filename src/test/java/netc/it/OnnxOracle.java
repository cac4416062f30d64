package netc.it;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import netc.backend.java.JavaBackend;
import netc.backend.onnx.OnnxExporter;
import netc.model.Network;
import netc.runtime.Model;
import netc.runtime.io.RandomWeights;
import netc.runtime.io.WeightSource;

/**
 * ONNX Runtime as the oracle: a network exported by netc's exporter, run by ORT, against netc's generated Java
 * (every pass on) on the same random weights (batch-norm statistics calibrated, see {@link CalibratedWeights}) and input.
 */
final class OnnxOracle {
    /** Allowed max |netc - ORT| as a fraction of max |ORT| (the output's scale). */
    static final double TOLERANCE = 1e-4;

    private OnnxOracle() {}

    /** Per output: the largest absolute difference and the output's scale. */
    record Diff(String output, double maxAbs, double scale, int elements) {
        boolean ok() { return ok(TOLERANCE); }
        boolean ok(double tolerance) { return maxAbs <= tolerance * Math.max(scale, 1e-30) && Double.isFinite(maxAbs); }
        @Override public String toString() {
            return String.format(java.util.Locale.ROOT, "%s: max |diff| %.3g, scale %.3g (%.2g of scale), %d values", output, maxAbs, scale,
                    maxAbs / Math.max(scale, 1e-30), elements);
        }
    }

    /** A network compiled by netc (every pass on) and exported, on the same calibrated random weights. */
    record Case(Model model, byte[] onnx) {}

    /** Generates, compiles and exports {@code net} once, to run at any batch (the export's batch is symbolic). */
    static Case prepare(Network net, long seed) throws OrtException {
        var gen = JavaBackend.generate(net, Set.of(), "netc.generated", null);
        WeightSource w = CalibratedWeights.of(net, new RandomWeights(seed, gen.graph().parameters()), seed);
        Model m = (Model) JavaBackend.instantiate(gen, w);
        return new Case(m, OnnxExporter.bytes(net, w, OnnxExporter.DEFAULT_OPSET));
    }

    /**
     * As {@link #prepare}, but the model is the native backend's (x86-64-v3, every pass on), its library built in
     * {@code dir}.
     */
    static Case prepareNative(Network net, long seed, java.nio.file.Path dir) throws OrtException, java.io.IOException {
        var gen = netc.backend.llvm.NativeBackend.generate(net, Set.of(), "netc.generated", null);
        WeightSource w = CalibratedWeights.of(net, new RandomWeights(seed, gen.graph().parameters()), seed);
        Model m = (Model) netc.backend.llvm.NativeBackend.instantiate(gen, netc.backend.llvm.NativeBackend.Options.DEFAULT, dir, w);
        return new Case(m, OnnxExporter.bytes(net, w, OnnxExporter.DEFAULT_OPSET));
    }

    /** Runs both on {@code batch} random images; returns the difference of every named output. */
    static Map<String, Diff> compare(Network net, long seed, int batch) throws OrtException {
        Case c = prepare(net, seed);
        return compare(c.model(), c.onnx(), seed, batch);
    }

    static Map<String, Diff> compare(Model m, byte[] onnx, long seed, int batch) throws OrtException {
        try (OrtSession s = session(onnx)) {
            return compare(m, s, seed, batch);
        }
    }

    /**
     * How far ORT's own outputs move, as a fraction of their scale, when every input value moves up by one ulp: the
     * network's sensitivity to a rounding error, which any two float32 implementations (netc's, ORT's, netc's with
     * and without its fusions) commit at every layer.
     */
    static double sensitivity(OrtSession s, int[] in, long seed) throws OrtException {
        float[] x = input(in, seed, 1), up = x.clone();
        for (int i = 0; i < up.length; i++) up[i] = Math.nextUp(up[i]);
        long[] shape = shape(in, 1);
        Map<String, float[]> a = run(s, x, shape, r -> outputs(r)), b = run(s, up, shape, r -> outputs(r));
        double worst = 0;
        for (var e : a.entrySet()) {
            float[] p = e.getValue(), q = b.get(e.getKey());
            double max = 0, scale = 0;
            for (int i = 0; i < p.length; i++) {
                max = Math.max(max, Math.abs((double) p[i] - q[i]));
                scale = Math.max(scale, Math.abs(p[i]));
            }
            worst = Math.max(worst, max / Math.max(scale, 1e-30));
        }
        return worst;
    }

    private static Map<String, float[]> outputs(OrtSession.Result r) {
        Map<String, float[]> out = new LinkedHashMap<>();
        for (var e : r) out.put(e.getKey(), values(r, e.getKey()));
        return out;
    }

    private static float[] input(int[] in, long seed, int batch) {
        int per = 1;
        for (int d : in) per *= d;
        float[] x = new float[per * batch];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < x.length; i++) x[i] = (float) rnd.nextDouble(-1, 1);
        return x;
    }

    private static long[] shape(int[] in, int batch) {
        long[] shape = new long[in.length + 1];
        shape[0] = batch;
        for (int i = 0; i < in.length; i++) shape[i + 1] = in[i];
        return shape;
    }

    static Map<String, Diff> compare(Model m, OrtSession s, long seed, int batch) throws OrtException {
        int[] in = m.inputShape();
        float[] x = input(in, seed, batch);
        Map<String, float[]> ours = m.forwardAll(x, batch);
        long[] shape = shape(in, batch);
        return run(s, x, shape, r -> {
            Map<String, Diff> diffs = new LinkedHashMap<>();
            for (var e : ours.entrySet()) {
                float[] ref = values(r, e.getKey());
                float[] got = e.getValue();
                if (ref.length != got.length) throw new AssertionError(e.getKey() + ": ORT gives " + ref.length + " values, netc " + got.length);
                double max = 0, scale = 0;
                for (int i = 0; i < ref.length; i++) {
                    double d = Math.abs((double) ref[i] - got[i]);
                    if (!(d <= max)) max = Double.isNaN(d) ? Double.NaN : d;
                    if (Double.isNaN(max)) break;
                    scale = Math.max(scale, Math.abs(ref[i]));
                }
                diffs.put(e.getKey(), new Diff(e.getKey(), max, scale, ref.length));
            }
            return diffs;
        });
    }

    interface OrtFunction<T> {
        T apply(OrtSession.Result r) throws OrtException;
    }

    /** One ORT run of a model on {@code x} (its shape with the batch), the result read by {@code f} while it is open. */
    static <T> T runOrt(byte[] onnx, float[] x, long[] shape, OrtFunction<T> f) throws OrtException {
        try (OrtSession s = session(onnx)) {
            return run(s, x, shape, f);
        }
    }

    static OrtSession session(byte[] onnx) throws OrtException {
        try (OrtSession.SessionOptions o = new OrtSession.SessionOptions()) {
            o.setIntraOpNumThreads(2);
            // No graph rewrites: the oracle is ORT's kernels on the graph as exported (ORT's pad fusion, for one, folds
            // a zeropad into a following pool even when the pad then exceeds the pool's kernel, and fails to load).
            o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.NO_OPT);
            o.setSessionLogLevel(ai.onnxruntime.OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
            return OrtEnvironment.getEnvironment().createSession(onnx, o);
        }
    }

    static <T> T run(OrtSession s, float[] x, long[] shape, OrtFunction<T> f) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), shape);
             OrtSession.Result r = s.run(Map.of("input", t))) {
            return f.apply(r);
        }
    }

    static float[] values(OrtSession.Result r, String name) {
        var value = r.get(name).orElseThrow(() -> new AssertionError("ORT has no output " + name));
        FloatBuffer b = ((OnnxTensor) value).getFloatBuffer();
        float[] v = new float[b.remaining()];
        b.get(v);
        return v;
    }
}
