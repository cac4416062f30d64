package netc.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import netc.runtime.Backend;
import netc.runtime.TestUtil;
import org.junit.jupiter.api.Test;

class ImplTest {
    @Test
    void deinterleaveSplitsByParity() {
        for (Backend b : TestUtil.backends()) {
            Impl impl = Impl.of(b);
            for (int n = 0; n <= 41; n++) {
                float[] src = new float[n + 3];
                for (int i = 0; i < src.length; i++) src[i] = i;
                float[] dst = new float[64];
                java.util.Arrays.fill(dst, -1f);
                impl.deinterleave(src, 3, n, dst, 1, 33);
                for (int q = 0; q < (n + 1) / 2; q++) assertEquals(3 + 2 * q, dst[1 + q], b + " even n=" + n);
                for (int q = 0; q < n / 2; q++) assertEquals(4 + 2 * q, dst[33 + q], b + " odd n=" + n);
                assertEquals(-1f, dst[1 + (n + 1) / 2], b + " past even n=" + n);
                assertEquals(-1f, dst[33 + n / 2], b + " past odd n=" + n);
            }
        }
    }

    @Test
    void packSegmentsTakesEachLaneFromItsRun() {
        for (Backend b : TestUtil.backends()) {
            Impl impl = Impl.of(b);
            int nr = impl.nr;
            float[] src = new float[400];
            for (int i = 0; i < src.length; i++) src[i] = i;
            int[] taps = {0, 7, 50, 3};
            // one, two and three runs (the vector backend's blends; more runs: the generic loop)
            int[][] lanes = {{0}, {0, nr / 4}, {0, 1, nr - 1}, {0, 1, 2, 3}};
            int[][] shifts = {{10}, {20, 90}, {5, 100, 200}, {0, 40, 80, 120}};
            for (int c = 0; c < lanes.length; c++) {
                float[] dst = new float[2 * nr + 2];
                java.util.Arrays.fill(dst, -1f);
                impl.packSegments(src, 30, taps, 1, 2, shifts[c], lanes[c], 0, lanes[c].length, dst, 1);
                for (int kk = 0; kk < 2; kk++) {
                    for (int q = 0; q < nr; q++) {
                        int g = 0;
                        while (g + 1 < lanes[c].length && lanes[c][g + 1] <= q) g++;
                        assertEquals(30 + taps[1 + kk] + shifts[c][g] + q, dst[1 + kk * nr + q], b + " case " + c);
                    }
                }
                assertEquals(-1f, dst[0], b + " before");
                assertEquals(-1f, dst[1 + 2 * nr], b + " after");
            }
        }
    }

    /** The masked 3x3 kernel of both backends (the scalar one is the fallback) against its definition, in double. */
    @Test
    void dw3x3MaskedMatchesItsDefinition() {
        java.util.Random rnd = new java.util.Random(11);
        for (Backend b : TestUtil.backends()) {
            Impl impl = Impl.of(b);
            for (int period : new int[] {1, 5, 7, 8, 14, 19}) {
                int len = period * 3 + period / 2, pad = 2 * period + 2;
                float[] p = TestUtil.random(rnd, len + 2 * pad + 16), k = TestUtil.random(rnd, 12);
                float[] keepL = new float[period + 8], keepR = new float[period + 8];
                for (int c = 0; c < keepL.length; c++) { // periodic, as the kernels require
                    keepL[c] = c < period ? (rnd.nextBoolean() ? 1f : 0f) : keepL[c % period];
                    keepR[c] = c < period ? (rnd.nextBoolean() ? 1f : 0f) : keepR[c % period];
                }
                int[] taps = new int[9];
                for (int t = 0; t < 9; t++) taps[t] = rnd.nextInt(2 * pad);
                float[] res = TestUtil.random(rnd, len + 3);
                Epi epi = new Epi(null, null, netc.runtime.Activation.RELU6, 0f, false);
                float[] y = new float[len + 4];
                java.util.Arrays.fill(y, Float.NaN);
                impl.dw3x3Masked(p, taps, len, period, keepL, keepR, k, 2, 0.25f, y, 1, res, 3, epi);
                for (int i = 0; i < len; i++) {
                    double[] col = new double[3];
                    for (int t = 0; t < 9; t++) col[t % 3] += (double) k[2 + t] * p[taps[t] + i];
                    double want = 0.25 + col[1] + keepL[i % period] * col[0] + keepR[i % period] * col[2] + res[3 + i];
                    want = Math.min(6, Math.max(0, want));
                    assertEquals(want, y[1 + i], 1e-5, b + " period " + period + " at " + i);
                }
                assertEquals(Float.NaN, y[0], b + " before");
                assertEquals(Float.NaN, y[1 + len], b + " after");
            }
        }
    }

    @Test
    void vectorExpIsAccurate() {
        if (!Backend.VECTOR.available()) return;
        float[] x = new float[8], y = new float[8];
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            for (int l = 0; l < 8; l++) x[l] = -87f + (87f + 88.3f) * ((i * 8 + l) / 1_600_000f);
            VectorExp.exp(x, y);
            for (int l = 0; l < 8; l++) {
                double want = Math.exp(x[l]);
                worst = Math.max(worst, Math.abs(y[l] - want) / want);
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(worst < 3e-7, "relative error " + worst);
    }
}
