package netc.backend.llvm;

import netc.ir.Activation;
import netc.ir.Epilogue;
import netc.ir.Op;

/**
 * Ungrouped convs as a GEMM {@code Y[oc][p] = sum_k W[oc][k] B[k][p]}, k over (input channel, ky, kx) and p over
 * output pixels. A 1x1 stride-1 unpadded conv reads B straight from the input (row k is input plane k); the others
 * first copy a block of whole output rows' taps into a panel in scratch (im2col, zeros where a tap falls in the
 * padding). The micro-kernel keeps {@code R x 2} {@code <8 x float>} accumulators (6 output channels x 16 pixels)
 * in registers over all of K, reading the weights as broadcasts from panels of 6 channels packed once at weight
 * preparation ({@code W[6t + r][k]} at {@code 6Kt + 6k + r}, zero rows past the last channel); bias, residual and
 * activation are applied in registers before the one store. Edge tiles use masked loads and stores.
 */
final class GemmConv {
    private GemmConv() {}

    /** Output channels per micro-tile: 12 accumulators + 2 input vectors + 1 broadcast of AVX2's 16 registers. */
    static final int MR = 6;
    /** Pixels per micro-tile (two vectors). */
    static final int NR = 16;
    /** Floats of B per block of pixels: the panel stays in L2 (512 KB on Zen 3) while every channel tile reads it. */
    static final long PANEL_FLOATS = 48 * 1024;

    /** Off with {@code -Dnetc.native.gemm=false} (to measure against the direct kernels). */
    static boolean enabled() { return !"false".equals(System.getProperty("netc.native.gemm")); }

    /** Whether conv {@code c} takes this path: ungrouped convs. */
    static boolean applies(Op.Conv c) { return enabled() && c.groups() == 1; }

    static long packedFloats(Op.Conv c, long inC) { return ceilDiv(c.outC(), MR) * MR * k(c, inC); }

    private static long k(Op.Conv c, long inC) { return inC * c.kh() * c.kw(); }

    static boolean flat(Op.Conv c) {
        return c.kh() == 1 && c.kw() == 1 && c.sh() == 1 && c.sw() == 1 && c.padL() + c.padR() + c.padT() + c.padB() == 0;
    }

    /** Pixels per block: whole output rows unless flat. */
    private static long blockCols(Op.Conv c, long K, long outH, long outW) {
        long target = Math.max(NR, PANEL_FLOATS / K);
        if (flat(c)) return Math.min(outH * outW, Math.max(NR, target / NR * NR));
        return Math.min(outH, Math.max(1, target / outW)) * outW;
    }

    /** Scratch floats for the im2col panel (none when flat). */
    static long scratchFloats(Op.Conv c, long inC, long outH, long outW) {
        if (flat(c)) return 0;
        long K = k(c, inC);
        return K * roundUp(blockCols(c, K, outH, outW), NR);
    }

    /** Where two threads cut the output channels: whole channel tiles. */
    static long split(Op.Conv c) { return c.outC() / 2 / MR * MR; }

