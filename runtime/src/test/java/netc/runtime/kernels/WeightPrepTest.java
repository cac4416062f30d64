package netc.runtime.kernels;

import static netc.runtime.TestUtil.*;

import java.util.Random;
import netc.runtime.Activation;
import netc.runtime.Backend;
import org.junit.jupiter.api.Test;

class WeightPrepTest {
    @Test
    void foldedConvEqualsConvThenBatchNorm() {
        Random rnd = new Random(8);
        int inC = 4, h = 6, w = 5, outC = 6;
        float[] x = random(rnd, 2 * inC * h * w), wt = random(rnd, outC * inC * 9), b = random(rnd, outC);
        float[] gamma = random(rnd, outC), beta = random(rnd, outC), mean = random(rnd, outC), var = new float[outC];
        for (int i = 0; i < outC; i++) var[i] = 0.1f + rnd.nextFloat();
        for (Backend backend : backends()) {
            for (boolean withBias : new boolean[] {false, true}) {
                float[] bias = withBias ? b : null;
                Conv2d plain = Conv2d.builder(inC, h, w, outC, 3, 3).padding(1).backend(backend).build(wt, bias);
                float[] y = new float[2 * outC * h * w];
                plain.forward(2, x, 0, y, 0);
                double[] want = new double[y.length];
                for (int i = 0; i < y.length; i++) {
                    int c = i / (h * w) % outC;
                    want[i] = Math.max(0, (y[i] - mean[c]) / Math.sqrt(var[c] + 1e-3) * gamma[c] + beta[c]);
                }
                WeightPrep.Folded f = WeightPrep.foldBatchNorm(wt, bias, outC, gamma, beta, mean, var, 1e-3f);
                Conv2d folded = Conv2d.builder(inC, h, w, outC, 3, 3).padding(1).activation(Activation.RELU)
                        .backend(backend).build(f.weight(), f.bias());
                float[] z = new float[y.length];
                folded.forward(2, x, 0, z, 0);
                assertClose(backend + " folded bias=" + withBias, want, z, 0);
            }
        }
    }
}
