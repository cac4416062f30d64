package netc.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import netc.runtime.kernels.Conv2d;
import netc.runtime.kernels.Elementwise;
import netc.runtime.kernels.Linear;
import org.junit.jupiter.api.Test;

/** A JVM started without {@code --add-modules jdk.incubator.vector} runs every kernel on the scalar backend. */
class WithoutVectorModuleTest {
    /** Run in the child JVM. */
    public static void main(String[] args) {
        Backend b = Backend.best();
        Conv2d conv = Conv2d.builder(3, 9, 9, 8, 3, 3).padding(1).activation(Activation.SIGMOID).build(new float[8 * 27], null);
        Conv2d dw = Conv2d.builder(8, 9, 9, 8, 3, 3).groups(8).padding(1).build(new float[8 * 9], null);
        float[] x = new float[3 * 81], y = new float[8 * 81], z = new float[8 * 81];
        conv.forward(1, x, 0, y, 0);
        dw.forward(1, y, 0, z, 0);
        new Linear(8, 4, new float[32], null, Activation.RELU).forward(1, z, 0, new float[4], 0);
        Elementwise.activation(Activation.SILU, 0f, z, 0, z, 0, z.length);
        // Winograd: ones through weights 1/72 over 8 channels: 1 inside, 4/9 at the corners (padding)
        float[] ones = new float[8 * 81], wts = new float[8 * 8 * 9], wy = new float[8 * 81];
        java.util.Arrays.fill(ones, 1f);
        java.util.Arrays.fill(wts, 1f / 72);
        Conv2d.builder(8, 9, 9, 8, 3, 3).padding(1).winograd(true).build(wts, null).forward(1, ones, 0, wy, 0);
        System.out.println(b + " " + Backend.VECTOR.available() + " " + y[0] + " winograd " + Math.round(wy[40] * 1e4) / 1e4
                + " " + Math.round(wy[0] * 1e4) / 1e4);
    }

    @Test
    void runsOnTheScalarBackend() throws Exception {
        String out = TestUtil.runJava(WithoutVectorModuleTest.class);
        assertTrue(out.contains("SCALAR false 0.5 winograd 1.0 0.4444"), out);
    }
}
