package netc.runtime.kernels;

import java.util.Arrays;
import netc.runtime.Activation;
import netc.runtime.Backend;
import netc.runtime.Parallel;
import netc.runtime.internal.Epi;
import netc.runtime.internal.GemmDriver;
import netc.runtime.internal.GemmDriver.Operand;
import netc.runtime.internal.Impl;
import netc.runtime.internal.Packer;

/**
 * A transposed 2-D convolution with PyTorch's semantics ({@code conv_transpose2d}: stride, padding, output padding,
 * dilation, groups, bias) and the epilogue of {@link Conv2d}. Output size
 * {@code (in - 1) * stride - 2 * pad + dilation * (k - 1) + outputPad + 1}. Computed per image as a GEMM
 * ({@code W^T x} into a column buffer, weights packed at construction) followed by a col2im scatter, both split
 * over {@link Parallel#common()}.
 *
 * <p>Threading: an instance owns its column buffer, so it must not run two {@link #forward}s at once (one thread at
 * a time per model instance).
 */
public final class ConvTranspose2d {
    private final int inC, inH, inW, outC, outH, outW, kh, kw, sh, sw, ph, pw, dh, dw, groups, outBatch, resBatch;
    private final int mg, kg, packedGroup;
    private final Impl impl;
    private final Epi epi;
    private final float[] bias, packed;
    private final Packer bPacker;
    private float[] cols;

    public static Builder builder(int inC, int inH, int inW, int outC, int kh, int kw) {
        return new Builder(inC, inH, inW, outC, kh, kw);
    }

    /** Geometry and epilogue; defaults: stride 1, no padding, no output padding, dilation 1, 1 group. */
    public static final class Builder {
        private final int inC, inH, inW, outC, kh, kw;
        private int sh = 1, sw = 1, ph, pw, oph, opw, dh = 1, dw = 1, groups = 1, outBatch = -1, resBatch = -1;
        private Activation act = Activation.NONE;
        private float alpha;
        private boolean residualAfter;
        private Backend backend = Backend.best();

        private Builder(int inC, int inH, int inW, int outC, int kh, int kw) {
            this.inC = inC;
            this.inH = inH;
            this.inW = inW;
            this.outC = outC;
            this.kh = kh;
            this.kw = kw;
        }

        public Builder stride(int sh, int sw) {
            this.sh = sh;
            this.sw = sw;
            return this;
        }

        /** PyTorch's {@code padding} (removed from both sides of the full output). */
        public Builder padding(int ph, int pw) {
            this.ph = ph;
            this.pw = pw;
            return this;
        }

        /** PyTorch's {@code output_padding} (extra rows/columns at the bottom/right). */
        public Builder outputPadding(int oph, int opw) {
            this.oph = oph;
            this.opw = opw;
            return this;
        }

        public Builder dilation(int dh, int dw) {
            this.dh = dh;
            this.dw = dw;
            return this;
        }

        public Builder groups(int groups) {
            this.groups = groups;
            return this;
        }

        public Builder activation(Activation act, float alpha) {
            this.act = act;
            this.alpha = alpha;
            return this;
        }

        public Builder residualAfterActivation(boolean after) {
            this.residualAfter = after;
            return this;
        }

        public Builder outputBatchStride(int s) {
            this.outBatch = s;
            return this;
        }

        public Builder residualBatchStride(int s) {
            this.resBatch = s;
            return this;
        }

        public Builder backend(Backend backend) {
            this.backend = backend;
            return this;
        }

        /** Weight in PyTorch's layout {@code [inC][outC/groups][kh][kw]} (packed, not kept); bias {@code [outC]} or null. */
        public ConvTranspose2d build(float[] weight, float[] bias) {
            return new ConvTranspose2d(this, weight, bias);
        }
    }

