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
