package netc.runtime.kernels;

import java.util.Arrays;
import netc.runtime.Activation;
import netc.runtime.Backend;
import netc.runtime.Parallel;
import netc.runtime.internal.Depthwise;
import netc.runtime.internal.Epi;
import netc.runtime.internal.GemmDriver;
import netc.runtime.internal.GemmDriver.Operand;
import netc.runtime.internal.Impl;
import netc.runtime.internal.PaddedPlanes;
import netc.runtime.internal.Packer;
import netc.runtime.internal.Scratch;

/**
 * A depthwise convolution followed by a 1x1 stride-1 convolution, fused:
 * {@code y = act(pw(dwAct(dw(x) + dwBias)) + bias + residual)}, without ever writing the depthwise output whole.
 * The output is computed in bands of rows: the depthwise rows of a band go to a small per-thread buffer (the same
 * direct kernel as {@link Conv2d}'s depthwise path), then the 1x1 conv multiplies them as a GEMM (the same driver and
 * packing as {@link Conv2d}'s pointwise path) straight into the output. Bands and images are split over
 * {@link Parallel#common()}. Results are those of the two convs run one after the other.
 */
public final class SeparableConv2d {
    /** Floats of depthwise output one band aims to keep (fits L2 next to the packed 1x1 weights). */
    private static final int TILE_FLOATS = Integer.getInteger("netc.separable.tile", 16384);

    private final int inC, inH, inW, mid, outC, outH, outW, kh, kw;
    private final int inBatch, outBatch, resBatch;
    private final Impl impl;
    private final float[] dwWeights, dwBias, pwPacked;
    private final Epi dwEpi, pwEpi;
    private final int rows, bands;
    private final Depthwise[] bandPlanes;
    private final int[] bandInRow;
    private final Packer[] bandPackers;

    public static Builder builder(int inC, int inH, int inW, int kh, int kw, int outC) {
        return new Builder(inC, inH, inW, kh, kw, outC);
    }

    /** Geometry of the depthwise conv (stride, padding, dilation, depth multiplier) and the two epilogues. */
    public static final class Builder {
        private final int inC, inH, inW, kh, kw, outC;
        private int sh = 1, sw = 1, padL, padR, padT, padB, dh = 1, dw = 1, multiplier = 1, outBatch = -1, bandRows;
        private Activation dwAct = Activation.NONE, act = Activation.NONE;
        private float dwAlpha, alpha;
        private Backend backend = Backend.best();

        private Builder(int inC, int inH, int inW, int kh, int kw, int outC) {
            this.inC = inC;
            this.inH = inH;
            this.inW = inW;
            this.kh = kh;
            this.kw = kw;
            this.outC = outC;
        }

        public Builder stride(int sh, int sw) {
            this.sh = sh;
            this.sw = sw;
            return this;
        }

        public Builder padding(int left, int right, int top, int bottom) {
            padL = left;
            padR = right;
            padT = top;
            padB = bottom;
            return this;
        }

        public Builder dilation(int dh, int dw) {
            this.dh = dh;
            this.dw = dw;
            return this;
        }

        /** Depthwise output channels per input channel. */
        public Builder multiplier(int m) {
            multiplier = m;
            return this;
        }

        public Builder depthwiseActivation(Activation a, float alphaValue) {
            dwAct = a;
            dwAlpha = alphaValue;
            return this;
        }

        public Builder activation(Activation a, float alphaValue) {
            act = a;
            alpha = alphaValue;
            return this;
        }

        /** Distance between images of the output (default outC*outH*outW), to write into a concat's channels. */
        public Builder outputBatchStride(int s) {
            outBatch = s;
            return this;
        }

        /** Output rows per band (default: chosen from the sizes and the thread count); for tests and tuning. */
        public Builder bandRows(int r) {
            bandRows = r;
            return this;
        }

        public Builder backend(Backend b) {
            backend = b;
            return this;
        }

