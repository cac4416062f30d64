package netc.runtime.kernels;

import static netc.runtime.TestUtil.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import netc.runtime.Activation;
import netc.runtime.Backend;
import netc.runtime.Parallel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Conv2dTest {
    record Case(int n, int inC, int h, int w, int outC, int kh, int kw, int sh, int sw, int pl, int pr, int pt,
                int pb, int dh, int dw, int groups, boolean bias, Activation act, int residual) {
        @Override
        public String toString() {
            return "n" + n + " " + inC + "x" + h + "x" + w + "->" + outC + " k" + kh + "x" + kw + " s" + sh + "," + sw
                    + " p" + pl + "," + pr + "," + pt + "," + pb + " d" + dh + "," + dw + " g" + groups
                    + (bias ? " bias" : "") + " " + act + (residual == 0 ? "" : residual == 1 ? " +res" : " act+res");
        }
    }

    static double[] reference(Case c, float[] x, float[] wt, float[] b, float[] res, int oh, int ow) {
        int cg = c.inC / c.groups, mg = c.outC / c.groups;
        double[] y = new double[c.n * c.outC * oh * ow];
        for (int img = 0; img < c.n; img++)
            for (int co = 0; co < c.outC; co++) {
                int g = co / mg;
                for (int oy = 0; oy < oh; oy++)
                    for (int ox = 0; ox < ow; ox++) {
                        double s = c.bias ? b[co] : 0;
                        for (int ci = 0; ci < cg; ci++)
                            for (int i = 0; i < c.kh; i++)
                                for (int j = 0; j < c.kw; j++) {
                                    int iy = oy * c.sh - c.pt + i * c.dh, ix = ox * c.sw - c.pl + j * c.dw;
                                    if (iy < 0 || iy >= c.h || ix < 0 || ix >= c.w) continue;
                                    s += (double) x[((img * c.inC + g * cg + ci) * c.h + iy) * c.w + ix]
                                            * wt[((co * cg + ci) * c.kh + i) * c.kw + j];
                                }
                        int o = ((img * c.outC + co) * oh + oy) * ow + ox;
                        if (c.residual == 1) s += res[o];
                        s = act(c.act, s, 0.1);
                        if (c.residual == 2) s += res[o];
                        y[o] = s;
                    }
            }
        return y;
    }

    static Stream<Arguments> cases() {
        List<Case> cs = new ArrayList<>();
        Activation[] acts = Activation.values();
        // typical layers
        cs.add(new Case(1, 16, 14, 14, 24, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, true, Activation.RELU, 1));
        cs.add(new Case(2, 3, 23, 19, 13, 7, 7, 2, 2, 3, 3, 3, 3, 1, 1, 1, true, Activation.RELU, 0));
        cs.add(new Case(1, 64, 9, 9, 70, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, false, Activation.NONE, 1));
        cs.add(new Case(2, 32, 8, 7, 20, 1, 1, 2, 2, 0, 0, 0, 0, 1, 1, 1, true, Activation.RELU6, 0));
        cs.add(new Case(1, 300, 5, 5, 7, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, true, Activation.NONE, 0)); // K > KC
        // 1x1: K > KC, full panels and a partial one; many rows (B shared by row splits with 2+ threads)
        cs.add(new Case(1, 300, 6, 7, 40, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, true, Activation.RELU, 1));
        cs.add(new Case(2, 24, 8, 8, 200, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, true, Activation.RELU6, 2));
        // few columns, many rows: B packed once and shared by row blocks (with 2+ threads)
        cs.add(new Case(1, 40, 7, 7, 256, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, true, Activation.RELU, 1));
        cs.add(new Case(2, 64, 4, 5, 200, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 2, false, Activation.NONE, 2));
        cs.add(new Case(1, 24, 9, 9, 104, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, true, Activation.HARDSWISH, 0));
        // output rows of 64 (row tiles also on the scalar backend's 64-wide panels)
        cs.add(new Case(1, 3, 5, 64, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, true, Activation.RELU, 1));
        cs.add(new Case(2, 4, 9, 127, 5, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, false, Activation.SILU, 2));
        // flat panels across row ends (vector backend): 28 wide (2 runs), 13 and 9 wide (3 runs), stride 2 to 14
        cs.add(new Case(1, 5, 28, 28, 9, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, true, Activation.RELU, 1));
        cs.add(new Case(2, 7, 13, 13, 6, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, false, Activation.NONE, 2));
        cs.add(new Case(1, 4, 11, 9, 5, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, true, Activation.SILU, 0));
        cs.add(new Case(1, 6, 28, 28, 8, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, true, Activation.RELU, 1));
        // depthwise, with multiplier and stride
        cs.add(new Case(2, 8, 13, 17, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 8, true, Activation.RELU6, 0));
        cs.add(new Case(1, 6, 15, 21, 12, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 6, true, Activation.HARDSWISH, 0));
        cs.add(new Case(1, 5, 40, 37, 5, 5, 5, 2, 2, 2, 1, 2, 1, 1, 1, 5, false, Activation.SILU, 1));
        cs.add(new Case(2, 4, 11, 30, 4, 3, 3, 1, 1, 2, 2, 2, 2, 2, 2, 4, true, Activation.NONE, 2));
        cs.add(new Case(1, 3, 9, 9, 3, 3, 5, 3, 1, 0, 2, 1, 0, 1, 2, 3, true, Activation.LEAKY_RELU, 0));
        // 3x3 stride 1 padding 1 (the masked flat kernel): planes narrower than a vector, one row or column, widths
        // of exactly one vector and not, multiplier 2, residuals before and after the activation, the post-pass epilogue
        cs.add(new Case(1, 6, 7, 7, 6, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 6, true, Activation.RELU6, 0));
        cs.add(new Case(2, 5, 14, 14, 10, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 5, true, Activation.SILU, 1));
        cs.add(new Case(1, 3, 1, 9, 3, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 3, false, Activation.RELU, 2));
        cs.add(new Case(1, 4, 5, 1, 4, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 4, true, Activation.NONE, 1));
        cs.add(new Case(1, 3, 3, 2, 3, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 3, true, Activation.LEAKY_RELU, 0));
        cs.add(new Case(2, 4, 9, 8, 4, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 4, true, Activation.RELU, 2));
        cs.add(new Case(1, 3, 12, 30, 3, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 3, true, Activation.HARDSWISH, 0));
        // 3x3 stride 2 padding 1 on even planes (the masked parity-split kernel), also with no bottom/right padding
        cs.add(new Case(1, 4, 14, 14, 4, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 4, true, Activation.RELU6, 0));
        cs.add(new Case(2, 3, 8, 16, 6, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 3, true, Activation.SILU, 1));
        cs.add(new Case(1, 3, 2, 2, 3, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 3, false, Activation.NONE, 2));
        cs.add(new Case(1, 5, 10, 6, 5, 3, 3, 2, 2, 1, 0, 1, 0, 1, 1, 5, true, Activation.RELU, 0));
        cs.add(new Case(1, 3, 18, 34, 3, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 3, true, Activation.HARDSWISH, 1));
        // strided 1x1 (im2col from the input), with a residual; stride 3 by 2
        cs.add(new Case(2, 8, 15, 14, 12, 1, 1, 2, 2, 0, 0, 0, 0, 1, 1, 1, true, Activation.RELU, 1));
        cs.add(new Case(1, 5, 16, 17, 7, 1, 1, 3, 2, 0, 0, 0, 0, 1, 1, 1, false, Activation.NONE, 0));
        // stride-2 depthwise (the parity-split layout): dilated, 5x5, TF-style asymmetric padding, 7x7 output, odd sizes
        cs.add(new Case(2, 4, 17, 19, 4, 3, 3, 2, 2, 1, 2, 2, 1, 2, 2, 4, true, Activation.RELU6, 0));
        cs.add(new Case(1, 3, 14, 14, 3, 5, 5, 2, 2, 2, 2, 2, 2, 1, 1, 3, true, Activation.SILU, 0));
        cs.add(new Case(1, 8, 14, 14, 8, 3, 3, 2, 2, 0, 1, 0, 1, 1, 1, 8, true, Activation.RELU6, 0));
        cs.add(new Case(2, 5, 13, 27, 10, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 5, false, Activation.NONE, 1));
        // groups, dilation, asymmetric padding
        cs.add(new Case(2, 12, 10, 11, 18, 3, 3, 1, 1, 0, 2, 1, 0, 2, 1, 3, true, Activation.TANH, 1));
        cs.add(new Case(1, 8, 12, 12, 16, 3, 2, 2, 3, 1, 0, 2, 1, 1, 3, 2, false, Activation.SIGMOID, 2));
        cs.add(new Case(2, 6, 7, 7, 9, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 3, true, Activation.HARDSIGMOID, 0));
        Random rnd = new Random(7);
        for (int t = 0; t < 24; t++) {
            int groups = 1 + rnd.nextInt(3);
            boolean dw = rnd.nextInt(4) == 0;
            int inC = dw ? 1 + rnd.nextInt(9) : groups * (1 + rnd.nextInt(9));
            if (dw) groups = inC;
            int outC = groups * (1 + rnd.nextInt(dw ? 3 : 20));
            int kh = 1 + rnd.nextInt(5), kw = 1 + rnd.nextInt(5);
            int dh = 1 + rnd.nextInt(2), dw2 = 1 + rnd.nextInt(2);
            int h = (kh - 1) * dh + 1 + rnd.nextInt(20), w = (kw - 1) * dw2 + 1 + rnd.nextInt(40);
            cs.add(new Case(1 + rnd.nextInt(2), inC, h, w, outC, kh, kw, 1 + rnd.nextInt(3), 1 + rnd.nextInt(3),
                    rnd.nextInt(3), rnd.nextInt(3), rnd.nextInt(3), rnd.nextInt(3), dh, dw2, groups, rnd.nextBoolean(),
                    acts[rnd.nextInt(acts.length)], rnd.nextInt(3)));
        }
        List<Arguments> args = new ArrayList<>();
        for (Backend b : backends()) for (Case c : cs) args.add(Arguments.of(b, c));
        return args.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void matchesReference(Backend backend, Case c) {
        Random rnd = new Random(c.hashCode());
        int oh = (c.h + c.pt + c.pb - c.dh * (c.kh - 1) - 1) / c.sh + 1;
        int ow = (c.w + c.pl + c.pr - c.dw * (c.kw - 1) - 1) / c.sw + 1;
        int inSize = c.n * c.inC * c.h * c.w, outSize = c.n * c.outC * oh * ow;
        float[] x = guarded(rnd, inSize, 5);
        float[] wt = random(rnd, c.outC * (c.inC / c.groups) * c.kh * c.kw);
        float[] b = c.bias ? random(rnd, c.outC) : null;
        float[] res = c.residual > 0 ? random(rnd, outSize) : null;
        float[] xs = java.util.Arrays.copyOfRange(x, 5, 5 + inSize);
        double[] want = reference(c, xs, wt, b, res, oh, ow);
        Conv2d conv = Conv2d.builder(c.inC, c.h, c.w, c.outC, c.kh, c.kw).stride(c.sh, c.sw)
                .padding(c.pl, c.pr, c.pt, c.pb).dilation(c.dh, c.dw).groups(c.groups).activation(c.act, 0.1f)
                .residualAfterActivation(c.residual == 2).backend(backend).build(wt, b);
        org.junit.jupiter.api.Assertions.assertEquals(oh, conv.outHeight());
        org.junit.jupiter.api.Assertions.assertEquals(ow, conv.outWidth());
        float[] y = new float[outSize + 6];
        java.util.Arrays.fill(y, Float.NaN);
        conv.forward(c.n, x, 5, y, 3, res, 0);
        assertClose(c.toString(), want, y, 3);
        assertGuards(c.toString(), y, 3, outSize);
    }

    @Test
    void writesIntoAChannelSliceOfALargerTensor() {
        for (Backend backend : backends()) {
            Random rnd = new Random(3);
            int n = 2, inC = 5, h = 6, w = 7, outC = 4, totalC = 9, c0 = 3;
            float[] x = random(rnd, n * inC * h * w);
            float[] wt = random(rnd, outC * inC * 9);
            Conv2d conv = Conv2d.builder(inC, h, w, outC, 3, 3).padding(1).backend(backend)
                    .outputBatchStride(totalC * h * w).build(wt, null);
            float[] y = new float[n * totalC * h * w];
            java.util.Arrays.fill(y, Float.NaN);
            conv.forward(n, x, 0, y, c0 * h * w);
            double[] want = reference(new Case(n, inC, h, w, outC, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, false,
                    Activation.NONE, 0), x, wt, null, null, h, w);
            for (int img = 0; img < n; img++) {
                double[] part = java.util.Arrays.copyOfRange(want, img * outC * h * w, (img + 1) * outC * h * w);
                assertClose("slice", part, y, (img * totalC + c0) * h * w);
                for (int i = 0; i < totalC * h * w; i++) {
                    boolean inside = i >= c0 * h * w && i < (c0 + outC) * h * w;
                    if (!inside && !Float.isNaN(y[img * totalC * h * w + i])) throw new AssertionError("wrote at " + i);
                }
            }
        }
    }

    @Test
    void readsAChannelSliceAndAStridedResidual() {
        for (Backend backend : backends()) {
            for (int k : new int[] {1, 3}) {
                Random rnd = new Random(4 + k);
                int n = 2, totalC = 7, c0 = 2, inC = 4, h = 20, w = 20, outC = 5;
                float[] big = random(rnd, n * totalC * h * w);
                float[] x = new float[n * inC * h * w];
                for (int img = 0; img < n; img++) {
                    System.arraycopy(big, (img * totalC + c0) * h * w, x, img * inC * h * w, inC * h * w);
                }
                float[] wt = random(rnd, outC * inC * k * k), b = random(rnd, outC);
                float[] resBig = random(rnd, n * 2 * outC * h * w); // residual: first outC of 2*outC channels
                float[] res = new float[n * outC * h * w];
                for (int img = 0; img < n; img++) {
                    System.arraycopy(resBig, img * 2 * outC * h * w, res, img * outC * h * w, outC * h * w);
                }
                Case c = new Case(n, inC, h, w, outC, k, k, 1, 1, k / 2, k / 2, k / 2, k / 2, 1, 1, 1, true,
                        Activation.RELU, 1);
                double[] want = reference(c, x, wt, b, res, h, w);
                Conv2d conv = Conv2d.builder(inC, h, w, outC, k, k).padding(k / 2).activation(Activation.RELU)
                        .inputBatchStride(totalC * h * w).residualBatchStride(2 * outC * h * w).backend(backend)
                        .build(wt, b);
                float[] y = new float[n * outC * h * w];
                conv.forward(n, big, c0 * h * w, y, 0, resBig, 0);
                assertClose(backend + " slice k" + k, want, y, 0);
            }
        }
    }

    @Test
    void singleAndManyThreadsAgree() {
        try {
            for (int threads : new int[] {1, 3}) {
                Parallel.setCommonThreads(threads);
                matchesReference(Backend.best(), new Case(2, 24, 30, 30, 40, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, true,
                        Activation.RELU, 1));
                matchesReference(Backend.best(), new Case(2, 16, 30, 30, 16, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 16, true,
                        Activation.RELU, 0));
                matchesReference(Backend.best(), new Case(1, 40, 7, 7, 256, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, true,
                        Activation.RELU, 1));
            }
        } finally {
            Parallel.setCommonThreads(Runtime.getRuntime().availableProcessors());
        }
    }

    @AfterAll
    static void resetThreads() {
        Parallel.setCommonThreads(Runtime.getRuntime().availableProcessors());
    }
}
