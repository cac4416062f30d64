package netc.runtime;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random data, comparison with a tolerance relative to the output scale, and the backends to test. */
public final class TestUtil {
    private TestUtil() {}

    /** Every backend this JVM can run (the tests run with the incubator module, so both). */
    public static List<Backend> backends() {
        return Backend.VECTOR.available() ? List.of(Backend.SCALAR, Backend.VECTOR) : List.of(Backend.SCALAR);
    }

    public static float[] random(Random rnd, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = (float) (rnd.nextDouble() * 2 - 1);
        return a;
    }

    /** Like {@link #random} but with {@code pad} NaN guard elements on each side (detects stray reads into results). */
    public static float[] guarded(Random rnd, int n, int pad) {
        float[] a = new float[n + 2 * pad];
        java.util.Arrays.fill(a, Float.NaN);
        for (int i = 0; i < n; i++) a[pad + i] = (float) (rnd.nextDouble() * 2 - 1);
        return a;
    }

    /**
     * Asserts {@code |got[gotOff + i] - want[i]| <= rel * max(1, max|want|)} for every i; {@code want} in double.
     */
    public static void assertClose(String what, double[] want, float[] got, int gotOff, double rel) {
        double scale = 1;
        for (double v : want) scale = Math.max(scale, Math.abs(v));
        double tol = rel * scale;
        for (int i = 0; i < want.length; i++) {
            double g = got[gotOff + i];
            if (!(Math.abs(g - want[i]) <= tol)) {
                fail(what + ": element " + i + " is " + g + ", want " + want[i] + " (tolerance " + tol + ")");
            }
        }
    }

    public static void assertClose(String what, double[] want, float[] got, int gotOff) {
        assertClose(what, want, got, gotOff, 1e-5);
    }

    /** Checks that elements outside {@code [off, off + len)} are still the NaN guards. */
    public static void assertGuards(String what, float[] a, int off, int len) {
        for (int i = 0; i < a.length; i++) {
            if ((i < off || i >= off + len) && !Float.isNaN(a[i])) fail(what + ": wrote outside the output at " + i);
        }
    }

    public static double act(Activation a, double x, double alpha) {
        return switch (a) {
            case NONE -> x;
            case RELU -> Math.max(x, 0);
            case RELU6 -> Math.min(Math.max(x, 0), 6);
            case SIGMOID -> 1 / (1 + Math.exp(-x));
            case HARDSIGMOID -> Math.min(Math.max(x + 3, 0), 6) / 6;
            case HARDSWISH -> x * Math.min(Math.max(x + 3, 0), 6) / 6;
            case SILU -> x / (1 + Math.exp(-x));
            case TANH -> Math.tanh(x);
            case LEAKY_RELU -> x > 0 ? x : alpha * x;
        };
    }

    /**
     * Runs {@code main} in a fresh JVM (this JDK, the runtime's and the tests' classes on the class path) with the
     * given JVM options; asserts it exits with 0 and returns its output.
     */
    public static String runJava(Class<?> main, String... jvmOptions) throws Exception {
        String cp = Path.of(Backend.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                + File.pathSeparator + Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(jvmOptions));
        cmd.addAll(List.of("-cp", cp, main.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) fail(main.getSimpleName() + " exited with " + p.exitValue() + ":\n" + out);
        return out;
    }
}