    private ConvTranspose2d(Builder b, float[] weight, float[] bias) {
        inC = b.inC;
        inH = b.inH;
        inW = b.inW;
        outC = b.outC;
        kh = b.kh;
        kw = b.kw;
        sh = b.sh;
        sw = b.sw;
        ph = b.ph;
        pw = b.pw;
        dh = b.dh;
        dw = b.dw;
        groups = b.groups;
        if (groups < 1 || inC % groups != 0 || outC % groups != 0) throw new IllegalArgumentException("bad groups");
        outH = (inH - 1) * sh - 2 * ph + dh * (kh - 1) + b.oph + 1;
        outW = (inW - 1) * sw - 2 * pw + dw * (kw - 1) + b.opw + 1;
        if (outH < 1 || outW < 1) throw new IllegalArgumentException("empty output");
        outBatch = b.outBatch >= 0 ? b.outBatch : outC * outH * outW;
        resBatch = b.resBatch >= 0 ? b.resBatch : outC * outH * outW;
        impl = Impl.of(b.backend);
        epi = new Epi(null, null, b.act, b.alpha, b.residualAfter);
        this.bias = bias;
        kg = inC / groups;
        mg = outC / groups * kh * kw;
        if (weight.length < inC * mg) throw new IllegalArgumentException("weight too short: " + weight.length);
        packedGroup = Packer.ceilDiv(mg, Impl.MR) * Impl.MR * kg;
        packed = new float[packedGroup * groups];
        Packer pa = Packer.colsA(mg);
        for (int g = 0; g < groups; g++) pa.pack(weight, g * kg * mg, 0, kg, 0, mg, packed, g * packedGroup);
        bPacker = Packer.rowsB(inH * inW, impl);
    }

    public int outChannels() {
        return outC;
    }

    public int outHeight() {
        return outH;
    }

    public int outWidth() {
        return outW;
    }

    public void forward(int n, float[] x, int xOff, float[] y, int yOff) {
        forward(n, x, xOff, y, yOff, null, 0);
    }

    public void forward(int n, float[] x, int xOff, float[] y, int yOff, float[] res, int resOff) {
        Parallel par = Parallel.common();
        final int hw = inH * inW, colsGroup = mg * hw, ohw = outH * outW, cog = outC / groups;
        if (cols == null) cols = new float[colsGroup * groups];
        final float[] cb = cols;
        int[] split = GemmDriver.split(mg, hw, groups, par.threads());
        final int mCh = split[0], nCh = split[1];
        for (int img = 0; img < n; img++) {
            final int xi = xOff + img * inC * hw;
            par.run(groups * mCh * nCh, task -> {
                int nc = task % nCh, rest = task / nCh, mc = rest % mCh, g = rest / mCh;
                int m0 = GemmDriver.chunkStart(mg, Impl.MR, mCh, mc), m1 = GemmDriver.chunkStart(mg, Impl.MR, mCh, mc + 1);
                int n0 = GemmDriver.chunkStart(hw, impl.nr, nCh, nc), n1 = GemmDriver.chunkStart(hw, impl.nr, nCh, nc + 1);
                if (m0 < m1 && n0 < n1) {
                    GemmDriver.run(impl, kg, Operand.prepacked(packed, g * packedGroup),
                            Operand.of(bPacker, x, xi + g * kg * hw), m0, m1, n0, n1, cb, g * colsGroup, hw,
                            Epi.NONE, 0, 0, null, 0);
                }
            });
            final int yi = yOff + img * outBatch, ri = resOff + img * resBatch;
            par.run(Math.min(outC, 4 * par.threads()), task -> {
                int c0 = (int) ((long) outC * task / Math.min(outC, 4 * par.threads()));
                int c1 = (int) ((long) outC * (task + 1) / Math.min(outC, 4 * par.threads()));
                for (int co = c0; co < c1; co++) col2im(cb, (co / cog) * colsGroup + (co % cog) * kh * kw * hw, co, y,
                        yi + co * ohw, res, res == null ? 0 : ri + co * ohw);
            });
        }
    }

    private void col2im(float[] cb, int colBase, int co, float[] y, int yo, float[] res, int ro) {
        final int hw = inH * inW;
        Arrays.fill(y, yo, yo + outH * outW, bias == null ? 0f : bias[co]);
        for (int i = 0; i < kh; i++) {
            for (int j = 0; j < kw; j++) {
                int src = colBase + (i * kw + j) * hw;
                // ox = ix * sw - pw + j * dw must be in [0, outW)
                int shiftX = j * dw - pw;
                int ixLo = shiftX >= 0 ? 0 : Math.ceilDiv(-shiftX, sw);
                int ixHi = Math.min(inW, outW - 1 - shiftX < 0 ? 0 : (outW - 1 - shiftX) / sw + 1);
                for (int iy = 0; iy < inH; iy++) {
                    int oy = iy * sh - ph + i * dh;
                    if (oy < 0 || oy >= outH) continue;
                    int d = yo + oy * outW + shiftX, s = src + iy * inW;
                    for (int ix = ixLo; ix < ixHi; ix++) y[d + ix * sw] += cb[s + ix];
                }
            }
        }
        int len = outH * outW;
        if (res == null) {
            if (epi.act != Activation.NONE) impl.activate(y, yo, y, yo, len, epi.act, epi.alpha);
        } else {
            for (int i = 0; i < len; i++) y[yo + i] = epi.finish(y[yo + i], res, ro + i);
        }
    }
}
