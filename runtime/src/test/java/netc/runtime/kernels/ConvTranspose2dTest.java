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

class ConvTranspose2dTest {
    record Case(int n, int inC, int h, int w, int outC, int kh, int kw, int sh, int sw, int ph, int pw, int oph,
                int opw, int dh, int dw, int groups, boolean bias, Activation act, boolean residual) {}

    static Stream<Arguments> cases() {
        List<Case> cs = new ArrayList<>();
        cs.add(new Case(1, 8, 7, 7, 4, 4, 4, 2, 2, 1, 1, 0, 0, 1, 1, 1, true, Activation.RELU, false)); // DCGAN-like
        cs.add(new Case(2, 6, 5, 6, 9, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 3, true, Activation.NONE, true));
        cs.add(new Case(1, 4, 6, 5, 4, 3, 2, 1, 3, 0, 1, 0, 2, 2, 1, 2, false, Activation.SIGMOID, false));
        cs.add(new Case(2, 21, 4, 4, 21, 16, 16, 8, 8, 4, 4, 0, 0, 1, 1, 21, false, Activation.NONE, false)); // FCN upsampler
        Random rnd = new Random(11);
        for (int t = 0; t < 10; t++) {
            int g = 1 + rnd.nextInt(3), s = 1 + rnd.nextInt(3), k = 1 + rnd.nextInt(4), d = 1 + rnd.nextInt(2);
            int p = rnd.nextInt(k), op = rnd.nextInt(Math.max(s, d));
            cs.add(new Case(1 + rnd.nextInt(2), g * (1 + rnd.nextInt(5)), 1 + rnd.nextInt(8), 1 + rnd.nextInt(8),
                    g * (1 + rnd.nextInt(5)), k, k, s, s, p, p, op, op, d, d, g, rnd.nextBoolean(),
                    Activation.values()[rnd.nextInt(Activation.values().length)], rnd.nextBoolean()));
        }
        List<Arguments> args = new ArrayList<>();
        for (Backend b : backends()) for (Case c : cs) args.add(Arguments.of(b, c));
        return args.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void matchesReference(Backend backend, Case c) {
        Random rnd = new Random(c.hashCode());
        int oh = (c.h - 1) * c.sh - 2 * c.ph + c.dh * (c.kh - 1) + c.oph + 1;
        int ow = (c.w - 1) * c.sw - 2 * c.pw + c.dw * (c.kw - 1) + c.opw + 1;
        if (oh < 1 || ow < 1) return;
        int cig = c.inC / c.groups, cog = c.outC / c.groups;
        float[] x = random(rnd, c.n * c.inC * c.h * c.w);
        float[] wt = random(rnd, c.inC * cog * c.kh * c.kw);
        float[] b = c.bias ? random(rnd, c.outC) : null;
        float[] res = c.residual ? random(rnd, c.n * c.outC * oh * ow) : null;
        double[] want = new double[c.n * c.outC * oh * ow];
        for (int img = 0; img < c.n; img++)
            for (int ci = 0; ci < c.inC; ci++) {
                int g = ci / cig;
                for (int col = 0; col < cog; col++)
                    for (int iy = 0; iy < c.h; iy++)
                        for (int ix = 0; ix < c.w; ix++)
                            for (int i = 0; i < c.kh; i++)
                                for (int j = 0; j < c.kw; j++) {
                                    int oy = iy * c.sh - c.ph + i * c.dh, ox = ix * c.sw - c.pw + j * c.dw;
                                    if (oy < 0 || oy >= oh || ox < 0 || ox >= ow) continue;
                                    want[((img * c.outC + g * cog + col) * oh + oy) * ow + ox] +=
                                            (double) x[((img * c.inC + ci) * c.h + iy) * c.w + ix]
                                                    * wt[((ci * cog + col) * c.kh + i) * c.kw + j];
                                }
            }
        for (int i = 0; i < want.length; i++) {
            double v = want[i] + (b == null ? 0 : b[i / (oh * ow) % c.outC]);
            if (res != null) v += res[i];
            want[i] = act(c.act, v, 0.2);
        }
        ConvTranspose2d ct = ConvTranspose2d.builder(c.inC, c.h, c.w, c.outC, c.kh, c.kw).stride(c.sh, c.sw)
                .padding(c.ph, c.pw).outputPadding(c.oph, c.opw).dilation(c.dh, c.dw).groups(c.groups)
                .activation(c.act, 0.2f).backend(backend).build(wt, b);
        assertEquals(oh, ct.outHeight());
        assertEquals(ow, ct.outWidth());
        float[] y = new float[want.length + 2];
        for (int rep = 0; rep < 2; rep++) {
            ct.forward(c.n, x, 0, y, 1, res, 0);
            assertClose(c.toString(), want, y, 1);
        }
    }
}
