package netc.runtime.kernels;

import static netc.runtime.TestUtil.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import netc.runtime.Activation;
import netc.runtime.Backend;
import netc.runtime.Parallel;
import netc.runtime.kernels.Conv2dTest.Case;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code Conv2d.Builder.winograd(true)} (Winograd F(2x2, 3x3)) against the direct summation in double. */
class WinogradConvTest {
    /** Winograd rounds differently from direct summation; its error bound grows with the transforms' sums. */
    static final double TOLERANCE = 1e-4;

    static Stream<Arguments> cases() {
        List<Case> cs = new ArrayList<>();
        Activation relu = Activation.RELU;
        // ResNet's sizes: 56x56, 28x28, 14x14, 7x7 (odd: a half-empty last tile row and column)
        cs.add(new Case(1, 64, 56, 56, 64, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, true, relu, 0));
        cs.add(new Case(1, 32, 28, 28, 40, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, true, relu, 1));
        cs.add(new Case(2, 48, 14, 14, 36, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, true, relu, 0));
        cs.add(new Case(1, 40, 7, 7, 70, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, false, relu, 1));
        // odd sizes, no / asymmetric padding, K > KC, the residual after the activation, other activations
        cs.add(new Case(2, 5, 9, 13, 7, 3, 3, 1, 1, 0, 0, 0, 0, 1, 1, 1, true, Activation.NONE, 0));
        cs.add(new Case(1, 6, 11, 4, 9, 3, 3, 1, 1, 2, 0, 1, 2, 1, 1, 1, true, Activation.RELU6, 2));
        cs.add(new Case(1, 300, 5, 6, 10, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, true, Activation.SILU, 1));
        cs.add(new Case(1, 3, 3, 3, 2, 3, 3, 1, 1, 0, 0, 0, 0, 1, 1, 1, false, Activation.LEAKY_RELU, 2));
        cs.add(new Case(2, 17, 37, 33, 19, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, true, Activation.HARDSWISH, 1));
        List<Arguments> args = new ArrayList<>();
        for (Backend b : backends()) for (Case c : cs) args.add(Arguments.of(b, c));
        return args.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void matchesDirectSummation(Backend backend, Case c) {
        Random rnd = new Random(c.hashCode());
        int oh = c.h() + c.pt() + c.pb() - 2, ow = c.w() + c.pl() + c.pr() - 2;
        int inSize = c.n() * c.inC() * c.h() * c.w(), outSize = c.n() * c.outC() * oh * ow;
        float[] x = guarded(rnd, inSize, 5);
        float[] wt = random(rnd, c.outC() * c.inC() * 9);
        float[] b = c.bias() ? random(rnd, c.outC()) : null;
        float[] res = c.residual() > 0 ? random(rnd, outSize) : null;
        double[] want = Conv2dTest.reference(c, Arrays.copyOfRange(x, 5, 5 + inSize), wt, b, res, oh, ow);
        Conv2d conv = Conv2d.builder(c.inC(), c.h(), c.w(), c.outC(), 3, 3).padding(c.pl(), c.pr(), c.pt(), c.pb())
                .activation(c.act(), 0.1f).residualAfterActivation(c.residual() == 2).winograd(true).backend(backend)
                .build(wt, b);
        float[] y = new float[outSize + 6];
        Arrays.fill(y, Float.NaN);
        conv.forward(c.n(), x, 5, y, 3, res, 0);
        assertClose(c.toString(), want, y, 3, TOLERANCE);
        assertGuards(c.toString(), y, 3, outSize);
    }

    @Test
    void oneAndTwoThreadsGiveTheSameResult() {
        try {
            float[][] out = new float[2][];
            for (int threads = 1; threads <= 2; threads++) {
                Parallel.setCommonThreads(threads);
                Random rnd = new Random(11);
                int c = 64, h = 28;
                float[] x = random(rnd, c * h * h), wt = random(rnd, c * c * 9), b = random(rnd, c);
                float[] res = random(rnd, c * h * h);
                Conv2d conv = Conv2d.builder(c, h, h, c, 3, 3).padding(1).activation(Activation.RELU).winograd(true)
                        .build(wt, b);
                out[threads - 1] = new float[c * h * h];
                conv.forward(1, x, 0, out[threads - 1], 0, res, 0);
                double[] want = Conv2dTest.reference(new Case(1, c, h, h, c, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, true,
                        Activation.RELU, 1), x, wt, b, res, h, h);
                assertClose(threads + " threads", want, out[threads - 1], 0, TOLERANCE);
            }
            org.junit.jupiter.api.Assertions.assertArrayEquals(out[0], out[1]);
        } finally {
            Parallel.setCommonThreads(Runtime.getRuntime().availableProcessors());
        }
    }

    @AfterAll
    static void resetThreads() {
        Parallel.setCommonThreads(Runtime.getRuntime().availableProcessors());
    }
}
