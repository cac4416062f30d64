package netc.model;

import java.util.Arrays;

/** A named parameter tensor of a layer: trainable ({@code weight}, {@code bias}) or a buffer ({@code running_mean}). */
public record Weight(String name, long[] shape, boolean trainable) {
    public Weight {
        shape = shape.clone();
    }

    public long elements() {
        long n = 1;
        for (long d : shape) n = Math.multiplyExact(n, d);
        return n;
    }

    @Override public boolean equals(Object o) {
        return o instanceof Weight w && w.name.equals(name) && Arrays.equals(w.shape, shape) && w.trainable == trainable;
    }
    @Override public int hashCode() { return name.hashCode() * 31 + Arrays.hashCode(shape); }
}
