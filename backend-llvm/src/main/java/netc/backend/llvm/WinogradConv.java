package netc.backend.llvm;

import netc.ir.Epilogue;
import netc.ir.Op;

/**
 * 3x3 stride-1 convs that the winograd pass marked, by Winograd's F(2x2, 3x3): each 2x2 output tile is
 * {@code A^T [sum_ic (G g G^T) . (B^T d B)] A} over the 4x4 input tile d it reads, so the 36 multiplications per
 * output tile and channel pair become 16, done as 16 GEMMs (one per element xi of the 4x4 transformed tile):
 * {@code M[xi][oc][t] = sum_ic U[xi][oc][ic] V[xi][ic][t]} on GemmConv's micro-kernel.
 *
 * <p>The weights are transformed ({@code U = G g G^T}, in double) and packed in panels of 6 channels per xi at weight
 * preparation (table token {@code W2}). The tiles are taken in blocks of whole tile rows: per block and input
 * channel, the rows it reads are copied into a zero-padded strip, and eight tiles at a time are transformed
 * ({@code B^T d B}, vectors of 8 tiles from stride-2 deinterleaving loads) into V; then the 16 GEMMs; then, per
 * output channel, eight tiles at a time, {@code A^T m A}, bias, residual and activation, stored as two output rows.
 *
 * <p>Error: the transforms only add and subtract (G's halves are exact), so the result differs from direct
 * summation by rounding alone; the sums grow by at most 4x (input side) and 9x (output side) in magnitude, which
 * costs about 5 bits: against PyTorch, within 1e-4 of the output's scale on every network of NativeBackendTorchTest.
 */
final class WinogradConv {
    private WinogradConv() {}

    /** Whether conv {@code c} takes this path: marked by the winograd pass, on the GEMM path, a vector epilogue. */
    static boolean applies(Op.Conv c) {
        return c.winograd() && GemmConv.applies(c) && IrWriter.vectorActivation(c.epilogue().act())
                && !"false".equals(System.getProperty("netc.native.winograd"));
    }

    /** 16 weight matrices of outC x inC, each packed in panels of 6 channels. */
    static long packedFloats(Op.Conv c, long inC) {
        return 16 * ceilDiv(c.outC(), GemmConv.MR) * GemmConv.MR * inC;
    }

    /**
     * Tiles {@code th x tw}; blocks of {@code rb} tile rows ({@code tb} tiles, {@code tp} rounded up to 16 columns);
     * a padded strip of {@code (2 rb + 2) x pw} floats. Two threads share the blocks when there are at least two,
     * else the output channels (both then transform the same input).
     */
    record Plan(long th, long tw, long rb, long pw, long outC, long inC, long icb) {
        long tb() { return rb * tw; }

        long tp() { return ceilDiv(tb(), 16) * 16; }

        long blocks() { return th / rb; }

        boolean byBlocks() { return blocks() >= 2; }

        long units() { return byBlocks() ? blocks() : outC; }

        long cut() { return byBlocks() ? blocks() / 2 : outC / 2 / GemmConv.MR * GemmConv.MR; }

        long strip() { return ceilDiv((2 * rb + 2) * pw, 16) * 16; }

        /** Scratch: the strip, M, V (in that order, so that M's edge loads past its end stay inside V). */
        long scratch() { return strip() + 16 * (outC + inC) * tp() + 16; }
    }

    /** V and M of a block should stay in L2 (512 KB on Zen 3): 128K floats. */
    static final long BLOCK_FLOATS = 128 * 1024;

    static Plan plan(Op.Conv c, long inC, long outH, long outW) {
        long th = ceilDiv(outH, 2), tw = ceilDiv(outW, 2), pw = 2 * ceilDiv(tw, 8) * 8 + 2;
        long icb = Math.min(inC, Long.getLong("netc.native.kc", GemmConv.KC));
        Plan best = null;
        double bestCost = Double.MAX_VALUE;
        for (long rb = 1; rb <= th; rb++) {
            if (th % rb != 0) continue; // whole blocks only: one specialised block body
            Plan p = new Plan(th, tw, rb, pw, c.outC(), inC, icb);
            double cost = (double) p.tp() / p.tb() + (16 * (inC + c.outC()) * p.tp() > BLOCK_FLOATS ? 0.25 : 0);
            if (cost < bestCost - 1e-9) { best = p; bestCost = cost; }
        }
        return best;
    }

    static long scratchFloats(Op.Conv c, long inC, long outH, long outW) { return plan(c, inC, outH, outW).scratch(); }