    static void conv(IrWriter ir, Op.Conv c, Operand x, Operand y, Operand r, long wOff, long bOff, String scratch) {
        long K = k(c, x.c()), P = y.hw(), cols = blockCols(c, K, y.h(), y.w());
        long full = P / cols, rest = P % cols;
        boolean flat = flat(c);
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b), rb = r == null ? null : r.image(ir, b);
            ir.loop("blk", "0", IrWriter.num(full), blk -> block(ir, c, x, y, K, xb, yb, rb, ir.mul(blk, cols), cols, flat, wOff, bOff, scratch));
            if (rest > 0) block(ir, c, x, y, K, xb, yb, rb, IrWriter.num(full * cols), rest, flat, wOff, bOff, scratch);
        });
    }

    /** Pixels [n0, n0 + nb) of every output channel in [%lo, %hi). */
    private static void block(IrWriter ir, Op.Conv c, Operand x, Operand y, long K, String xb, String yb, String rb, String n0, long nb,
                              boolean flat, long wOff, long bOff, String scratch) {
        String bBase;
        long bStride;
        if (flat) {
            bBase = ir.at(xb, n0);
            bStride = x.hw();
        } else {
            bStride = roundUp(nb, NR);
            im2col(ir, c, x, xb, ir.div(n0, y.w()), nb / y.w(), y.w(), bStride, scratch);
            bBase = scratch;
        }
        long M = c.outC(), mFull = M / MR, mRest = M % MR;
        String hiTile = ir.min(ir.div("%hi", MR), IrWriter.num(mFull));
        ir.loop("mt", ir.div("%lo", MR), hiTile, mt -> tiles(ir, c, y, K, bBase, bStride, !flat, yb, rb, n0, nb, mt, MR, wOff, bOff));
        if (mRest > 0) {
            ir.when(ir.value("icmp eq i64 %hi, " + M), () -> tiles(ir, c, y, K, bBase, bStride, !flat, yb, rb, n0, nb, IrWriter.num(mFull), (int) mRest, wOff, bOff));
        }
    }

    /** The block's pixel tiles for channel tile {@code mt} of {@code rows} channels. */
    private static void tiles(IrWriter ir, Op.Conv c, Operand y, long K, String bBase, long bStride, boolean padded, String yb, String rb,
                              String n0, long nb, String mt, int rows, long wOff, long bOff) {
        long nFull = nb / NR, nRest = nb % NR;
        ir.loop("nt", "0", IrWriter.num(nFull), nt -> tile(ir, c, y, K, bBase, bStride, padded, yb, rb, n0, ir.mul(nt, NR), NR, mt, rows, wOff, bOff));
        if (nRest > 0) tile(ir, c, y, K, bBase, bStride, padded, yb, rb, n0, IrWriter.num(nFull * NR), (int) nRest, mt, rows, wOff, bOff);
    }

    /**
     * One micro-tile: {@code rows} channels from {@code 6 mt} x {@code cols} pixels from {@code n0 + j0}. B row k
     * starts at {@code bBase + k * bStride}; a padded panel has zeros up to 16 columns, else edge lanes are masked.
     */
    private static void tile(IrWriter ir, Op.Conv c, Operand y, long K, String bBase, long bStride, boolean padded, String yb, String rb,
                             String n0, String j0, int cols, String mt, int rows, long wOff, long bOff) {
        int V = (cols + ConvKernels.LANES - 1) / ConvKernels.LANES;
        String[][] acc = new String[rows][V];
        for (int i = 0; i < rows; i++) for (int v = 0; v < V; v++) acc[i][v] = ir.vecVar();
        String a = ir.at("%w", ir.add(ir.mul(mt, MR * K), wOff)), bcol = ir.at(bBase, j0);
        ir.loop("k", "0", IrWriter.num(K), k -> {
            String brow = ir.at(bcol, ir.mul(k, bStride)), arow = ir.at(a, ir.mul(k, MR));
            String[] bv = new String[V];
            for (int v = 0; v < V; v++) {
                int lanes = Math.min(ConvKernels.LANES, cols - v * ConvKernels.LANES);
                String p = ir.at(brow, (long) v * ConvKernels.LANES);
                bv[v] = padded || lanes == ConvKernels.LANES ? ir.vload(p) : ir.maskedLoad(p, lanes);
            }
            for (int i = 0; i < rows; i++) {
                String wv = ir.splat(ir.load(arow, IrWriter.num(i)));
                for (int v = 0; v < V; v++) {
                    ir.line("store <8 x float> " + ir.vfma(wv, bv[v], ir.vload(acc[i][v])) + ", ptr " + acc[i][v] + ", align 32");
                }
            }
        });
        Epilogue e = c.epilogue();
        boolean inRegisters = IrWriter.vectorActivation(e.act());
        for (int i = 0; i < rows; i++) {
            String oc = ir.add(ir.mul(mt, MR), i);
            String bias = ir.splat(ir.load("%w", ir.add(oc, bOff)));
            String at = ir.add(ir.add(ir.mul(oc, y.hw()), n0), j0);
            String dst = ir.at(yb, at), res = rb == null ? null : ir.at(rb, at);
            for (int v = 0; v < V; v++) {
                int lanes = Math.min(ConvKernels.LANES, cols - v * ConvKernels.LANES);
                long off = (long) v * ConvKernels.LANES;
                String val = ir.vadd(ir.vload(acc[i][v]), bias);
                if (e.residual()) {
                    String rp = ir.at(res, off);
                    val = ir.vadd(val, lanes == ConvKernels.LANES ? ir.vload(rp) : ir.maskedLoad(rp, lanes));
                }
                if (inRegisters) val = ir.vactivation(e.act(), e.alpha(), val);
                String dp = ir.at(dst, off);
                if (lanes == ConvKernels.LANES) ir.vstore(val, dp);
                else ir.maskedStore(val, dp, lanes);
            }
            if (!inRegisters) {
                ir.loop("j", "0", IrWriter.num(cols), j -> {
                    String p = ir.at(dst, j);
                    ir.store(ir.activation(e.act(), e.alpha(), ir.load(p)), p);
                });
            }
        }
    }

    /**
     * The taps of output rows [oh0, oh0 + rows) into a panel of K rows of {@code stride} floats (pixel
     * {@code r * OW + ow} of the block at column {@code r * OW + ow}; zeros where a tap falls outside the input
     * and in the columns past the block).
     */
    private static void im2col(IrWriter ir, Op.Conv c, Operand x, String xb, String oh0, long rows, long OW, long stride, String panel) {
        long taps = (long) c.kh() * c.kw();
        ir.loop("ic", "0", IrWriter.num(x.c()), ic -> {
            String plane = ir.at(xb, ir.mul(ic, x.hw()));
            ir.loop("ky", "0", IrWriter.num(c.kh()), ky -> {
                for (int kx = 0; kx < c.kw(); kx++) { // unrolled: each tap's valid column range is a constant
                    String k = ir.add(ir.add(ir.mul(ic, taps), ir.mul(ky, c.kw())), kx);
                    String dst = ir.at(panel, ir.mul(k, stride));
                    long off = (long) kx * c.dw() - c.padL();
                    long lo = Math.min(OW, off >= 0 ? 0 : ceilDiv(-off, c.sw()));
                    long hi = Math.max(lo, Math.min(OW, x.w() - 1 - off < 0 ? 0 : (x.w() - 1 - off) / c.sw() + 1));
                    ir.loop("r", "0", IrWriter.num(rows), rr -> {
                        String ih = ir.add(ir.add(ir.mul(ir.add(oh0, rr), c.sh()), ir.mul(ky, c.dh())), -c.padT());
                        String drow = ir.at(dst, ir.mul(rr, OW));
                        String inside = ir.inRange(ih, 0, x.h());
                        String xrow = ir.at(plane, ir.mul(ir.value("select i1 " + inside + ", i64 " + ih + ", i64 0"), x.w()));
                        ir.loop("z", "0", IrWriter.num(lo), j -> ir.store("0.0", drow, j));
                        ir.loop("z", IrWriter.num(hi), IrWriter.num(OW), j -> ir.store("0.0", drow, j));
                        ir.loop("ow", IrWriter.num(lo), IrWriter.num(hi), ow -> {
                            String v = ir.load(xrow, ir.add(ir.mul(ow, c.sw()), off));
                            ir.store(ir.value("select i1 " + inside + ", float " + v + ", float 0.0"), drow, ow);
                        });
                    });
                    ir.loop("z", IrWriter.num(rows * OW), IrWriter.num(stride), j -> ir.store("0.0", dst, j));
                }
            });
        });
    }

    private static long ceilDiv(long a, long b) { return (a + b - 1) / b; }

    private static long roundUp(long a, long b) { return ceilDiv(a, b) * b; }
}
