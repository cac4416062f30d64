package netc.bench.models;

import java.util.Set;
import netc.backend.java.JavaBackend;
import netc.model.Network;
import netc.runtime.Model;
import netc.runtime.io.WeightSource;

/**
 * netc's generated Java model. Threads are the runtime's common pool ({@code Parallel.setCommonThreads}), which the
 * benchmark sets per configuration.
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
    }

    @Override public float[] run() { return model.forward(x, n); }

    @Override public void close() {}
}
