package netc.runtime.ffm;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import netc.runtime.Model;
import netc.runtime.io.Prepare;
import netc.runtime.io.WeightSource;

/**
 * The Java side of a network compiled by netc's native backend: binds the library's entry point
 * {@code void PREFIX_forward(const float *w, const float *in, float *arena, int64_t n, float **outs)} with the FFM
 * API, prepares the weights once into a 64-byte-aligned off-heap buffer (folding batch norms, per the generated
 * class's table), and keeps an arena of {@code arenaFloats * n} floats that grows with the batch; the constructor
 * allocates it for one image and runs one call on a zero image, so that the first call costs what the others do.
 *
 * <p>Not thread-safe, like the Java backend's models: one instance per thread.
 */
public abstract class NativeModel implements Model {
    /** What the generated class knows about its network; {@code weightTable} lines are described in WeightLayout. */
    public record Spec(String name, String symbolPrefix, int[] inputShape, Map<String, int[]> outputShapes, long weightFloats,
                       long arenaFloats, String[] weightTable) {}

    private static final long ALIGN = 64;

    private final Spec spec;
    private final MethodHandle forward;
    /** The library's {@code _wake}, or null (libraries built before it): called before the input is copied in. */
    private final MethodHandle wake;
    /** {@code PREFIX_profile()} of an instrumented library, else null. */
    private final MethodHandle profile;
    /** {@code PREFIX_thread_profile()} of an instrumented two-thread library, else null. */
    private final MethodHandle threadProfile;
    private final MemorySegment weights;
    private final long inFloats;
    private final long[] outFloats;
    private Arena buffers = Arena.ofAuto();
    private MemorySegment arena = MemorySegment.NULL, input = MemorySegment.NULL, outs = MemorySegment.NULL;
    private MemorySegment[] outputs;
    private int capacity;

