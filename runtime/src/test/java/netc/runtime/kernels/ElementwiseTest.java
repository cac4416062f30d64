package netc.runtime.kernels;

import static netc.runtime.TestUtil.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import netc.runtime.Activation;
import netc.runtime.Backend;
import netc.runtime.internal.Impl;
import org.junit.jupiter.api.Test;

class ElementwiseTest {
    @Test
    void activationsMatchReference() {
        Random rnd = new Random(1);
        for (Backend backend : backends()) {
            for (Activation act : Activation.values()) {
                for (int len : new int[] {1, 7, 8, 33, 100_003}) {
                    float[] x = random(rnd, len);
                    for (int i = 0; i < len; i++) x[i] *= 8; // cover relu6/hardswish saturation
                    double[] want = new double[len];
                    for (int i = 0; i < len; i++) want[i] = act(act, x[i], 0.05);
                    float[] y = new float[len + 1];
                    Elementwise.activation(Impl.of(backend), act, 0.05f, x, 0, y, 1, len);
                    assertClose(backend + " " + act + " " + len, want, y, 1);
                    Elementwise.activation(Impl.of(backend), act, 0.05f, x, 0, x, 0, len); // in place
                    assertClose(backend + " " + act + " in place", want, x, 0);
                }
            }
        }
    }

    @Test
    void addAndMulBroadcast() {
        Random rnd = new Random(2);
        int[][] shapes = { // a (c,h,w), b (c,h,w)
            {5, 6, 7, 5, 6, 7}, {5, 6, 7, 5, 1, 1}, {5, 1, 1, 5, 6, 7}, {5, 6, 7, 1, 6, 7}, {5, 6, 7, 5, 6, 1},
            {5, 6, 7, 5, 1, 7}, {1, 1, 1, 3, 4, 5}, {64, 56, 56, 64, 1, 1}, {3, 6, 1, 3, 1, 9}};
        for (Backend backend : backends()) {
            for (int[] s : shapes) {
                for (boolean mul : new boolean[] {false, true}) {
                    int n = 2, c = Math.max(s[0], s[3]), h = Math.max(s[1], s[4]), w = Math.max(s[2], s[5]);
                    float[] a = random(rnd, n * s[0] * s[1] * s[2]), b = random(rnd, n * s[3] * s[4] * s[5]);
                    double[] want = new double[n * c * h * w];
                    for (int img = 0; img < n; img++)
                        for (int ch = 0; ch < c; ch++)
                            for (int y = 0; y < h; y++)
                                for (int x = 0; x < w; x++) {
                                    double va = a[((img * s[0] + ch % s[0]) * s[1] + y % s[1]) * s[2] + x % s[2]];
                                    double vb = b[((img * s[3] + ch % s[3]) * s[4] + y % s[4]) * s[5] + x % s[5]];
                                    want[((img * c + ch) * h + y) * w + x] = act(Activation.SIGMOID, mul ? va * vb : va + vb, 0);
                                }
                    float[] out = new float[want.length];
                    Elementwise.binary(Impl.of(backend), mul, n, a, 0, s[0], s[1], s[2], b, 0, s[3], s[4], s[5], out, 0,
                            Activation.SIGMOID, 0f);
                    assertClose(backend + (mul ? " mul " : " add ") + java.util.Arrays.toString(s), want, out, 0);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Elementwise.add(1, new float[6], 0, 2, 3, 1,
                new float[9], 0, 3, 3, 1, new float[9], 0, Activation.NONE, 0f));
    }

    @Test
    void scaleShiftIsBatchNorm() {
        Random rnd = new Random(3);
        int n = 2, c = 3, hw = 10;
        float[] x = random(rnd, n * c * hw), gamma = random(rnd, c), beta = random(rnd, c), mean = random(rnd, c);
        float[] var = {0.5f, 1.5f, 0.01f};
        WeightPrep.ScaleShift ss = WeightPrep.batchNormScaleShift(gamma, beta, mean, var, 1e-5f);
        double[] want = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int ch = i / hw % c;
            want[i] = Math.max(0, (x[i] - mean[ch]) / Math.sqrt(var[ch] + 1e-5) * gamma[ch] + beta[ch]);
        }
        for (Backend backend : backends()) {
            float[] y = new float[x.length];
            Elementwise.scaleShift(Impl.of(backend), n, c, hw, x, 0, ss.scale(), ss.shift(), y, 0, Activation.RELU, 0f);
            assertClose(backend + " bn", want, y, 0);
        }
    }
}
