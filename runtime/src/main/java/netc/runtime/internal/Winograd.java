package netc.runtime.internal;

import netc.runtime.Parallel;
import netc.runtime.internal.GemmDriver.Operand;

/**
 * A 3x3 stride-1 ungrouped convolution by Winograd's F(2x2, 3x3): each 2x2 output tile is
 * {@code A^T [sum_ic (G g G^T) . (B^T d B)] A} over the 4x4 input tile d it reads, so that the 36 multiplications
 * per output tile and channel pair become 16, done as 16 GEMMs (one per element {@code xi} of the transformed tile):
 * {@code M[xi][oc][t] = sum_ic U[xi][oc][ic] V[xi][ic][t]} on the usual driver and micro-kernel.
 *
 * <p>The weights are transformed once ({@code U = G g G^T}, in double) and packed as 16 prepacked A operands. Per
 * image the input is copied into zero-padded planes split by column parity ({@link PaddedPlanes} with stride 2), so
 * that the 4x4 tiles of a tile row read consecutive floats: {@link Impl#winogradInput} transforms a whole tile row
 * of one channel with vectors across tiles. The tiles are taken in blocks of whole tile rows;
 * per block: transform the input into V, run the 16 GEMMs into M, then per output channel and tile
 * row {@link Impl#winogradOutput} ({@code A^T m A} plus bias) and the epilogue rows (residual, activation).
 *
 * <p>Error: the input and output transforms only add and subtract and G's entries are 0, 1 and 1/2, so the result
 * differs from direct summation by rounding; the sums grow by at most 4x (input side) and 9x (output side).
 */
public final class Winograd {
    /**
     * Floats of V and M per block (settable for benchmarks: -Dnetc.winograd.block). Larger blocks give the 16 GEMMs
     * more columns per packed weight panel: on 64->64 at 56x56, blocks of 112 tiles ran the GEMMs at ~57 GFLOP/s,
     * blocks of 56 at ~40 and of 28 at ~35 (single thread, CPU time, loaded machine).
     */
    static final int BLOCK_FLOATS = Integer.getInteger("netc.winograd.block", 256 * 1024);
    /** Floats readable past the end of rows of V and M and of a tile row of the input planes (one vector). */
    private static final int SLACK = 8;

    private final int inC, inH, inW, outC, outH, outW, th, tw, uStride;
    private final PaddedPlanes planes;
    private final float[] u;
    private final Impl impl;
    /** The split for the thread count it was made for (recomputed when the pool's size changes). */
    private volatile Plan plan;

    /**
     * Blocks of {@code rb} tile rows (the last may be shorter), each split over {@code ocChunks} ranges of output
     * channels; rows of V and M are {@code ld} apart.
     */
    private record Plan(int threads, int rb, int blocks, int ocChunks, int ld, Packer vPacker) {}

    /** Whether a conv of this geometry can run here. */
    public static boolean applies(int kh, int kw, int sh, int sw, int dh, int dw, int groups) {
        return kh == 3 && kw == 3 && sh == 1 && sw == 1 && dh == 1 && dw == 1 && groups == 1;
    }

    /** Weight {@code [outC][inC][3][3]}, transformed and packed here (not kept). */
    public Winograd(int inC, int inH, int inW, int outC, int padT, int padB, int padL, int padR, int outH, int outW,
                    float[] weight, Impl impl) {
        this.inC = inC;
        this.inH = inH;
        this.inW = inW;
        this.outC = outC;
        this.outH = outH;
        this.outW = outW;
        th = Packer.ceilDiv(outH, 2);
        tw = Packer.ceilDiv(outW, 2);
        // tile (ty, tx) reads padded rows 2ty..2ty+3 and columns 2tx..2tx+3: a stride-2 "conv" with 4x4 taps
        planes = new PaddedPlanes(inH, inW, padT, padB, padL, padR, 4, 4, 2, 2, 1, 1, th, tw, SLACK, 2 * SLACK);
        this.impl = impl;
        uStride = Packer.ceilDiv(outC, Impl.MR) * Impl.MR * inC;
        u = new float[16 * uStride];
        float[] raw = transformWeights(weight, outC, inC);
        Packer pa = Packer.rowsA(inC);
        for (int xi = 0; xi < 16; xi++) pa.pack(raw, xi * outC * inC, 0, inC, 0, outC, u, xi * uStride);
    }

    /** {@code U[xi][oc][ic] = (G g G^T)[xi / 4][xi % 4]}, G = [[1, 0, 0], [1/2, 1/2, 1/2], [1/2, -1/2, 1/2], [0, 0, 1]]. */
    static float[] transformWeights(float[] w, int outC, int inC) {
        float[] r = new float[16 * outC * inC];
        double[] t = new double[12];
        for (int oc = 0; oc < outC; oc++) {
            for (int ic = 0; ic < inC; ic++) {
                int s = (oc * inC + ic) * 9;
                for (int j = 0; j < 3; j++) { // t = G g: 4 x 3
                    double g0 = w[s + j], g1 = w[s + 3 + j], g2 = w[s + 6 + j];
                    t[j] = g0;
                    t[3 + j] = 0.5 * (g0 + g1 + g2);
                    t[6 + j] = 0.5 * (g0 - g1 + g2);
                    t[9 + j] = g2;
                }
                for (int i = 0; i < 4; i++) { // (G g) G^T: 4 x 4
                    double a = t[3 * i], b = t[3 * i + 1], c = t[3 * i + 2];
                    double[] row = {a, 0.5 * (a + b + c), 0.5 * (a - b + c), c};
                    for (int j = 0; j < 4; j++) r[((i * 4 + j) * outC + oc) * inC + ic] = (float) row[j];
                }
            }
        }
        return r;
    }