    protected NativeModel(Spec spec, SymbolLookup library, WeightSource w, Map<String, long[]> expected) {
        this.spec = spec;
        w.require(expected);
        MemorySegment fn = library.find(spec.symbolPrefix() + "_forward")
                .orElseThrow(() -> new IllegalArgumentException("the library has no " + spec.symbolPrefix() + "_forward"));
        forward = Linker.nativeLinker().downcallHandle(fn, FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.ADDRESS,
                ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
        wake = library.find(spec.symbolPrefix() + "_wake")
                .map(p -> Linker.nativeLinker().downcallHandle(p, FunctionDescriptor.ofVoid())).orElse(null);
        profile = library.find(spec.symbolPrefix() + "_profile")
                .map(p -> Linker.nativeLinker().downcallHandle(p, FunctionDescriptor.of(ValueLayout.ADDRESS))).orElse(null);
        threadProfile = library.find(spec.symbolPrefix() + "_thread_profile")
                .map(p -> Linker.nativeLinker().downcallHandle(p, FunctionDescriptor.of(ValueLayout.ADDRESS))).orElse(null);
        weights = prepareWeights(spec.weightFloats(), spec.weightTable(), w, Arena.ofAuto());
        long in = 1;
        for (int d : spec.inputShape()) in *= d;
        inFloats = in;
        outFloats = spec.outputShapes().values().stream().mapToLong(s -> Arrays.stream(s).asLongStream().reduce(1, (a, b) -> a * b)).toArray();
        // The buffers of one image now, and one call on them (a zero image), not in the user's first call: allocating
        // and zeroing an arena of tens of megabytes, the JVM's first pass through the downcall, the library's first
        // touch of its pages and the start of its worker thread made that call several times the steady state.
        grow(1);
        call(1);
    }

    /** Output shapes in order from alternating names and shapes: {@code outputs("out", new int[] {1000})}. */
    protected static Map<String, int[]> outputs(Object... nameThenShape) {
        Map<String, int[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenShape.length; i += 2) m.put((String) nameThenShape[i], (int[]) nameThenShape[i + 1]);
        return m;
    }

    /**
     * The library's weights buffer: {@code floats} floats, 64-byte aligned, filled from {@code w} by the generated
     * class's table (batch norms folded). Public so that tools can write it to a file for C programs.
     */
    public static MemorySegment prepareWeights(long floats, String[] table, WeightSource w, Arena arena) {
        MemorySegment weights = HugePages.allocate(arena, Math.max(4, floats * 4), ALIGN);
        for (String line : table) prepare(weights, w, line.split(" "));
        return weights;
    }

    private static void prepare(MemorySegment weights, WeightSource w, String[] t) {
        long a = Long.parseLong(t[1]), b = Long.parseLong(t[2]);
        String pack = t[t.length - 1].startsWith("P") ? t[t.length - 1] : null;
        String winograd = pack != null && t.length > 2 && t[t.length - 2].matches("W[24]") ? t[t.length - 2] : null;
        String transposed = null;
        for (String token : t) if (token.startsWith("X")) transposed = token;
        switch (t[0]) {
            case "T" -> {
                float[] weight = asConv(Prepare.tensor(w, t[3]), transposed);
                put(weights, a, winograd != null ? winograd(weight, pack, winograd) : packed(weight, pack));
                if (!t[4].equals("-")) put(weights, b, Prepare.tensor(w, t[4]));
            }
            case "F" -> {
                int groups = transposed == null ? 1 : Integer.parseInt(transposed.substring(1, transposed.indexOf(':')));
                float[][] f = Prepare.foldBatchNorm(w, t[3], t[4].equals("-") ? null : t[4], t[5], Double.parseDouble(t[6]),
                        Boolean.parseBoolean(t[7]), transposed == null, groups);
                float[] weight = asConv(f[0], transposed);
                put(weights, a, winograd != null ? winograd(weight, pack, winograd) : packed(weight, pack));
                put(weights, b, f[1]);
            }
            case "S" -> {
                float[][] s = Prepare.batchNormAffine(w, t[3], Double.parseDouble(t[4]), Boolean.parseBoolean(t[5]));
                put(weights, a, s[0]);
                put(weights, b, s[1]);
            }
            default -> throw new IllegalStateException("bad weight table line: " + String.join(" ", t));
        }
    }

    /**
     * A transposed conv's weight {@code [inC][COG][KH][KW]} as the weight of the conv that computes it on the spread
     * input, {@code [G * COG][inC / G][KH][KW]} with the taps flipped, per a table's {@code XG:COG:KH:KW} token;
     * {@code m} itself when {@code token} is null.
     */
    static float[] asConv(float[] m, String token) {
        if (token == null) return m;
        String[] f = token.substring(1).split(":");
        int groups = Integer.parseInt(f[0]), cog = Integer.parseInt(f[1]), kh = Integer.parseInt(f[2]), kw = Integer.parseInt(f[3]);
        int taps = kh * kw, inC = m.length / (cog * taps), cig = inC / groups;
        float[] c = new float[m.length];
        for (int ci = 0; ci < inC; ci++) {
            int g = ci / cig;
            for (int co = 0; co < cog; co++) {
                for (int k = 0; k < taps; k++) {
                    c[((g * cog + co) * cig + ci % cig) * taps + taps - 1 - k] = m[(ci * cog + co) * taps + k];
                }
            }
        }
        return c;
    }

    /**
     * {@code m} ({@code rows x K}, row-major) packed per a table's {@code PR:ROWS} token: panels of R rows, element
     * (R t + r, k) at {@code R K t + R k + r}, zeros past the last row; {@code m} itself when {@code pack} is null.
     */
    static float[] packed(float[] m, String pack) {
        if (pack == null) return m;
        int colon = pack.indexOf(':');
        int r = Integer.parseInt(pack.substring(1, colon)), rows = Integer.parseInt(pack.substring(colon + 1));
        int k = m.length / rows, panels = (rows + r - 1) / r;
        float[] p = new float[panels * r * k];
        for (int row = 0; row < rows; row++) {
            int t = row / r, i = row % r;
            for (int j = 0; j < k; j++) p[t * r * k + j * r + i] = m[row * k + j];
        }
        return p;
    }

    /**
     * A 3x3 conv weight {@code m} ({@code rows x in x 3 x 3}) per a table's {@code W2} or {@code W4} token: Winograd
     * F(2x2, 3x3)'s or F(4x4, 3x3)'s {@code U = G g G^T} (computed in double) for every channel pair, as 16 or 36
     * matrices {@code rows x in} (element xi of the 4x4 or 6x6 U), each {@link #packed} per {@code pack}, one after
     * the other. F(4x4)'s G is that of the points 0, 1, -1, 1/2, -2 and infinity (the native backend's
     * WinogradVariant holds the matching B and A).
     */
    static float[] winograd(float[] m, String pack, String token) {
        int rows = Integer.parseInt(pack.substring(pack.indexOf(':') + 1)), in = m.length / (rows * 9);
        double[][] gm = token.equals("W2") ? new double[][] {{1, 0, 0}, {0.5, 0.5, 0.5}, {0.5, -0.5, 0.5}, {0, 0, 1}}
                : new double[][] {{1, 0, 0}, {1 / 3.0, 1 / 3.0, 1 / 3.0}, {-1 / 3.0, 1 / 3.0, -1 / 3.0}, {-16 / 15.0, -8 / 15.0, -4 / 15.0},
                    {1 / 15.0, -2 / 15.0, 4 / 15.0}, {0, 0, 1}};
        int alpha = gm.length;
        float[][] u = new float[alpha * alpha][rows * in];
        for (int o = 0; o < rows; o++) {
            for (int i = 0; i < in; i++) {
                int base = (o * in + i) * 9;
                for (int a = 0; a < alpha; a++) {
                    for (int b = 0; b < alpha; b++) {
                        double s = 0;
                        for (int ky = 0; ky < 3; ky++) for (int kx = 0; kx < 3; kx++) s += gm[a][ky] * m[base + ky * 3 + kx] * gm[b][kx];
                        u[a * alpha + b][o * in + i] = (float) s;
                    }
                }
            }
        }
        float[][] packedU = new float[u.length][];
        int total = 0;
        for (int xi = 0; xi < u.length; xi++) total += (packedU[xi] = packed(u[xi], pack)).length;
        float[] all = new float[total];
        for (int xi = 0, at = 0; xi < u.length; at += packedU[xi].length, xi++) System.arraycopy(packedU[xi], 0, all, at, packedU[xi].length);
        return all;
    }

    private static void put(MemorySegment weights, long offsetFloats, float[] values) {
        MemorySegment.copy(values, 0, weights, ValueLayout.JAVA_FLOAT, offsetFloats * 4, values.length);
    }

    /**
     * An instrumented library's time stamp counter cycles per node of its graph ({@code nodes} of them), summed over
     * the calls since the last {@code reset}; null for a library built without instrumentation.
     */
    public long[] layerCycles(int nodes, boolean reset) {
        if (profile == null) return null;
        MemorySegment cycles;
        try {
            cycles = ((MemorySegment) profile.invokeExact()).reinterpret(8L * nodes);
        } catch (Throwable t) {
            throw new IllegalStateException("native profile failed", t);
        }
        long[] c = cycles.toArray(ValueLayout.JAVA_LONG);
        if (reset) cycles.fill((byte) 0);
        return c;
    }

    /**
     * An instrumented two-thread library's per-node thread counters, {@code slots} per node (the backend's
     * ModuleEmitter.THREAD_SLOTS_DOC says what each holds), summed over the calls since the last {@code reset}; null
     * for a library without them (uninstrumented, or one thread).
     */
    public long[] threadCycles(int nodes, int slots, boolean reset) {
        if (threadProfile == null) return null;
        MemorySegment counters;
        try {
            counters = ((MemorySegment) threadProfile.invokeExact()).reinterpret(8L * nodes * slots);
        } catch (Throwable t) {
            throw new IllegalStateException("native thread profile failed", t);
        }
        long[] c = counters.toArray(ValueLayout.JAVA_LONG);
        if (reset) counters.fill((byte) 0);
        return c;
    }

    @Override public String name() { return spec.name(); }

    @Override public int[] inputShape() { return spec.inputShape().clone(); }

    @Override public Map<String, int[]> outputShapes() {
        Map<String, int[]> m = new LinkedHashMap<>();
        spec.outputShapes().forEach((k, v) -> m.put(k, v.clone()));
        return m;
    }

    @Override public boolean threadSafe() { return false; }

    @Override public Map<String, float[]> forwardAll(float[] x, int n) {
        checkBatch(n);
        if (x.length < (long) n * inFloats) throw new IllegalArgumentException("input too short for the batch: " + x.length);
        if (n > capacity) grow(n);
        wakeWorker();
        MemorySegment.copy(x, 0, input, ValueLayout.JAVA_FLOAT, 0, (int) (n * inFloats));
        call(n);
        return results(n);
    }

    /**
     * The library's own input buffer for a batch of {@code n} images (float32, the input shape per image, one image
     * after the other), for callers that write their input in place and then call {@link #forwardStaged}, skipping
     * {@link #forwardAll}'s copy (602 KB for a 224x224 image, 0.2-0.8% of mobilenet_v2's call on two threads), as
     * an ONNX Runtime caller reuses one tensor. Valid until a call with a larger batch replaces the buffers.
     */
    public MemorySegment inputBuffer(int n) {
        checkBatch(n);
        if (n > capacity) grow(n);
        return input.asSlice(0, n * inFloats * 4);
    }

    /** Runs the {@code n} images written into {@link #inputBuffer}{@code (n)}; returns every named output, as forwardAll. */
    public Map<String, float[]> forwardStaged(int n) {
        checkBatch(n);
        if (n > capacity) throw new IllegalStateException("no input buffer for " + n + " images yet: call inputBuffer(" + n + ") and write it first");
        wakeWorker();
        call(n);
        return results(n);
    }

    private static void checkBatch(int n) {
        if (n < 1) throw new IllegalArgumentException("batch size must be at least 1, got " + n);
    }

    private Map<String, float[]> results(int n) {
        Map<String, float[]> result = new LinkedHashMap<>();
        int k = 0;
        for (String key : spec.outputShapes().keySet()) {
            float[] y = new float[(int) (n * outFloats[k])];
            MemorySegment.copy(outputs[k], ValueLayout.JAVA_FLOAT, 0, y, 0, y.length);
            result.put(key, y);
            k++;
        }
        return result;
    }

    /** Wakes a two-thread library's worker while this thread copies the input, so the first layer finds it running. */
    private void wakeWorker() {
        if (wake == null) return;
        try {
            wake.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException("native wake failed", t);
        }
    }

    private void call(int n) {
        try {
            forward.invokeExact(weights, input, arena, (long) n, outs);
        } catch (Throwable t) {
            throw new IllegalStateException("native forward failed", t);
        }
    }

    /** Buffers for a batch of n: a fresh auto arena, so the old buffers go when no longer reachable. */
    private void grow(int n) {
        buffers = Arena.ofAuto();
        arena = HugePages.allocate(buffers, Math.max(4, spec.arenaFloats() * 4 * n), ALIGN);
        input = buffers.allocate(inFloats * 4 * n, ALIGN);
        outputs = new MemorySegment[outFloats.length];
        outs = buffers.allocate(ValueLayout.ADDRESS, outFloats.length);
        for (int k = 0; k < outFloats.length; k++) {
            outputs[k] = buffers.allocate(outFloats[k] * 4 * n, ALIGN);
            outs.setAtIndex(ValueLayout.ADDRESS, k, outputs[k]);
        }
        capacity = n;
    }
}
