package netc.bench.models;

/**
 * The clock that a model instrumented by {@link Profiler} calls before each node ({@code mark(i)}) and after the last
 * ({@code mark(-1)}): the time between two marks is the node's, kernels' worker threads included (a parallel kernel
 * returns when all its tasks are done). One profiled model at a time, on one thread.
 */
public final class LayerClock {
    private static long[] nanos = new long[0];
    private static int current = -1;
    private static long since;

    private LayerClock() {}

    public static void mark(int node) {
        long now = System.nanoTime();
        if (current >= 0) nanos[current] += now - since;
        current = node;
        since = now;
    }

    static void reset(int nodes) {
        nanos = new long[nodes];
        current = -1;
    }

    static long[] nanos() { return nanos.clone(); }
}
