package netc.runtime.kernels;

import netc.runtime.Activation;
import netc.runtime.Backend;
import netc.runtime.Parallel;
import netc.runtime.internal.Epi;
import netc.runtime.internal.GemmDriver;
import netc.runtime.internal.GemmDriver.Operand;
import netc.runtime.internal.Impl;
import netc.runtime.internal.Packer;

/**
 * A fully connected layer, {@code y = act(x W^T + b [+ residual])} (PyTorch's {@code nn.Linear}, weight
 * {@code [out][in]}), on {@code n} rows of {@code in} features. The weights are packed once at construction; the
 * rows of the output are split over {@link Parallel#common()} by blocks of output features. Same threading rules
 * as {@link Conv2d}.
 */
public final class Linear {
    private final int in, out, inStride, outStride;
    private final Impl impl;
    private final Epi epi;
    private final float[] packed;
    private final Packer aPacker;

    /**
     * @param weight {@code [out][in]}, packed here and not kept
     * @param bias {@code [out]} or null, kept by reference
     * @param inStride distance between rows of the input (normally {@code in})
     * @param outStride distance between rows of the output and residual (normally {@code out})
     */
    public Linear(int in, int out, float[] weight, float[] bias, Activation act, float alpha, boolean residualAfter,
                  int inStride, int outStride, Backend backend) {
        if (weight.length < in * out) throw new IllegalArgumentException("weight too short: " + weight.length);
        this.in = in;
        this.out = out;
        this.inStride = inStride;
        this.outStride = outStride;
        this.impl = Impl.of(backend);
        this.epi = new Epi(null, bias, act, alpha, residualAfter);
        if (bias != null && bias.length < out) throw new IllegalArgumentException("bias too short: " + bias.length);
        this.packed = Packer.prepack(Packer.colsB(in, impl.nr), impl.nr, weight, 0, in, out);
        this.aPacker = Packer.rowsA(inStride);
    }

    /** {@code y = act(x W^T + b)}: the common case, contiguous rows, best backend. */
    public Linear(int in, int out, float[] weight, float[] bias, Activation act) {
        this(in, out, weight, bias, act, 0.01f, false, in, out, Backend.best());
    }

    public int in() {
        return in;
    }

    public int out() {
        return out;
    }

    public void forward(int n, float[] x, int xOff, float[] y, int yOff) {
        forward(n, x, xOff, y, yOff, null, 0);
    }

    public void forward(int n, float[] x, int xOff, float[] y, int yOff, float[] res, int resOff) {
        Parallel par = Parallel.common();
        int[] split = GemmDriver.split(n, out, 1, par.threads());
        int mCh = split[0], nCh = split[1];
        Operand a = Operand.of(aPacker, x, xOff);
        Operand b = Operand.prepacked(packed, 0);
        par.run(mCh * nCh, task -> {
            int mc = task / nCh, nc = task % nCh;
            int m0 = GemmDriver.chunkStart(n, Impl.MR, mCh, mc), m1 = GemmDriver.chunkStart(n, Impl.MR, mCh, mc + 1);
            int n0 = GemmDriver.chunkStart(out, impl.nr, nCh, nc), n1 = GemmDriver.chunkStart(out, impl.nr, nCh, nc + 1);
            if (m0 < m1 && n0 < n1) {
                GemmDriver.run(impl, in, a, b, m0, m1, n0, n1, y, yOff, outStride, epi, 0, 0, res, resOff);
            }
        });
    }
}
