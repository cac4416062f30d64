package netc.ir;

import java.util.Map;
import java.util.Set;

/**
 * The machine the plan pass ({@code netc.passes.PlanKernels}) plans kernels for, chosen by the driver per
 * {@code --target}: vector width, registers, threads and cache sizes, which the plans' tile and block sizes derive
 * from, and {@code options}: per-decision overrides (the native backend's {@code -Dnetc.native.*} knobs, without the
 * prefix: {@code winograd=2}, {@code directB=0}, {@code order=channels}, ...) for measuring one choice against another.
 * The native backend hands the same target to the pass pipeline (its fusion switches), the plan pass and its emitter
 * (module-wide code-generation variants no plan holds), so that no kernel reads a system property.
 *
 * @param plansKernels whether the plan pass fills plans for this target; the Java backend still makes its own
 *                     choices (its emitter reads no plan yet), so its target plans nothing rather than print plans it ignores
 */
public record Target(String name, int vectorFloats, boolean fma, int registers, int threads, long l1Bytes, long l2Bytes,
                     Set<Activation> vectorActivations, boolean plansKernels, Map<String, String> options) {
    public Target {
        vectorActivations = Set.copyOf(vectorActivations);
        options = Map.copyOf(options);
    }

    /** The activations the native kernels apply on vectors in registers (the others go through scalar calls). */
    public static final Set<Activation> NATIVE_VECTOR_ACTIVATIONS = Set.of(Activation.NONE, Activation.RELU, Activation.RELU6,
            Activation.LEAKY_RELU, Activation.HSIGMOID, Activation.HSWISH, Activation.SIGMOID, Activation.SILU);

    /** The native backend's default CPU: x86-64-v3 (AVX2 and FMA, 16 vector registers), with Zen 3's 32 KB L1 and 512 KB L2. */
    public static Target x86_64_v3(int threads, Map<String, String> options) {
        return new Target("x86-64-v3", 8, true, 16, threads, 32 * 1024, 512 * 1024, NATIVE_VECTOR_ACTIVATIONS, true, options);
    }

    /** The Java backend (Vector API on the same machines); plans nothing (see {@link #plansKernels}). */
    public static Target java(int threads) {
        return new Target("java", 8, true, 16, threads, 32 * 1024, 512 * 1024, Set.of(), false, Map.of());
    }

    /** The default for callers that name no target (reports, the Java backend). */
    public static final Target JAVA = java(1);

    public String option(String key, String otherwise) { return options.getOrDefault(key, otherwise); }

    /** A numeric option; a malformed value is ignored, as {@link Long#getLong} ignored it when the knobs were read there. */
    public long option(String key, long otherwise) {
        String v = options.get(key);
        if (v == null) return otherwise;
        try {
            return Long.decode(v);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    public boolean off(String key) { return "false".equals(options.get(key)); }

    /** Options from system properties starting with {@code prefix} ({@code netc.native.}), the prefix removed. */
    public static Map<String, String> optionsFromProperties(String prefix) {
        Map<String, String> m = new java.util.TreeMap<>();
        for (String k : System.getProperties().stringPropertyNames()) if (k.startsWith(prefix)) m.put(k.substring(prefix.length()), System.getProperty(k));
        return m;
    }
}
