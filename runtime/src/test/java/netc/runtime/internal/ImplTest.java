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
