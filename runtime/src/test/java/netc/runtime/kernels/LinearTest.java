package netc.runtime.kernels;

import static netc.runtime.TestUtil.*;

import java.util.Random;
import netc.runtime.Activation;
import netc.runtime.Backend;
import org.junit.jupiter.api.Test;

class LinearTest {
    @Test
    void matchesReference() {
        Random rnd = new Random(5);
        int[][] shapes = {{1, 2048, 1000}, {2, 37, 19}, {7, 300, 33}, {1, 5, 1}, {13, 64, 64}, {3, 1, 17}};
        for (Backend backend : backends()) {
            for (int[] s : shapes) {
                for (int mode = 0; mode < 3; mode++) {
                    int n = s[0], in = s[1], out = s[2];
                    float[] x = random(rnd, n * in), w = random(rnd, in * out), b = random(rnd, out);
                    float[] res = mode == 2 ? random(rnd, n * out) : null;
                    Activation act = mode == 1 ? Activation.HARDSWISH : Activation.RELU;
                    double[] want = new double[n * out];
                    for (int i = 0; i < n; i++)
                        for (int o = 0; o < out; o++) {
                            double v = b[o];
                            for (int k = 0; k < in; k++) v += (double) x[i * in + k] * w[o * in + k];
                            if (res != null) v += res[i * out + o];
                            want[i * out + o] = act(act, v, 0);
                        }
                    Linear lin = new Linear(in, out, w, b, act, 0f, false, in, out, backend);
                    float[] y = new float[n * out + 3];
                    lin.forward(n, x, 0, y, 3, res, 0);
                    assertClose(backend + " linear " + n + "x" + in + "->" + out + " mode " + mode, want, y, 3);
                }
            }
        }
    }

    @Test
    void stridedRowsAndResidualAfterActivation() {
        Random rnd = new Random(6);
        int n = 3, in = 20, out = 18, inStride = 25, outStride = 21;
        float[] x = random(rnd, n * inStride), w = random(rnd, in * out), res = random(rnd, n * outStride);
        double[] want = new double[n * outStride];
        float[] got = new float[n * outStride];
        for (Backend backend : backends()) {
            float[] y = new float[n * outStride];
            new Linear(in, out, w, null, Activation.TANH, 0f, true, inStride, outStride, backend)
                    .forward(n, x, 0, y, 0, res, 0);
            for (int i = 0; i < n; i++)
                for (int o = 0; o < out; o++) {
                    double v = 0;
                    for (int k = 0; k < in; k++) v += (double) x[i * inStride + k] * w[o * in + k];
                    want[i * outStride + o] = Math.tanh(v) + res[i * outStride + o];
                    got[i * outStride + o] = y[i * outStride + o];
                }
            assertClose(backend + " strided linear", want, got, 0);
        }
    }

    @Test
    void gemmMatchesReference() {
        Random rnd = new Random(9);
        int[][] shapes = {{1, 1, 1}, {5, 17, 3}, {64, 100, 300}, {130, 33, 257}, {4, 64, 1000}};
        for (Backend backend : backends()) {
            for (int[] s : shapes) {
                int m = s[0], n = s[1], k = s[2], lda = k + 2, ldb = n + 1, ldc = n + 3;
                float[] a = random(rnd, m * lda), b = random(rnd, k * ldb), c = new float[m * ldc];
                Gemm.multiply(backend, m, n, k, a, 0, lda, b, 0, ldb, c, 0, ldc);
                double[] want = new double[m * ldc];
                float[] got = new float[m * ldc];
                for (int i = 0; i < m; i++)
                    for (int j = 0; j < n; j++) {
                        double v = 0;
                        for (int p = 0; p < k; p++) v += (double) a[i * lda + p] * b[p * ldb + j];
                        want[i * ldc + j] = v;
                        got[i * ldc + j] = c[i * ldc + j];
                    }
                assertClose(backend + " gemm " + m + "x" + n + "x" + k, want, got, 0);
            }
        }
    }
}
