package netc.runtime.kernels;

import static netc.runtime.TestUtil.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NormalizeTest {
    @Test
    void lrnAsPyTorch() {
        Random rnd = new Random(1);
        for (int size : new int[] {1, 2, 3, 5, 6}) {
            int n = 2, c = 7, hw = 5;
            float[] x = random(rnd, n * c * hw);
            for (int i = 0; i < x.length; i++) x[i] *= 10;
            float alpha = 1e-2f, beta = 0.75f, k = 2f;
            double[] want = new double[x.length];
            // PyTorch: div = avg_pool over channels of x^2 padded (size/2 before, (size-1)/2 after), count includes pad
            for (int img = 0; img < n; img++)
                for (int ch = 0; ch < c; ch++)
                    for (int p = 0; p < hw; p++) {
                        double s = 0;
                        for (int q = ch - size / 2; q <= ch + (size - 1) / 2; q++) {
                            if (q >= 0 && q < c) s += Math.pow(x[(img * c + q) * hw + p], 2);
                        }
                        int i = (img * c + ch) * hw + p;
                        want[i] = x[i] / Math.pow(s / size * alpha + k, beta);
                    }
            float[] y = new float[x.length];
            Normalize.lrn(n, c, hw, size, alpha, beta, k, x, 0, y, 0);
            assertClose("lrn " + size, want, y, 0);
        }
    }

    @Test
    void softmaxAndLogSoftmax() {
        Random rnd = new Random(2);
        int n = 2, c = 10, hw = 3;
        float[] x = random(rnd, n * c * hw);
        x[4] = 80; // large values must not overflow
        double[] sm = new double[x.length], lsm = new double[x.length];
        for (int img = 0; img < n; img++)
            for (int p = 0; p < hw; p++) {
                double sum = 0;
                for (int ch = 0; ch < c; ch++) sum += Math.exp(x[(img * c + ch) * hw + p]);
                for (int ch = 0; ch < c; ch++) {
                    int i = (img * c + ch) * hw + p;
                    sm[i] = Math.exp(x[i]) / sum;
                    lsm[i] = x[i] - Math.log(sum);
                }
            }
        float[] y = new float[x.length];
        Normalize.softmax(n, c, hw, x, 0, y, 0);
        assertClose("softmax", sm, y, 0);
        Normalize.logSoftmax(n, c, hw, x, 0, y, 0);
        assertClose("log_softmax", lsm, y, 0);
    }
}
