package netc.runtime.kernels;

import static netc.runtime.TestUtil.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import netc.runtime.Activation;
import netc.runtime.Backend;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SeparableConv2d and PointwiseChain against the unfused Conv2d kernels run one after the other. */
class FusedConvTest {
    static Stream<Arguments> separableCases() {
        List<Arguments> out = new ArrayList<>();
        for (Backend be : backends()) {
            // n, inC, h, w, k, stride, pad, dilation, multiplier, outC, residual
            out.add(Arguments.of(be, 1, 8, 13, 11, 3, 1, 1, 1, 1, 5, false));
            out.add(Arguments.of(be, 2, 7, 17, 19, 3, 2, 1, 1, 1, 9, false));
            out.add(Arguments.of(be, 2, 6, 23, 9, 5, 1, 2, 1, 2, 6, true));
            out.add(Arguments.of(be, 1, 16, 40, 37, 3, 2, 1, 1, 1, 24, false));
            out.add(Arguments.of(be, 1, 32, 56, 56, 3, 1, 1, 1, 1, 32, true));
            out.add(Arguments.of(be, 1, 5, 15, 15, 3, 1, 2, 2, 1, 7, true));
            out.add(Arguments.of(be, 2, 3, 6, 5, 7, 2, 4, 1, 1, 4, false));
            out.add(Arguments.of(be, 1, 64, 7, 7, 3, 1, 1, 1, 1, 37, true));
            out.add(Arguments.of(be, 2, 6, 21, 10, 3, 2, 1, 1, 1, 5, true));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("separableCases")
    void separableMatchesDepthwiseThenPointwise(Backend be, int n, int inC, int h, int w, int k, int s, int p, int d, int mult,
                                                int outC, boolean residual) {
        for (int rows : new int[] {0, 1, 3}) separable(be, n, inC, h, w, k, s, p, d, mult, outC, residual, rows);
    }

    private static void separable(Backend be, int n, int inC, int h, int w, int k, int s, int p, int d, int mult, int outC,
                                  boolean residual, int bandRows) {
        Random rnd = new Random(inC * 31 + h);
        int mid = inC * mult;
        float[] x = random(rnd, n * inC * h * w), dwW = random(rnd, mid * k * k), dwB = random(rnd, mid);
        float[] pwW = random(rnd, outC * mid), pwB = random(rnd, outC);
        Conv2d dw = Conv2d.builder(inC, h, w, mid, k, k).stride(s, s).padding(p, p, p, p).dilation(d, d).groups(inC)
                .activation(Activation.RELU6, 0f).backend(be).build(dwW, dwB);
        int oh = dw.outHeight(), ow = dw.outWidth();
        Conv2d pw = Conv2d.builder(mid, oh, ow, outC, 1, 1).activation(Activation.HARDSWISH, 0f).backend(be).build(pwW, pwB);
        float[] res = residual ? random(rnd, n * outC * oh * ow) : null;
        float[] t = new float[n * mid * oh * ow], want = new float[n * outC * oh * ow];
        dw.forward(n, x, 0, t, 0);
        pw.forward(n, t, 0, want, 0, res, 0);
        SeparableConv2d sep = SeparableConv2d.builder(inC, h, w, k, k, outC).stride(s, s).padding(p, p, p, p).dilation(d, d)
                .multiplier(mult).bandRows(bandRows).depthwiseActivation(Activation.RELU6, 0f).activation(Activation.HARDSWISH, 0f).backend(be)
                .build(dwW, dwB, pwW, pwB);
        assertEquals(oh, sep.outHeight());
        int pad = 7, len = want.length;
        float[] y = new float[len + 2 * pad];
        java.util.Arrays.fill(y, Float.NaN);
        float[] xg = new float[x.length + 3];
        System.arraycopy(x, 0, xg, 3, x.length);
        sep.forward(n, xg, 3, y, pad, res, 0);
        double[] wd = new double[len];
        for (int i = 0; i < len; i++) wd[i] = want[i];
        assertClose("separable", wd, y, pad, 1e-6);
        assertGuards("separable", y, pad, len);
    }

    static Stream<Arguments> chainCases() {
        List<Arguments> out = new ArrayList<>();
        for (Backend be : backends()) {
            out.add(Arguments.of(be, 1, new int[] {5, 7, 3}, 9, 11, false));
            out.add(Arguments.of(be, 2, new int[] {16, 33, 17, 8}, 13, 7, true));
            out.add(Arguments.of(be, 2, new int[] {96, 96, 96}, 54, 54, false));
            out.add(Arguments.of(be, 1, new int[] {3, 4}, 1, 1, true));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("chainCases")
    void chainMatchesConvsOneAfterTheOther(Backend be, int n, int[] ch, int h, int w, boolean residual) {
        Random rnd = new Random(ch.length * 7 + h);
        int stages = ch.length - 1;
        float[][] ws = new float[stages][], bs = new float[stages][];
        Activation[] acts = new Activation[stages];
        float[] alphas = new float[stages];
        float[] cur = random(rnd, n * ch[0] * h * w), x = cur;
        float[] res = residual ? random(rnd, n * ch[stages] * h * w) : null;
        for (int i = 0; i < stages; i++) {
            ws[i] = random(rnd, ch[i] * ch[i + 1]);
            bs[i] = i == 1 ? null : random(rnd, ch[i + 1]);
            acts[i] = i % 2 == 0 ? Activation.RELU : Activation.LEAKY_RELU;
            alphas[i] = 0.1f;
            Conv2d c = Conv2d.builder(ch[i], h, w, ch[i + 1], 1, 1).activation(acts[i], alphas[i]).backend(be).build(ws[i], bs[i]);
            float[] next = new float[n * ch[i + 1] * h * w];
            c.forward(n, cur, 0, next, 0, i == stages - 1 ? res : null, 0);
            cur = next;
        }
        PointwiseChain chain = new PointwiseChain(ch, h, w, ws, bs, acts, alphas, -1, be);
        int pad = 5;
        float[] y = new float[cur.length + 2 * pad];
        java.util.Arrays.fill(y, Float.NaN);
        chain.forward(n, x, 0, y, pad, res, 0);
        double[] wd = new double[cur.length];
        for (int i = 0; i < cur.length; i++) wd[i] = cur[i];
        assertClose("chain", wd, y, pad, 1e-6);
        assertGuards("chain", y, pad, cur.length);
    }
}