    static void conv(IrWriter ir, Op.Conv c, Operand x, Operand y, Operand r, long wOff, long bOff, String scratch) {
        Plan p = plan(c, x.c(), y.h(), y.w());
        String strip = scratch, m = ir.at(scratch, p.strip()), v = ir.at(m, 16 * p.outC() * p.tp());
        GemmConv.Rows rows = p.byBlocks() ? new GemmConv.Rows("0", IrWriter.num(c.outC())) : new GemmConv.Rows("%lo", "%hi");
        String bLo = p.byBlocks() ? "%lo" : "0", bHi = p.byBlocks() ? "%hi" : IrWriter.num(p.blocks());
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b), rb = r == null ? null : r.image(ir, b);
            ir.loop("blk", bLo, bHi, blk -> {
                String ty0 = ir.mul(blk, p.rb());
                input(ir, c, p, x, xb, ty0, strip, v);
                ir.loop("xi", "0", "16", xi -> gemms(ir, p, xi, wOff, m, v, rows));
                output(ir, c, p, y, yb, rb, ty0, m, bOff, rows);
            });
        });
    }

    /** V[xi][ic][t] = (B^T d B)[xi] for the block's tiles t, every input channel. */
    private static void input(IrWriter ir, Op.Conv c, Plan p, Operand x, String xb, String ty0, String strip, String v) {
        long pr = 2 * p.rb() + 2;
        ir.loop("ic", "0", IrWriter.num(x.c()), ic -> {
            String plane = ir.at(xb, ir.mul(ic, x.hw()));
            ir.loop("rr", "0", IrWriter.num(pr), rr -> {
                String ih = ir.add(ir.add(ir.mul(ty0, 2), rr), -c.padT());
                String dst = ir.at(strip, ir.mul(rr, p.pw()));
                ir.loop("z", "0", IrWriter.num(p.pw()), j -> ir.store("0.0", dst, j));
                ir.when(ir.inRange(ih, 0, x.h()), () -> {
                    String src = ir.at(plane, ir.mul(ih, x.w())), to = ir.at(dst, c.padL());
                    ir.loop("iw", "0", IrWriter.num(x.w()), j -> ir.store(ir.load(src, j), to, j));
                });
            });
            ir.loop("r", "0", IrWriter.num(p.rb()), r -> {
                for (long tx0 = 0; tx0 < p.tw(); tx0 += 8) {
                    int lanes = (int) Math.min(8, p.tw() - tx0);
                    String[][] d = new String[4][4];
                    for (int i = 0; i < 4; i++) {
                        String row = ir.at(strip, ir.add(ir.mul(ir.add(ir.mul(r, 2), i), p.pw()), 2 * tx0));
                        String w0 = wide(ir, row), w1 = wide(ir, ir.at(row, 2));
                        d[i] = new String[] {half(ir, w0, EVEN), half(ir, w0, ODD), half(ir, w1, EVEN), half(ir, w1, ODD)};
                    }
                    String[][] t = new String[4][4];
                    for (int j = 0; j < 4; j++) {
                        String[] col = bt(ir, d[0][j], d[1][j], d[2][j], d[3][j]);
                        for (int i = 0; i < 4; i++) t[i][j] = col[i];
                    }
                    String at = ir.add(ir.mul(r, p.tw()), tx0);
                    for (int i = 0; i < 4; i++) {
                        String[] vi = bt(ir, t[i][0], t[i][1], t[i][2], t[i][3]);
                        for (int j = 0; j < 4; j++) {
                            String dst = ir.at(v, ir.add(ir.mul(ir.add(ic, (long) (4 * i + j) * x.c()), p.tp()), at));
                            if (lanes == 8) ir.vstore(vi[j], dst);
                            else ir.maskedStore(vi[j], dst, lanes);
                        }
                    }
                }
            });
        });
    }

    /** {@code B^T (d0, d1, d2, d3)}: {@code (d0 - d2, d1 + d2, d2 - d1, d1 - d3)}. */
    private static String[] bt(IrWriter ir, String d0, String d1, String d2, String d3) {
        return new String[] {fsub(ir, d0, d2), ir.vadd(d1, d2), fsub(ir, d2, d1), fsub(ir, d1, d3)};
    }

    private static String fsub(IrWriter ir, String a, String b) { return ir.value("fsub <8 x float> " + a + ", " + b); }

    private static final String EVEN = "<i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>";
    private static final String ODD = "<i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>";
    private static final String INTERLEAVE = "<i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11, i32 4, i32 12, i32 5, i32 13, i32 6, "
            + "i32 14, i32 7, i32 15>";
    private static final String LOW = "<i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>";
    private static final String HIGH = "<i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>";

    private static String wide(IrWriter ir, String p) { return ir.value("load <16 x float>, ptr " + p + ", align 4"); }

    private static String half(IrWriter ir, String w, String lanes) {
        return ir.value("shufflevector <16 x float> " + w + ", <16 x float> poison, <8 x i32> " + lanes);
    }

    /** The block's 16 GEMMs' element xi: M[xi] = U[xi] V[xi], K blocks of {@code icb} input channels. */
    private static void gemms(IrWriter ir, Plan p, String xi, long wOff, String m, String v, GemmConv.Rows rows) {
        long K = p.inC(), icb = p.icb(), kFull = K / icb, kRest = K % icb;
        String a = ir.at("%w", ir.add(ir.mul(xi, packedFloatsPerXi(p)), wOff));
        String b = ir.at(v, ir.mul(xi, K * p.tp())), out = ir.at(m, ir.mul(xi, p.outC() * p.tp()));
        ir.loop("kb", "0", IrWriter.num(kFull), kb -> {
            String first = kFull == 1 ? "true" : ir.value("icmp eq i64 " + kb + ", 0");
            String ic0 = ir.mul(kb, icb);
            GemmConv.gemm(ir, new GemmConv.Gemm(null, K, icb, ir.at(a, ir.mul(ic0, GemmConv.MR)), ir.at(b, ir.mul(ic0, p.tp())), p.tp(), true, false,
                    out, p.tp(), null, "0", first, "false", 0), p.tb(), p.outC(), rows);
        });
        if (kRest > 0) {
            GemmConv.gemm(ir, new GemmConv.Gemm(null, K, kRest, ir.at(a, kFull * icb * GemmConv.MR), ir.at(b, kFull * icb * p.tp()), p.tp(), true, false,
                    out, p.tp(), null, "0", kFull == 0 ? "true" : "false", "false", 0), p.tb(), p.outC(), rows);
        }
    }

    private static long packedFloatsPerXi(Plan p) { return ceilDiv(p.outC(), GemmConv.MR) * GemmConv.MR * p.inC(); }

    /** y = act(A^T m A + bias [+ residual]) for the block's tiles, output channels [rows.lo, rows.hi). */
    private static void output(IrWriter ir, Op.Conv c, Plan p, Operand y, String yb, String rb, String ty0, String m, long bOff, GemmConv.Rows rows) {
        Epilogue e = c.epilogue();
        ir.loop("oc", rows.lo(), rows.hi(), oc -> {
            String bias = ir.splat(ir.load("%w", ir.add(oc, bOff)));
            ir.loop("r", "0", IrWriter.num(p.rb()), r -> {
                String oh = ir.mul(ir.add(ty0, r), 2);
                for (long tx0 = 0; tx0 < p.tw(); tx0 += 8) {
                    String at = ir.add(ir.add(ir.mul(oc, p.tp()), ir.mul(r, p.tw())), tx0);
                    String[][] mm = new String[4][4];
                    for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) {
                        mm[i][j] = ir.vload(ir.at(m, ir.add(at, (long) (4 * i + j) * p.outC() * p.tp())));
                    }
                    String[][] s = new String[2][4];
                    for (int j = 0; j < 4; j++) {
                        String[] col = at(ir, mm[0][j], mm[1][j], mm[2][j], mm[3][j]);
                        s[0][j] = col[0];
                        s[1][j] = col[1];
                    }
                    long cols = Math.min(16, y.w() - 2 * tx0), col0 = 2 * tx0;
                    for (int i = 0; i < 2; i++) {
                        String[] yi = at(ir, s[i][0], s[i][1], s[i][2], s[i][3]);
                        String row = ir.add(oh, i);
                        String both = ir.value("shufflevector <8 x float> " + yi[0] + ", <8 x float> " + yi[1] + ", <16 x i32> " + INTERLEAVE);
                        Runnable store = () -> {
                            String off = ir.add(ir.add(ir.mul(oc, y.hw()), ir.mul(row, y.w())), col0);
                            for (int h = 0; h < 2; h++) {
                                int lanes = (int) Math.min(8, cols - 8L * h);
                                if (lanes <= 0) continue;
                                String val = ir.vadd(half(ir, both, h == 0 ? LOW : HIGH), bias);
                                String o = ir.add(off, 8L * h);
                                if (e.residual()) val = ir.vadd(val, lanes == 8 ? ir.vload(ir.at(rb, o)) : ir.maskedLoad(ir.at(rb, o), lanes));
                                val = ir.vactivation(e.act(), e.alpha(), val);
                                if (lanes == 8) ir.vstore(val, ir.at(yb, o));
                                else ir.maskedStore(val, ir.at(yb, o), lanes);
                            }
                        };
                        if (i == 1 && y.h() % 2 == 1) ir.when(ir.value("icmp slt i64 " + row + ", " + y.h()), store);
                        else store.run();
                    }
                }
            });
        });
    }

    /** {@code A^T (m0, m1, m2, m3)}: {@code (m0 + m1 + m2, m1 - m2 - m3)}. */
    private static String[] at(IrWriter ir, String m0, String m1, String m2, String m3) {
        return new String[] {ir.vadd(ir.vadd(m0, m1), m2), fsub(ir, fsub(ir, m1, m2), m3)};
    }

    private static long ceilDiv(long a, long b) { return (a + b - 1) / b; }
}
