package netc.runtime.kernels;

import java.util.Arrays;
import netc.runtime.Activation;
import netc.runtime.Backend;
import netc.runtime.Parallel;
import netc.runtime.internal.Depthwise;
import netc.runtime.internal.Epi;
import netc.runtime.internal.GemmDriver;
import netc.runtime.internal.GemmDriver.Operand;
import netc.runtime.internal.Im2colPacker;
import netc.runtime.internal.Impl;
import netc.runtime.internal.PaddedPlanes;
import netc.runtime.internal.Packer;
import netc.runtime.internal.RowTilePacker;
import netc.runtime.internal.Scratch;
import netc.runtime.internal.Winograd;

/**
 * A 2-D convolution with PyTorch's semantics ({@code torch.nn.functional.conv2d}) and a fused epilogue
 * {@code y = act(conv(x) + bias + residual)} (or {@code act(conv(x) + bias) + residual}, see
 * {@link Builder#residualAfterActivation}). Tensors are float32 NCHW in {@code float[]} arrays at given offsets;
 * the batch stride of input, output and residual can be set to read a channel slice of a larger tensor or write
 * into one (concat without a copy: set {@link Builder#outputBatchStride} to the concatenated tensor's C*H*W and pass
 * the offset of the first channel).
 *
 * <p>Built once (the weights are packed at {@link Builder#build}); {@link #forward} may then be called any number
 * of times. Algorithms: depthwise ({@code in/groups == 1}) runs a direct kernel vectorised along the output width;
 * 1x1 stride-1 unpadded runs as a GEMM straight on the input; convs with wide output rows as a GEMM whose B
 * operand is packed in contiguous runs from a padded, stride-phase-split copy of the input; the rest (narrow outputs,
 * strided 1x1s) as a GEMM with an implicit im2col. Large calls are split over {@link Parallel#common()}.
 *
 * <p>Threading: an instance holds no mutable state (scratch buffers are per thread), so it may be shared; the
 * models built on the kernels are to be called from one thread at a time per model instance.
 */
public final class Conv2d {
    private final int inC, inH, inW, outC, outH, outW, kh, kw, sh, sw, padL, padR, padT, padB, dh, dw, groups;
    private final int inBatch, outBatch, resBatch;
    private final Impl impl;
    private final Epi epi;
    private final float[] bias;
    /** Depthwise: the raw weights [outC][kh*kw]; GEMM: the packed A of all groups. */
    private final float[] weights;
    private final int mg, kg, packedGroup;
    private final Packer bPacker;
    /** Non-null when B is packed from a padded copy of the input (depthwise, row tiles). */
    private final PaddedPlanes planes;
    private final RowTilePacker rowTiles;
    private final Depthwise dwPlan;
    private final boolean depthwise;
    /** Non-null when the conv runs by Winograd's F(2x2, 3x3). */
    private final Winograd wino;

    /** Starts describing a convolution of an {@code inC x inH x inW} input to {@code outC} channels. */
    public static Builder builder(int inC, int inH, int inW, int outC, int kh, int kw) {
        return new Builder(inC, inH, inW, outC, kh, kw);
    }

    /** Geometry and epilogue of a {@link Conv2d}; defaults: stride 1, no padding, dilation 1, 1 group, no activation. */
    public static final class Builder {
        private final int inC, inH, inW, outC, kh, kw;
        private int sh = 1, sw = 1, padL, padR, padT, padB, dh = 1, dw = 1, groups = 1;
        private int inBatch = -1, outBatch = -1, resBatch = -1;
        private Activation act = Activation.NONE;
        private float alpha;
        private boolean residualAfter;
        private boolean winograd;
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

        public Builder stride(int s) {
            return stride(s, s);
        }

        /** Zero padding on each side. */
        public Builder padding(int left, int right, int top, int bottom) {
            this.padL = left;
            this.padR = right;
            this.padT = top;
            this.padB = bottom;
            return this;
        }