    /**
     * The split of an image's tiles for {@code threads} threads, by a rough cost model of the busiest thread: the
     * 16 GEMMs of a block of {@code nb} tiles cost about {@code nb + 24} (their speed drops on few columns: ~35
     * GFLOP/s at 28 tiles, ~57 at 112), a block over {@code BLOCK_FLOATS} of V and M spills from the caches, and
     * splitting a block's output channels repeats its input transform.
     */
    private Plan plan(int threads) {
        Plan p = plan;
        if (p != null && p.threads == threads) return p;
        int perTile = 16 * (inC + outC);
        double best = Double.MAX_VALUE;
        int bestRb = 1, bestChunks = 1;
        for (int rb = 1; rb <= th; rb++) {
            int blocks = Packer.ceilDiv(th, rb), nb = rb * tw;
            double spill = (double) perTile * nb > BLOCK_FLOATS ? 1.0 + (double) perTile * nb / BLOCK_FLOATS / 4 : 1.0;
            for (int chunks = 1; chunks <= 4 && chunks * Impl.MR * 4 <= outC; chunks *= 2) {
                int tasks = blocks * chunks;
                double perTask = (nb + 24.0) * spill / chunks + (chunks > 1 ? 0.3 * nb * 64.0 / outC : 0);
                double cost = Math.ceil((double) tasks / threads) * perTask;
                if (cost < best - 1e-9) {
                    best = cost;
                    bestRb = rb;
                    bestChunks = chunks;
                }
            }
        }
        int ld = bestRb * tw + SLACK;
        p = new Plan(threads, bestRb, Packer.ceilDiv(th, bestRb), bestChunks, ld, Packer.rowsB(ld, impl));
        plan = p;
        return p;
    }

    /**
     * {@code y = epi(conv(x) + bias [+ res])} for {@code n} images; {@code bias} may be null. Splits over blocks of
     * tile rows and, when there are few blocks, over output channels (each such task transforms its block's input).
     */
    public void forward(Parallel par, Impl impl, Epi epi, float[] bias, int n, float[] x, int xOff, int inBatch,
                        float[] y, int yOff, int outBatch, float[] res, int resOff, int resBatch) {
        final Plan p = plan(par.threads());
        final int ocChunks = p.ocChunks;
        Epi rowEpi = epi.withoutBias();
        for (int img = 0; img < n; img++) {
            float[] padded = planes.fillAll(par, impl, x, xOff + img * inBatch, inC);
            int yo = yOff + img * outBatch, ro = res == null ? 0 : resOff + img * resBatch;
            par.run(p.blocks * ocChunks, task -> {
                int blk = task / ocChunks, oc = task % ocChunks;
                int m0 = GemmDriver.chunkStart(outC, Impl.MR, ocChunks, oc);
                int m1 = GemmDriver.chunkStart(outC, Impl.MR, ocChunks, oc + 1);
                if (m0 < m1) block(impl, p, rowEpi, bias, padded, blk, m0, m1, y, yo, res, ro);
            });
        }
    }

    /** Tile rows {@code [blk * p.rb, ...)}, output channels {@code [m0, m1)}. */
    private void block(Impl impl, Plan p, Epi epi, float[] bias, float[] padded, int blk, int m0, int m1, float[] y,
                       int yOff, float[] res, int resOff) {
        final int ld = p.ld;
        int ty0 = blk * p.rb, ty1 = Math.min(th, ty0 + p.rb), nt = (ty1 - ty0) * tw;
        if (nt <= 0) return;
        int vStride = inC * ld, mStride = outC * ld;
        float[] v = Scratch.get(Scratch.FUSED_A, 16 * vStride);
        for (int ic = 0; ic < inC; ic++) {
            for (int ty = ty0; ty < ty1; ty++) {
                impl.winogradInput(padded, ic * planes.planeLen + planes.rowOffset(ty), planes.rowLen, planes.phaseLen,
                        tw, v, ic * ld + (ty - ty0) * tw, vStride);
            }
        }
        float[] m = Scratch.get(Scratch.FUSED_B, 16 * mStride);
        for (int xi = 0; xi < 16; xi++) {
            GemmDriver.run(impl, inC, Operand.prepacked(u, xi * uStride), Operand.of(p.vPacker, v, xi * vStride),
                    m0, m1, 0, nt, m, xi * mStride, ld, Epi.NONE, 0, 0, null, 0);
        }
        int tmpLd = 2 * (tw + SLACK);
        float[] tmp = Scratch.get(Scratch.ROW, 2 * tmpLd);
        int npix = outH * outW;
        for (int oc = m0; oc < m1; oc++) {
            float b = bias == null ? 0f : bias[oc];
            for (int ty = ty0; ty < ty1; ty++) {
                impl.winogradOutput(m, oc * ld + (ty - ty0) * tw, mStride, tw, b, tmp, 0, tmpLd);
                for (int a = 0; a < 2 && 2 * ty + a < outH; a++) {
                    int o = oc * npix + (2 * ty + a) * outW;
                    impl.finishRow(tmp, a * tmpLd, y, yOff + o, outW, res, resOff + o, epi);
                }
            }
        }
    }
}
