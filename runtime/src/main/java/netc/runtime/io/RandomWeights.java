package netc.runtime.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic random weights for benchmarks and tests: the same seed and name give the same tensor on any
 * machine, in any order of reading. Scales keep deep nets' activations in range: weights uniform with
 * Kaiming's bound sqrt(6 / fan_in), biases and BN shifts small, BN scales near 1, running variances positive.
 */
public final class RandomWeights implements WeightSource {
    private final long seed;
    private final Map<String, long[]> shapes;

    public RandomWeights(long seed, Map<String, long[]> shapes) {
        this.seed = seed;
        this.shapes = new LinkedHashMap<>(shapes);
    }

    @Override public Set<String> names() { return Collections.unmodifiableSet(shapes.keySet()); }

    @Override public long[] shape(String name) {
        long[] s = shapes.get(name);
        return s == null ? null : s.clone();
    }

    @Override public float[] floats(String name) {
        long[] shape = shapes.get(name);
        if (shape == null) throw new WeightsException("no tensor '" + name + "'");
        long n = 1;
        for (long d : shape) n *= d;
        float[] out = new float[Math.toIntExact(n)];
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ name.hashCode());
        double lo, hi;
        if (name.endsWith("running_var")) { lo = 0.5; hi = 1.5; }
        else if (name.endsWith("running_mean") || name.endsWith("bias")) { lo = -0.1; hi = 0.1; }
        else if (shape.length == 1) { lo = 0.8; hi = 1.2; } // BN scale
        else {
            long fanIn = n / shape[0];
            double bound = Math.sqrt(6.0 / Math.max(1, fanIn));
            lo = -bound;
            hi = bound;
        }
        for (int i = 0; i < out.length; i++) out[i] = (float) rnd.nextDouble(lo, hi);
        return out;
    }
}
