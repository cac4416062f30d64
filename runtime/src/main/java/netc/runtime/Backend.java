package netc.runtime;

/**
 * Which implementation of the inner loops a kernel uses. {@link #VECTOR} uses the incubating Vector API
 * ({@code jdk.incubator.vector}, AVX2/FMA register-tiled micro-kernels) and is available only when the JVM was
 * started with {@code --add-modules jdk.incubator.vector}; {@link #SCALAR} is plain Java (blocked loops that the JIT
 * auto-vectorises where it can) and always works. The Vector API classes are loaded only when {@link #VECTOR} is
 * used, so a program that never adds the module never sees a {@code NoClassDefFoundError}.
 *
 * <p>Kernel objects take {@link #best()} unless told otherwise. {@code -Dnetc.backend=scalar} makes
 * {@link #best()} answer {@link #SCALAR} even when the module is present.
 */
public enum Backend {
    SCALAR,
    VECTOR;

    private static final boolean VECTOR_MODULE =
            ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    /** Whether this backend can run in this JVM. */
    public boolean available() {
        return this == SCALAR || VECTOR_MODULE;
    }

    /**
     * {@link #VECTOR} when the module is present, the CPU has 256-bit vectors (AVX2 or wider) and
     * {@code -Dnetc.backend=scalar} is not set; else {@link #SCALAR}.
     */
    public static Backend best() {
        return VECTOR_MODULE && !"scalar".equalsIgnoreCase(System.getProperty("netc.backend", ""))
                && netc.runtime.internal.Impl.vectorFast() ? VECTOR : SCALAR;
    }
}