        public Builder padding(int p) {
            return padding(p, p, p, p);
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

        public Builder activation(Activation act) {
            return activation(act, 0.01f);
        }

        /** The activation; {@code alpha} is the slope of {@link Activation#LEAKY_RELU}. */
        public Builder activation(Activation act, float alpha) {
            this.act = act;
            this.alpha = alpha;
            return this;
        }

        /** Add the residual after the activation instead of before it (the default, ResNet's order). */
        public Builder residualAfterActivation(boolean after) {
            this.residualAfter = after;
            return this;
        }

        /** Distance between images of the input (default inC*inH*inW). */
        public Builder inputBatchStride(int s) {
            this.inBatch = s;
            return this;
        }

        /** Distance between images of the output (default outC*outH*outW). */
        public Builder outputBatchStride(int s) {
            this.outBatch = s;
            return this;
        }

        /** Distance between images of the residual (default outC*outH*outW). */
        public Builder residualBatchStride(int s) {
            this.resBatch = s;
            return this;
        }

        /**
         * Use Winograd's F(2x2, 3x3) when the geometry allows it (3x3, stride 1, no dilation, one group; otherwise
         * ignored): 2.25x fewer multiplications, rounding slightly different from direct summation.
         */
        public Builder winograd(boolean winograd) {
            this.winograd = winograd;
            return this;
        }

        public Builder backend(Backend backend) {
            this.backend = backend;
            return this;
        }

        /**
         * Packs the weights (PyTorch layout {@code [outC][inC/groups][kh][kw]}, not kept) and the bias
         * ({@code [outC]} or null; kept by reference).
         */
        public Conv2d build(float[] weight, float[] bias) {
            return new Conv2d(this, weight, bias);
        }
    }

