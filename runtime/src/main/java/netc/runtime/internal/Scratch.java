package netc.runtime.internal;

/**
 * Per-thread scratch arrays, grown on demand and kept: packed GEMM blocks, padded depthwise planes, tile buffers.
 * Each slot is used by one kind of kernel step that never nests inside another use of the same slot.
 */
public final class Scratch {
    public static final int PACK_A = 0;
    public static final int PACK_B = 1;
    public static final int TILE = 2;
    public static final int PLANE = 3;
    public static final int ROW = 4;
    /** A padded copy of a conv's whole input, taken on the calling thread and read by every worker. */
    public static final int INPUT = 5;
    /** B packed over all of K, shared by the workers that split a GEMM by rows. */
    public static final int SHARED_B = 6;
    /** Tiles of an intermediate tensor that fused kernels (separable conv, pointwise chain) never write whole. */
    public static final int FUSED_A = 7;
    public static final int FUSED_B = 8;
    private static final int SLOTS = 9;

    private static final ThreadLocal<float[][]> BUFFERS = ThreadLocal.withInitial(() -> new float[SLOTS][]);
    /** Per slot: the array and the object that last claimed it with {@link #claim}. */
    private static final ThreadLocal<Object[]> OWNERS = ThreadLocal.withInitial(() -> new Object[2 * SLOTS]);

    private Scratch() {}

    /** This thread's array of slot {@code slot}, at least {@code size} long; its contents are undefined. */
    public static float[] get(int slot, int size) {
        float[][] b = BUFFERS.get();
        float[] a = b[slot];
        if (a == null || a.length < size) {
            a = new float[Math.max(size, a == null ? 0 : a.length + a.length / 2)];
            b[slot] = a;
        }
        return a;
    }

    /**
     * Records that {@code owner} now uses this thread's array {@code a} of slot {@code slot}; returns whether it
     * was the last to claim that same array (so what it left there, e.g. zero borders, is still there).
     */
    public static boolean claim(int slot, float[] a, Object owner) {
        Object[] o = OWNERS.get();
        boolean same = o[2 * slot] == a && o[2 * slot + 1] == owner;
        o[2 * slot] = a;
        o[2 * slot + 1] = owner;
        return same;
    }
}
