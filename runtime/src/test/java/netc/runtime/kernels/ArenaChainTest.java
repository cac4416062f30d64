package netc.runtime.kernels;

import static netc.runtime.TestUtil.*;

import java.util.Random;
import netc.runtime.Activation;
import netc.runtime.Backend;
import org.junit.jupiter.api.Test;

/**
 * Kernels chained the way generated code chains them: one arena, tensors at offsets, batch norm folded at load,
 * a residual block, a concat written in place by two convs, and an SE gate. Checked against the reference loops.
 */
class ArenaChainTest {
    static final int N = 2, C = 8, H = 12, W = 12;

    static Conv2dTest.Case conv(int inC, int outC, int k, boolean bias, Activation act, int residual) {
        return new Conv2dTest.Case(N, inC, H, W, outC, k, k, 1, 1, k / 2, k / 2, k / 2, k / 2, 1, 1, 1, bias, act,
                residual);
    }

    static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) f[i] = (float) d[i];
        return f;
    }

    @Test
    void residualBlockConcatAndSeGate() {
        for (Backend backend : backends()) {
            Random rnd = new Random(21);
            int hw = H * W;
            float[] x = random(rnd, N * C * hw);
            float[] w1 = random(rnd, 16 * C * 9), w2 = random(rnd, 16 * 16 * 9), wd = random(rnd, 16 * C);
            float[] w3a = random(rnd, 4 * 16), w3b = random(rnd, 6 * 16 * 9), b3a = random(rnd, 4), b3b = random(rnd, 6);
            float[] wse1 = random(rnd, 3 * 10), bse1 = random(rnd, 3), wse2 = random(rnd, 10 * 3), bse2 = random(rnd, 10);
            float[][] bn = new float[4][16];
            for (int c = 0; c < 16; c++) {
                bn[0][c] = 0.5f + rnd.nextFloat();
                bn[1][c] = rnd.nextFloat() - 0.5f;
                bn[2][c] = rnd.nextFloat() - 0.5f;
                bn[3][c] = 0.5f + rnd.nextFloat();
            }
            // reference: conv -> bn -> relu; conv -> bn (+ downsample 1x1) -> relu; concat; SE
            WeightPrep.Folded f1 = WeightPrep.foldBatchNorm(w1, null, 16, bn[0], bn[1], bn[2], bn[3], 1e-5f);
            WeightPrep.Folded f2 = WeightPrep.foldBatchNorm(w2, null, 16, bn[0], bn[1], bn[2], bn[3], 1e-5f);
            float[] r1 = toFloat(Conv2dTest.reference(conv(C, 16, 3, true, Activation.RELU, 0), x, f1.weight(),
                    f1.bias(), null, H, W));
            float[] rd = toFloat(Conv2dTest.reference(conv(C, 16, 1, false, Activation.NONE, 0), x, wd, null, null, H, W));
            float[] r2 = toFloat(Conv2dTest.reference(conv(16, 16, 3, true, Activation.RELU, 1), r1, f2.weight(),
                    f2.bias(), rd, H, W));
            double[] r3a = Conv2dTest.reference(conv(16, 4, 1, true, Activation.NONE, 0), r2, w3a, b3a, null, H, W);
            double[] r3b = Conv2dTest.reference(conv(16, 6, 3, true, Activation.NONE, 0), r2, w3b, b3b, null, H, W);
            double[] cat = new double[N * 10 * hw];
            for (int img = 0; img < N; img++) {
                System.arraycopy(r3a, img * 4 * hw, cat, img * 10 * hw, 4 * hw);
                System.arraycopy(r3b, img * 6 * hw, cat, (img * 10 + 4) * hw, 6 * hw);
            }
            double[] want = new double[cat.length];
            for (int img = 0; img < N; img++) {
                double[] mean = new double[10], s1 = new double[3];
                for (int c = 0; c < 10; c++) {
                    for (int i = 0; i < hw; i++) mean[c] += cat[(img * 10 + c) * hw + i];
                    mean[c] = (float) (mean[c] / hw);
                }
                for (int o = 0; o < 3; o++) {
                    double v = bse1[o];
                    for (int c = 0; c < 10; c++) v += wse1[o * 10 + c] * mean[c];
                    s1[o] = Math.max(0, (float) v);
                }
                for (int c = 0; c < 10; c++) {
                    double v = bse2[c];
                    for (int o = 0; o < 3; o++) v += wse2[c * 3 + o] * s1[o];
                    double gate = act(Activation.HARDSIGMOID, (float) v, 0);
                    for (int i = 0; i < hw; i++) want[(img * 10 + c) * hw + i] = cat[(img * 10 + c) * hw + i] * gate;
                }
            }

            // the generated-code way: one arena
            int aX = 0, aT1 = aX + N * C * hw, aD = aT1 + N * 16 * hw, aT2 = aD + N * 16 * hw;
            int aCat = aT2 + N * 16 * hw, aGap = aCat + N * 10 * hw, aSe1 = aGap + N * 10, aSe2 = aSe1 + N * 3;
            int aOut = aSe2 + N * 10;
            float[] arena = new float[aOut + N * 10 * hw];
            System.arraycopy(x, 0, arena, aX, x.length);
            Conv2d c1 = Conv2d.builder(C, H, W, 16, 3, 3).padding(1).activation(Activation.RELU).backend(backend)
                    .build(f1.weight(), f1.bias());
            Conv2d cd = Conv2d.builder(C, H, W, 16, 1, 1).backend(backend).build(wd, null);
            Conv2d c2 = Conv2d.builder(16, H, W, 16, 3, 3).padding(1).activation(Activation.RELU).backend(backend)
                    .build(f2.weight(), f2.bias());
            Conv2d c3a = Conv2d.builder(16, H, W, 4, 1, 1).outputBatchStride(10 * hw).backend(backend).build(w3a, b3a);
            Conv2d c3b = Conv2d.builder(16, H, W, 6, 3, 3).padding(1).outputBatchStride(10 * hw).backend(backend)
                    .build(w3b, b3b);
            Pool2d gap = Pool2d.globalAvg(10, H, W);
            Conv2d se1 = Conv2d.builder(10, 1, 1, 3, 1, 1).activation(Activation.RELU).backend(backend).build(wse1, bse1);
            Conv2d se2 = Conv2d.builder(3, 1, 1, 10, 1, 1).activation(Activation.HARDSIGMOID).backend(backend)
                    .build(wse2, bse2);
            for (int rep = 0; rep < 2; rep++) {
                c1.forward(N, arena, aX, arena, aT1);
                cd.forward(N, arena, aX, arena, aD);
                c2.forward(N, arena, aT1, arena, aT2, arena, aD);
                c3a.forward(N, arena, aT2, arena, aCat);
                c3b.forward(N, arena, aT2, arena, aCat + 4 * hw);
                gap.forward(N, arena, aCat, arena, aGap);
                se1.forward(N, arena, aGap, arena, aSe1);
                se2.forward(N, arena, aSe1, arena, aSe2);
                Elementwise.mul(N, arena, aCat, 10, H, W, arena, aSe2, 10, 1, 1, arena, aOut, Activation.NONE, 0f);
                assertClose(backend + " chain", want, arena, aOut, 1e-4);
            }
        }
    }
}