    private Conv2d(Builder b, float[] weight, float[] bias) {
        inC = b.inC;
        inH = b.inH;
        inW = b.inW;
        outC = b.outC;
        kh = b.kh;
        kw = b.kw;
        sh = b.sh;
        sw = b.sw;
        padL = b.padL;
        padR = b.padR;
        padT = b.padT;
        padB = b.padB;
        dh = b.dh;
        dw = b.dw;
        groups = b.groups;
        if (groups < 1 || inC % groups != 0 || outC % groups != 0) {
            throw new IllegalArgumentException("channels " + inC + " -> " + outC + " not divisible by groups " + groups);
        }
        if (sh < 1 || sw < 1 || dh < 1 || dw < 1 || kh < 1 || kw < 1) throw new IllegalArgumentException("bad geometry");
        outH = (inH + padT + padB - dh * (kh - 1) - 1) / sh + 1;
        outW = (inW + padL + padR - dw * (kw - 1) - 1) / sw + 1;
        if (outH < 1 || outW < 1) throw new IllegalArgumentException("empty output");
        int outSize = outC * outH * outW;
        inBatch = b.inBatch >= 0 ? b.inBatch : inC * inH * inW;
        outBatch = b.outBatch >= 0 ? b.outBatch : outSize;
        resBatch = b.resBatch >= 0 ? b.resBatch : outSize;
        impl = Impl.of(b.backend);
        this.bias = bias;
        int cg = inC / groups;
        mg = outC / groups;
        kg = cg * kh * kw;
        if (weight.length < outC * kg) throw new IllegalArgumentException("weight too short: " + weight.length);
        if (bias != null && bias.length < outC) throw new IllegalArgumentException("bias too short: " + bias.length);
        depthwise = cg == 1;
        epi = new Epi(depthwise ? null : bias, null, b.act, b.alpha, b.residualAfter);
        RowTilePacker rt = null;
        Depthwise dwp = null;
        Winograd wg = null;
        if (b.winograd && Winograd.applies(kh, kw, sh, sw, dh, dw, groups)
                && !"false".equals(System.getProperty("netc.conv.winograd"))) {
            wg = new Winograd(inC, inH, inW, outC, padT, padB, padL, padR, outH, outW, weight, impl);
            weights = null;
            packedGroup = 0;
            bPacker = null;
            planes = null;
        } else if (depthwise) {
            weights = Arrays.copyOf(weight, outC * kg);
            packedGroup = 0;
            bPacker = null;
            dwp = new Depthwise(inH, inW, padT, padB, padL, padR, kh, kw, sh, sw, dh, dw, outH, outW, impl);
            planes = null;
        } else {
            packedGroup = Packer.ceilDiv(mg, Impl.MR) * Impl.MR * kg;
            weights = new float[packedGroup * groups];
            Packer pa = Packer.rowsA(kg);
            for (int g = 0; g < groups; g++) {
                pa.pack(weight, g * mg * kg, 0, kg, 0, mg, weights, g * packedGroup);
            }
            boolean noPadding = padL == 0 && padR == 0 && padT == 0 && padB == 0;
            boolean pointwise = kh == 1 && kw == 1 && sh == 1 && sw == 1 && noPadding;
            // a strided 1x1 (ResNet's downsampling) reads a quarter of its input: packing it straight from the
            // input (im2col) beat copying the whole input into padded planes first by ~25%
            if (pointwise) {
                bPacker = Packer.rowsB(inH * inW, impl);
                planes = null;
            } else if (RowTilePacker.worthIt(outH, outW, impl.nr) && !(kh == 1 && kw == 1 && noPadding)
                    && !"false".equals(System.getProperty("netc.conv.rowTiles"))) {
                planes = new PaddedPlanes(inH, inW, padT, padB, padL, padR, kh, kw, sh, sw, dh, dw, outH, outW,
                        impl.nr + 1);
                boolean flat = RowTilePacker.flatBetter(outH, outW, impl.nr)
                        && !"false".equals(System.getProperty("netc.conv.flatTiles"));
                bPacker = rt = new RowTilePacker(planes, cg, kh, kw, outH, outW, impl, flat);
            } else {
                bPacker = new Im2colPacker(inH, inW, kh, kw, sh, sw, padT, padL, dh, dw, outW, impl.nr);
                planes = null;
            }
        }
        rowTiles = rt;
        dwPlan = dwp;
        wino = wg;
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

    /** Multiply-accumulates per image (torchvision's count). */
    public long macs() {
        return (long) outC * outH * outW * kg;
    }

    /** {@code y = act(conv(x) + bias)} for {@code n} images. */
    public void forward(int n, float[] x, int xOff, float[] y, int yOff) {
        forward(n, x, xOff, y, yOff, null, 0);
    }

    /** {@code y = act(conv(x) + bias + res)} for {@code n} images ({@code res} null: no residual). */
    public void forward(int n, float[] x, int xOff, float[] y, int yOff, float[] res, int resOff) {
        if (wino != null) {
            wino.forward(Parallel.common(), impl, epi, bias, n, x, xOff, inBatch, y, yOff, outBatch, res, resOff, resBatch);
        } else if (depthwise) depthwiseForward(n, x, xOff, y, yOff, res, resOff);
        else gemmForward(n, x, xOff, y, yOff, res, resOff);
    }

    private void gemmForward(int n, float[] x, int xOff, float[] y, int yOff, float[] res, int resOff) {
        Parallel par = Parallel.common();
        if (rowTiles == null) {
            gemmTasks(par, n, x, xOff, inBatch, (inC / groups) * inH * inW, outH * outW, null, y, yOff, res, resOff);
            return;
        }
        // one image at a time, so the padded copy stays one image large
        for (int img = 0; img < n; img++) {
            float[] padded = planes.fillAll(par, impl, x, xOff + img * inBatch, inC);
            int cols = rowTiles.map == null ? outH * outW : rowTiles.panels * impl.nr;
            gemmTasks(par, 1, padded, 0, 0, (inC / groups) * planes.planeLen, cols,
                    rowTiles.map, y, yOff + img * outBatch, res, res == null ? 0 : resOff + img * resBatch);
        }
    }

    /** The GEMMs of {@code n} images x groups over {@code cols} (virtual) columns of B read from {@code src}. */
    private void gemmTasks(Parallel par, int n, float[] src, int srcOff, int srcImage, int srcGroup, int cols,
                           GemmDriver.ColumnMap map, float[] y, int yOff, float[] res, int resOff) {
        final int npix = outH * outW;
        int[] split = GemmDriver.split(mg, cols, n * groups, par.threads());
        final int mCh = split[0], nCh = split[1];
        if (mCh > 1) {
            gemmSharedB(par, n, src, srcOff, srcImage, srcGroup, cols, map, y, yOff, res, resOff, mCh);
            return;
        }
        par.run(n * groups * mCh * nCh, task -> {
            int nc = task % nCh, rest = task / nCh;
            int mc = rest % mCh;
            rest /= mCh;
            int g = rest % groups, img = rest / groups;
            int m0 = GemmDriver.chunkStart(mg, Impl.MR, mCh, mc), m1 = GemmDriver.chunkStart(mg, Impl.MR, mCh, mc + 1);
            int n0 = GemmDriver.chunkStart(cols, impl.nr, nCh, nc), n1 = GemmDriver.chunkStart(cols, impl.nr, nCh, nc + 1);
            if (m0 >= m1 || n0 >= n1) return;
            int cOff = yOff + img * outBatch + g * mg * npix;
            int rOff = res == null ? 0 : resOff + img * resBatch + g * mg * npix;
            GemmDriver.run(impl, kg, Operand.prepacked(weights, g * packedGroup),
                    Operand.of(bPacker, src, srcOff + img * srcImage + g * srcGroup),
                    m0, m1, n0, n1, y, cOff, npix, epi, g * mg, 0, res, rOff, map);
        });
    }

    /**
     * Few columns, many rows: rather than every row block packing the same B, pack B once over all of K (in
     * parallel, into the caller's scratch), then split the rows.
     */
    private void gemmSharedB(Parallel par, int n, float[] src, int srcOff, int srcImage, int srcGroup, int cols,
                             GemmDriver.ColumnMap map, float[] y, int yOff, float[] res, int resOff, int mCh) {
        final int nr = impl.nr, npix = outH * outW, units = n * groups;
        final int panels = Packer.ceilDiv(cols, nr), bSize = kg * panels * nr;
        final float[] packed = Scratch.get(Scratch.SHARED_B, units * bSize);
        final int pCh = Math.min(panels, 4 * par.threads());
        par.run(units * pCh, t -> {
            int pc = t % pCh, u = t / pCh, g = u % groups, img = u / groups;
            int p0 = panels * pc / pCh, p1 = panels * (pc + 1) / pCh;
            if (p0 < p1) {
                bPacker.pack(src, srcOff + img * srcImage + g * srcGroup, 0, kg, p0 * nr,
                        Math.min(cols, p1 * nr) - p0 * nr, packed, u * bSize + p0 * kg * nr);
            }
        });
        par.run(units * mCh, t -> {
            int mc = t % mCh, u = t / mCh, g = u % groups, img = u / groups;
            int m0 = GemmDriver.chunkStart(mg, Impl.MR, mCh, mc), m1 = GemmDriver.chunkStart(mg, Impl.MR, mCh, mc + 1);
            if (m0 >= m1) return;
            int cOff = yOff + img * outBatch + g * mg * npix;
            int rOff = res == null ? 0 : resOff + img * resBatch + g * mg * npix;
            GemmDriver.run(impl, kg, Operand.prepacked(weights, g * packedGroup), Operand.prepacked(packed, u * bSize),
                    m0, m1, 0, cols, y, cOff, npix, epi, g * mg, 0, res, rOff, map);
        });
    }

    private void depthwiseForward(int n, float[] x, int xOff, float[] y, int yOff, float[] res, int resOff) {
        Parallel par = Parallel.common();
        final int mult = outC / inC;
        final int units = n * inC;
        int tasks = Math.min(units, par.threads() == 1 ? 1 : 8 * par.threads());
        final int npix = outH * outW;
        par.run(tasks, task -> {
            int u0 = (int) ((long) units * task / tasks), u1 = (int) ((long) units * (task + 1) / tasks);
            for (int u = u0; u < u1; u++) {
                int img = u / inC, ci = u % inC;
                float[] plane = dwPlan.fill(impl, x, xOff + img * inBatch + ci * inH * inW);
                for (int m = 0; m < mult; m++) {
                    int co = ci * mult + m;
                    float bv = bias == null ? 0f : bias[co];
                    int rdst = res == null ? 0 : resOff + img * resBatch + co * npix;
                    dwPlan.channel(impl, plane, weights, co * kg, bv, y, yOff + img * outBatch + co * npix, res, rdst, epi);
                }
            }
        });
    }
}
