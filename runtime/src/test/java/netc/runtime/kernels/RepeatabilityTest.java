package netc.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.Supplier;
import netc.runtime.Activation;
import netc.runtime.Backend;
import org.junit.jupiter.api.Test;

/**
 * The first, interpreted calls of a kernel give bitwise the same results as later, JIT-compiled ones (a model's
 * repeated calls must agree exactly). Runs in a fresh JVM so that the first calls really are cold.
 */
class RepeatabilityTest {
    static float[] rnd(Random r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = r.nextFloat() * 8 - 4;
        return a;
    }

    static String check(String name, Supplier<float[]> f) {
        float[] first = f.get().clone();
        for (int rep = 0; rep < 1500; rep++) {
            float[] y = f.get();
            for (int i = 0; i < y.length; i++) {
                if (Float.floatToIntBits(y[i]) != Float.floatToIntBits(first[i])) {
                    return name + ": call " + (rep + 2) + " differs at " + i + ": " + y[i] + " vs " + first[i] + "\n";
                }
            }
        }
        return "";
    }

    /** Run in the child JVM: prints the differences, if any. */
    public static void main(String[] args) {
        StringBuilder out = new StringBuilder();
        for (Backend b : Backend.VECTOR.available() ? new Backend[] {Backend.VECTOR, Backend.SCALAR} : new Backend[] {Backend.SCALAR}) {
            Random r = new Random(1);
            float[] x = rnd(r, 16 * 20 * 20);
            for (Activation act : new Activation[] {Activation.RELU, Activation.SIGMOID, Activation.SILU, Activation.TANH,
                    Activation.HARDSWISH}) {
                Conv2d c = Conv2d.builder(16, 20, 20, 20, 3, 3).padding(1).activation(act).backend(b)
                        .build(rnd(r, 20 * 16 * 9), rnd(r, 20));
                float[] y = new float[20 * 20 * 20];
                out.append(check(b + " conv " + act, () -> {
                    c.forward(1, x, 0, y, 0);
                    return y;
                }));
                Conv2d dw = Conv2d.builder(16, 20, 20, 16, 3, 3).padding(1).groups(16).activation(act).backend(b)
                        .build(rnd(r, 16 * 9), rnd(r, 16));
                float[] yd = new float[16 * 20 * 20];
                out.append(check(b + " depthwise " + act, () -> {
                    dw.forward(1, x, 0, yd, 0);
                    return yd;
                }));
                float[] ye = new float[x.length];
                out.append(check(b + " activation " + act, () -> {
                    Elementwise.activation(netc.runtime.internal.Impl.of(b), act, 0f, x, 0, ye, 0, ye.length);
                    return ye;
                }));
            }
            Linear l = new Linear(640, 100, rnd(r, 64000), rnd(r, 100), Activation.NONE, 0f, false, 640, 100, b);
            float[] yl = new float[100];
            out.append(check(b + " linear", () -> {
                l.forward(1, x, 0, yl, 0);
                return yl;
            }));
        }
        System.out.print(out.length() == 0 ? "repeatable" : out);
    }

    @Test
    void coldAndCompiledCallsAgreeBitwise() throws Exception {
        String out = netc.runtime.TestUtil.runJava(RepeatabilityTest.class, "--add-modules", "jdk.incubator.vector");
        assertEquals("repeatable", out.lines().filter(s -> !s.contains("incubator")).reduce("", String::concat), out);
    }
}
