package netc.bench.models;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * ONNX Runtime (CPU) on an ONNX model (a file, or one exported in memory): {@code threads} intra-op threads, one inter-op thread, sequential execution,
 * every graph optimisation (ORT_ENABLE_ALL). The input tensor is made once per batch, outside the timing; the
 * output is copied out of the result on every call, as netc's model copies its own.
 */
public final class OrtEngine implements Engine {
    private final OrtEnvironment env;
    private final OrtSession session;
    private final String inputName;
    private final double loadMs;
    private OnnxTensor input;

    private OrtEngine(OrtEnvironment env, OrtSession session, double loadMs) throws OrtException {
        this.env = env;
        this.session = session;
        this.inputName = session.getInputNames().iterator().next();
        this.loadMs = loadMs;
    }

    public static OrtEngine open(Path onnx, int threads) {
        return open(onnx, threads, null);
    }

    /** A session on a model held in memory (e.g. just exported by netc's own exporter). */
    public static OrtEngine open(byte[] onnx, int threads) {
        return open(onnx, threads, null);
    }

    /** As above; with {@code profilePrefix}, ORT writes its per-node profile there (see {@link #endProfiling}). */
    public static OrtEngine open(Path onnx, int threads, String profilePrefix) {
        return open(threads, onnx.toString(), (env, o) -> env.createSession(onnx.toString(), o), profilePrefix);
    }

    public static OrtEngine open(byte[] onnx, int threads, String profilePrefix) {
        return open(threads, "the exported model", (env, o) -> env.createSession(onnx, o), profilePrefix);
    }

    private interface Opener {
        OrtSession open(OrtEnvironment env, OrtSession.SessionOptions options) throws OrtException;
    }

    private static OrtEngine open(int threads, String what, Opener opener, String profilePrefix) {
        long t0 = System.nanoTime();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions o = new OrtSession.SessionOptions()) {
            o.setIntraOpNumThreads(threads);
            o.setInterOpNumThreads(1);
            o.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            if (profilePrefix != null) o.enableProfiling(profilePrefix);
            OrtSession s = opener.open(env, o);
            return new OrtEngine(env, s, (System.nanoTime() - t0) / 1e6);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + what + ": " + e.getMessage(), e);
        }
    }

    /** The ONNX Runtime library's version. */
    public static String version() { return OrtEnvironment.getEnvironment().getVersion(); }

    @Override public String name() { return "ORT"; }

    @Override public double loadMs() { return loadMs; }

    @Override public void input(float[] x, int n) {
        if (input != null) input.close();
        try {
            long[] shape = ((TensorInfo) session.getInputInfo().get(inputName).getInfo()).getShape().clone();
            shape[0] = n;
            long per = 1;
            for (int i = 1; i < shape.length; i++) per *= shape[i];
            if (per * n != x.length) {
                throw new Comparison.Mismatch("the ONNX model takes " + Arrays.toString(shape) + " (" + per * n + " values), the network "
                        + x.length + " values for " + n + " image" + (n == 1 ? "" : "s"));
            }
            input = OnnxTensor.createTensor(env, FloatBuffer.wrap(x, 0, (int) (per * n)), shape);
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override public float[] run() {
        try (OrtSession.Result r = session.run(Map.of(inputName, input))) {
            FloatBuffer b = ((OnnxTensor) r.get(0)).getFloatBuffer();
            float[] out = new float[b.remaining()];
            b.get(out);
            return out;
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
        }
    }

    /** Stops a profiled session's profiling; returns the Chrome-trace JSON file ORT wrote. */
    Path endProfiling() {
        try {
            return Path.of(session.endProfiling());
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot end profiling: " + e.getMessage(), e);
        }
    }

    @Override public void close() {
        if (input != null) input.close();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
