package netc.bench.models;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Set;
import netc.backend.java.JavaBackend;
import netc.model.Network;
import netc.runtime.Model;
import netc.runtime.ffm.NativeModel;
import netc.runtime.io.WeightSource;

/**
 * netc's generated model. Threads are the runtime's common pool ({@code Parallel.setCommonThreads}), which the
 * benchmark sets per configuration. A native model's input is staged in {@link #input}, untimed, into the library's
 * own buffer, as {@link OrtEngine} makes its tensor there once: both engines' timed calls then start from an input
 * already in their memory (a Java model reads the caller's array in place anyway).
 */
public final class NetcEngine implements Engine {
    private final Model model;
    private final double loadMs;
    private float[] x;
    private int n;

    public NetcEngine(Model model, double loadMs) {
        this.model = model;
        this.loadMs = loadMs;
    }

    /** Generates, compiles in memory and instantiates the network, timing all of it as the load. */
    public static NetcEngine compile(Network net, Set<String> disabledPasses, WeightSource weights) {
        long t0 = System.nanoTime();
        JavaBackend.Generated gen = JavaBackend.generate(net, disabledPasses, "netc.generated", null);
        Model m = (Model) JavaBackend.instantiate(gen, weights);
        return new NetcEngine(m, (System.nanoTime() - t0) / 1e6);
    }

    public Model model() { return model; }

    @Override public String name() { return "netc"; }

    @Override public double loadMs() { return loadMs; }

    @Override public void input(float[] x, int n) {
        this.x = x;
        this.n = n;
        if (model instanceof NativeModel m) {
            MemorySegment buffer = m.inputBuffer(n);
            if (x.length * 4L != buffer.byteSize()) throw new IllegalArgumentException(x.length + " input values for " + buffer.byteSize() / 4 + " in the batch");
            MemorySegment.copy(x, 0, buffer, ValueLayout.JAVA_FLOAT, 0, x.length);
        }
    }

    @Override public float[] run() { return model instanceof NativeModel m ? m.forwardStaged(n).get("out") : model.forward(x, n); }

    @Override public void close() {}
}
