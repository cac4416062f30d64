package netc.runtime;

import java.util.Map;

/**
 * A compiled network, as netc's Java backend generates it. Inputs and outputs are float32 NCHW (or N x features)
 * batches in flat arrays: {@code n} images one after the other.
 *
 * <p>Threading: a model keeps its intermediate tensors in one arena it reuses between calls, so an instance must
 * be used by one thread at a time ({@link #threadSafe()} says so); create one instance per thread to run in
 * parallel. Inside a call, large layers use {@link Parallel#common()}.
 */
public interface Model {
    /** The network's name in its .net source. */
    String name();

    /** Per-image input shape: {@code [C, H, W]} or {@code [N]}. */
    int[] inputShape();

    /** Per-image shape of each named output; {@code out} is the main one. */
    Map<String, int[]> outputShapes();

    /** Runs {@code n} images and returns every named output, each a new array of {@code n} results. */
    Map<String, float[]> forwardAll(float[] input, int n);

    /** The main output {@code out}. */
    default float[] forward(float[] input, int n) { return forwardAll(input, n).get("out"); }

    /** False for generated models: see the class comment. */
    boolean threadSafe();
}