        /** Depthwise weight {@code [inC*multiplier][1][kh][kw]}, pointwise {@code [outC][inC*multiplier][1][1]}; biases may be null. */
        public SeparableConv2d build(float[] dwWeight, float[] dwBias, float[] pwWeight, float[] pwBias) {
            return new SeparableConv2d(this, dwWeight, dwBias, pwWeight, pwBias);
        }
    }

    private SeparableConv2d(Builder b, float[] dwWeight, float[] dwBiasArr, float[] pwWeight, float[] pwBias) {
        inC = b.inC;
        inH = b.inH;
        inW = b.inW;
        kh = b.kh;
        kw = b.kw;
        mid = inC * b.multiplier;
        outC = b.outC;
        if (b.multiplier < 1 || b.sh < 1 || b.sw < 1 || b.dh < 1 || b.dw < 1 || kh < 1 || kw < 1) {
            throw new IllegalArgumentException("bad geometry");
        }
        outH = (inH + b.padT + b.padB - b.dh * (kh - 1) - 1) / b.sh + 1;
        outW = (inW + b.padL + b.padR - b.dw * (kw - 1) - 1) / b.sw + 1;
        if (outH < 1 || outW < 1) throw new IllegalArgumentException("empty output");
        if (dwWeight.length < mid * kh * kw || pwWeight.length < outC * mid) throw new IllegalArgumentException("weights too short");
        impl = Impl.of(b.backend);
        inBatch = inC * inH * inW;
        outBatch = b.outBatch >= 0 ? b.outBatch : outC * outH * outW;
        resBatch = outC * outH * outW;
        dwWeights = Arrays.copyOf(dwWeight, mid * kh * kw);
        dwBias = dwBiasArr;
        dwEpi = new Epi(null, null, b.dwAct, b.dwAlpha, false);
        pwPacked = Packer.prepack(Packer.rowsA(mid), Impl.MR, pwWeight, 0, mid, outC);
        pwEpi = new Epi(pwBias, null, b.act, b.alpha, false);
        // Rows per band: a band's depthwise output fits TILE_FLOATS, holds at least minCols GEMM columns, and a
        // single image still gives every thread about perThread bands.
        int threads = Parallel.common().threads();
        int r = Math.max(1, TILE_FLOATS / (mid * outW));
        r = Math.min(r, Packer.ceilDiv(outH, Integer.getInteger("netc.separable.perThread", 4) * threads));
        r = Math.max(r, Packer.ceilDiv(Integer.getInteger("netc.separable.minCols", 64), outW));
        // whole GEMM panels per band where the width allows: a partial panel costs a full one, on a slower path
        int step = impl.nr / java.math.BigInteger.valueOf(outW).gcd(java.math.BigInteger.valueOf(impl.nr)).intValue();
        r = Packer.ceilDiv(r, step) * step;
        rows = Math.min(outH, b.bandRows > 0 ? b.bandRows : r);
        bands = Packer.ceilDiv(outH, rows);
        bandPlanes = new Depthwise[bands];
        bandInRow = new int[bands];
        bandPackers = new Packer[bands];
        for (int band = 0; band < bands; band++) {
            int oy0 = band * rows, oy1 = Math.min(outH, oy0 + rows);
            // padded rows [p0, p1) of the whole plane feed this band: input rows [i0, i1) and padding around them
            int p0 = oy0 * b.sh, p1 = (oy1 - 1) * b.sh + (kh - 1) * b.dh + 1;
            int i0 = Math.min(inH, Math.max(0, p0 - b.padT)), i1 = Math.max(i0, Math.min(inH, p1 - b.padT));
            int top = i0 + b.padT - p0, bottom = p1 - p0 - top - (i1 - i0);
            bandPlanes[band] = new Depthwise(i1 - i0, inW, top, bottom, b.padL, b.padR, kh, kw, b.sh, b.sw, b.dh, b.dw,
                    oy1 - oy0, outW, impl);
            bandInRow[band] = i0;
            bandPackers[band] = Packer.rowsB((oy1 - oy0) * outW, impl);
        }
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

    /** Multiply-accumulates per image (of the two convs). */
    public long macs() {
        return (long) mid * outH * outW * (kh * kw + outC);
    }

    public void forward(int n, float[] x, int xOff, float[] y, int yOff) {
        forward(n, x, xOff, y, yOff, null, 0);
    }

    /** {@code res} (null: none) is added after the 1x1 conv's bias, before its activation. */
    public void forward(int n, float[] x, int xOff, float[] y, int yOff, float[] res, int resOff) {
        Parallel par = Parallel.common();
        if (par.threads() == 1 || n * bands >= 2 * par.threads()) {
            par.run(n * bands, task -> {
                int img = task / bands, band = task % bands, cols = bandCols(band);
                float[] tile = Scratch.get(Scratch.FUSED_A, mid * cols);
                depthwise(img, band, 0, inC, x, xOff, tile);
                pointwise(img, band, 0, outC, tile, y, yOff, res, resOff);
            });
            return;
        }
        // Too few bands to share out (small planes): each band in two parallel steps, the depthwise split over
        // channels, then the 1x1 over output channels, on one tile in the caller's scratch.
        int maxCols = rows * outW;
        float[] tile = Scratch.get(Scratch.FUSED_A, mid * maxCols);
        int dwTasks = Math.min(inC, 4 * par.threads());
        int mChunks = Math.max(1, Math.min(Packer.ceilDiv(outC, Impl.MR), 2 * par.threads()));
        for (int img = 0; img < n; img++) {
            for (int band = 0; band < bands; band++) {
                final int i = img, b = band;
                par.run(dwTasks, t -> depthwise(i, b, inC * t / dwTasks, inC * (t + 1) / dwTasks, x, xOff, tile));
                par.run(mChunks, t -> pointwise(i, b, GemmDriver.chunkStart(outC, Impl.MR, mChunks, t),
                        GemmDriver.chunkStart(outC, Impl.MR, mChunks, t + 1), tile, y, yOff, res, resOff));
            }
        }
    }

    private int bandCols(int band) {
        return (Math.min(outH, (band + 1) * rows) - band * rows) * outW;
    }

    /** The 1x1 conv's output channels {@code [m0, m1)} of one band from its depthwise tile. */
    private void pointwise(int img, int band, int m0, int m1, float[] tile, float[] y, int yOff, float[] res, int resOff) {
        if (m0 >= m1) return;
        int at = band * rows * outW, cols = bandCols(band);
        GemmDriver.run(impl, mid, Operand.prepacked(pwPacked, 0), Operand.of(bandPackers[band], tile, 0), m0, m1, 0, cols,
                y, yOff + img * outBatch + at, outH * outW, pwEpi, 0, at, res, res == null ? 0 : resOff + img * resBatch + at);
    }

    /** The depthwise output of input channels {@code [c0, c1)} for one band, into {@code tile} ({@code [mid][cols]}). */
    private void depthwise(int img, int band, int c0, int c1, float[] x, int xOff, float[] tile) {
        final int cols = (Math.min(outH, (band + 1) * rows) - band * rows) * outW, ntaps = kh * kw;
        Depthwise dwp = bandPlanes[band];
        int mult = mid / inC;
        int src = xOff + img * inBatch + bandInRow[band] * inW;
        for (int ci = c0; ci < c1; ci++) {
            float[] plane = dwp.fill(impl, x, src + ci * inH * inW);
            for (int m = 0; m < mult; m++) {
                int co = ci * mult + m;
                float bv = dwBias == null ? 0f : dwBias[co];
                dwp.channel(impl, plane, dwWeights, co * ntaps, bv, tile, co * cols, null, 0, dwEpi);
            }
        }
    }
}
