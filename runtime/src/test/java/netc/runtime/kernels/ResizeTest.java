package netc.runtime.kernels;

import static netc.runtime.TestUtil.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ResizeTest {
    @Test
    void knownPyTorchValues() {
        float[] x = {1, 2};
        float[] y = new float[4];
        Resize.nearest(1, 1, 2, 1, 4, 0, 0).forward(1, x, 0, y, 0);
        assertArrayEquals(new float[] {1, 1, 2, 2}, y);
        Resize.bilinear(1, 1, 2, 1, 4, false, 0, 2).forward(1, x, 0, y, 0);
        assertArrayEquals(new float[] {1, 1.25f, 1.75f, 2}, y, 1e-6f);
        Resize.bilinear(1, 1, 2, 1, 4, true, 0, 0).forward(1, x, 0, y, 0);
        assertArrayEquals(new float[] {1, 4f / 3, 5f / 3, 2}, y, 1e-6f);
        float[] x3 = {1, 2, 3}, y2 = new float[2];
        Resize.nearest(1, 1, 3, 1, 2, 0, 0).forward(1, x3, 0, y2, 0); // floor(o * 1.5)
        assertArrayEquals(new float[] {1, 2}, y2);
        float[] y5 = new float[5]; // scale_factor 1.7 from 3: size floor(5.1) = 5, src = floor(o / 1.7)
        Resize.nearest(1, 1, 3, 1, 5, 0, 1.7).forward(1, x3, 0, y5, 0);
        assertArrayEquals(new float[] {1, 1, 2, 2, 3}, y5);
    }

    @Test
    void bilinearMatchesFormula() {
        Random rnd = new Random(4);
        for (int t = 0; t < 30; t++) {
            int n = 1 + rnd.nextInt(2), c = 1 + rnd.nextInt(3), ih = 1 + rnd.nextInt(9), iw = 1 + rnd.nextInt(9);
            int oh = 1 + rnd.nextInt(20), ow = 1 + rnd.nextInt(20);
            boolean align = rnd.nextBoolean();
            float[] x = random(rnd, n * c * ih * iw);
            double[] want = new double[n * c * oh * ow];
            for (int p = 0; p < n * c; p++)
                for (int oy = 0; oy < oh; oy++)
                    for (int ox = 0; ox < ow; ox++) {
                        double[] ry = src(ih, oh, oy, align), rx = src(iw, ow, ox, align);
                        int y0 = (int) ry[0], x0 = (int) rx[0];
                        int y1 = Math.min(y0 + 1, ih - 1), x1 = Math.min(x0 + 1, iw - 1);
                        double v = (1 - ry[1]) * ((1 - rx[1]) * x[(p * ih + y0) * iw + x0] + rx[1] * x[(p * ih + y0) * iw + x1])
                                + ry[1] * ((1 - rx[1]) * x[(p * ih + y1) * iw + x0] + rx[1] * x[(p * ih + y1) * iw + x1]);
                        want[(p * oh + oy) * ow + ox] = v;
                    }
            float[] y = new float[want.length];
            Resize.bilinear(c, ih, iw, oh, ow, align, 0, 0).forward(n, x, 0, y, 0);
            assertClose("bilinear t" + t, want, y, 0);
        }
    }

    /** Source index and weight of PyTorch's linear interpolation (size given). */
    static double[] src(int in, int out, int o, boolean align) {
        double real;
        if (align) real = out > 1 ? (double) (in - 1) / (out - 1) * o : 0;
        else real = Math.max((double) in / out * (o + 0.5) - 0.5, 0);
        int i = Math.min((int) Math.floor(real), in - 1);
        return new double[] {i, Math.min(Math.max(real - i, 0), 1)};
    }

    @Test
    void nearestMatchesFormula() {
        Random rnd = new Random(5);
        for (int t = 0; t < 30; t++) {
            int ih = 1 + rnd.nextInt(9), iw = 1 + rnd.nextInt(9), oh = 1 + rnd.nextInt(20), ow = 1 + rnd.nextInt(20);
            float[] x = random(rnd, 2 * ih * iw);
            double[] want = new double[2 * oh * ow];
            for (int p = 0; p < 2; p++)
                for (int oy = 0; oy < oh; oy++)
                    for (int ox = 0; ox < ow; ox++) {
                        int sy = Math.min((int) Math.floor(oy * ((float) ih / oh)), ih - 1);
                        int sx = Math.min((int) Math.floor(ox * ((float) iw / ow)), iw - 1);
                        want[(p * oh + oy) * ow + ox] = x[(p * ih + sy) * iw + sx];
                    }
            float[] y = new float[want.length];
            Resize.nearest(2, ih, iw, oh, ow, 0, 0).forward(1, x, 0, y, 0);
            assertClose("nearest t" + t, want, y, 0, 0);
        }
    }
}
