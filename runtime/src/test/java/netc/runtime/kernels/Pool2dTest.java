package netc.runtime.kernels;

import static netc.runtime.TestUtil.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class Pool2dTest {
    /** PyTorch's pooling_output_shape. */
    static int outSize(int in, int k, int pad, int stride, int dil, boolean ceil) {
        int num = in + 2 * pad - dil * (k - 1) - 1 + (ceil ? stride - 1 : 0);
        int out = Math.floorDiv(num, stride) + 1;
        if (ceil && (out - 1) * stride >= in + pad) out--;
        return out;
    }

    @Test
    void maxPoolMatchesReference() {
        Random rnd = new Random(1);
        for (int t = 0; t < 40; t++) {
            int n = 1 + rnd.nextInt(2), c = 1 + rnd.nextInt(4), h = 1 + rnd.nextInt(15), w = 1 + rnd.nextInt(15);
            int k = 1 + rnd.nextInt(4), s = 1 + rnd.nextInt(3), d = 1 + rnd.nextInt(2);
            int p = rnd.nextInt(k / 2 + 1);
            boolean ceil = rnd.nextBoolean();
            int oh = outSize(h, k, p, s, d, ceil), ow = outSize(w, k, p, s, d, ceil);
            if (oh < 1 || ow < 1 || (k - 1) * d + 1 > h + 2 * p || (k - 1) * d + 1 > w + 2 * p) continue;
            float[] x = random(rnd, n * c * h * w);
            double[] want = new double[n * c * oh * ow];
            for (int pl = 0; pl < n * c; pl++)
                for (int oy = 0; oy < oh; oy++)
                    for (int ox = 0; ox < ow; ox++) {
                        double m = Double.NEGATIVE_INFINITY;
                        for (int i = 0; i < k; i++)
                            for (int j = 0; j < k; j++) {
                                int iy = oy * s - p + i * d, ix = ox * s - p + j * d;
                                if (iy >= 0 && iy < h && ix >= 0 && ix < w) m = Math.max(m, x[(pl * h + iy) * w + ix]);
                            }
                        want[(pl * oh + oy) * ow + ox] = m;
                    }
            float[] y = new float[want.length];
            Pool2d.max(c, h, w, k, k, s, s, p, p, d, d, oh, ow).forward(n, x, 0, y, 0);
            assertClose("max t" + t, want, y, 0);
        }
    }

    @Test
    void avgPoolMatchesReference() {
        Random rnd = new Random(2);
        for (int t = 0; t < 60; t++) {
            int n = 1 + rnd.nextInt(2), c = 1 + rnd.nextInt(3), h = 1 + rnd.nextInt(12), w = 1 + rnd.nextInt(12);
            int k = 1 + rnd.nextInt(4), s = 1 + rnd.nextInt(3), p = rnd.nextInt(k / 2 + 1);
            boolean ceil = rnd.nextBoolean(), include = rnd.nextBoolean();
            int oh = outSize(h, k, p, s, 1, ceil), ow = outSize(w, k, p, s, 1, ceil);
            if (oh < 1 || ow < 1 || k > h + 2 * p || k > w + 2 * p) continue;
            float[] x = random(rnd, n * c * h * w);
            double[] want = new double[n * c * oh * ow];
            for (int pl = 0; pl < n * c; pl++)
                for (int oy = 0; oy < oh; oy++)
                    for (int ox = 0; ox < ow; ox++) {
                        // PyTorch's avg_pool2d (CPU kernel), literally
                        int hs = oy * s - p, ws = ox * s - p;
                        int he = Math.min(hs + k, h + p), we = Math.min(ws + k, w + p);
                        int poolSize = (he - hs) * (we - ws);
                        hs = Math.max(hs, 0);
                        ws = Math.max(ws, 0);
                        he = Math.min(he, h);
                        we = Math.min(we, w);
                        double sum = 0;
                        for (int iy = hs; iy < he; iy++) for (int ix = ws; ix < we; ix++) sum += x[(pl * h + iy) * w + ix];
                        int div = include ? poolSize : (he - hs) * (we - ws);
                        want[(pl * oh + oy) * ow + ox] = he > hs && we > ws ? sum / div : 0;
                    }
            float[] y = new float[want.length];
            Pool2d.avg(c, h, w, k, k, s, s, p, p, p, p, oh, ow, include).forward(n, x, 0, y, 0);
            assertClose("avg t" + t, want, y, 0);
        }
    }

    @Test
    void avgCeilModeDivisorExcludesTheOverhang() {
        // avg_pool2d(arange(25.).view(1,1,5,5), 2, 2, ceil_mode=True): the last column/row windows hold 2 and 1 elements
        float[] x = new float[25];
        for (int i = 0; i < 25; i++) x[i] = i;
        float[] y = new float[9];
        Pool2d.avg(1, 5, 5, 2, 2, 2, 2, 0, 0, 0, 0, 3, 3, true).forward(1, x, 0, y, 0);
        assertArrayEquals(new float[] {3, 5, 6.5f, 13, 15, 16.5f, 20.5f, 22.5f, 24}, y);
    }

    @Test
    void adaptiveAndGlobalAverage() {
        Random rnd = new Random(3);
        for (int t = 0; t < 30; t++) {
            int n = 1 + rnd.nextInt(2), c = 1 + rnd.nextInt(3), h = 1 + rnd.nextInt(14), w = 1 + rnd.nextInt(14);
            int oh = 1 + rnd.nextInt(7), ow = 1 + rnd.nextInt(7);
            float[] x = random(rnd, n * c * h * w);
            double[] want = new double[n * c * oh * ow];
            for (int pl = 0; pl < n * c; pl++)
                for (int oy = 0; oy < oh; oy++)
                    for (int ox = 0; ox < ow; ox++) {
                        int hs = (int) Math.floor((double) oy * h / oh), he = (int) Math.ceil((double) (oy + 1) * h / oh);
                        int ws = (int) Math.floor((double) ox * w / ow), we = (int) Math.ceil((double) (ox + 1) * w / ow);
                        double sum = 0;
                        for (int iy = hs; iy < he; iy++) for (int ix = ws; ix < we; ix++) sum += x[(pl * h + iy) * w + ix];
                        want[(pl * oh + oy) * ow + ox] = sum / ((he - hs) * (we - ws));
                    }
            float[] y = new float[want.length];
            Pool2d.adaptiveAvg(c, h, w, oh, ow).forward(n, x, 0, y, 0);
            assertClose("adaptive t" + t, want, y, 0);
        }
        float[] x = random(rnd, 2 * 2048 * 49);
        float[] y = new float[2 * 2048];
        Pool2d g = Pool2d.globalAvg(2048, 7, 7);
        assertEquals(1, g.outHeight());
        g.forward(2, x, 0, y, 0);
        double[] want = new double[2 * 2048];
        for (int p = 0; p < want.length; p++) {
            for (int i = 0; i < 49; i++) want[p] += x[p * 49 + i];
            want[p] /= 49;
        }
        assertClose("global", want, y, 0);
    }

    @Test
    void maxPropagatesNaN() {
        float[] x = {1, Float.NaN, 3, 4};
        float[] y = new float[1];
        Pool2d.max(1, 2, 2, 2, 2, 2, 2, 0, 0, 1, 1, 1, 1).forward(1, x, 0, y, 0);
        org.junit.jupiter.api.Assertions.assertTrue(Float.isNaN(y[0]));
    }
}
