package netc.backend.llvm;

import netc.ir.Epilogue;
import netc.ir.KernelPlan;
import netc.ir.Op;

/**
 * 3x3 stride-1 convs that the winograd pass marked, by Winograd's F(m x m, 3x3) with m = 2 or 4 (a
 * {@link WinogradVariant}, chosen per layer by the plan pass: netc.passes.ConvPlans.winogradM): each m x m output tile is
 * {@code A^T [sum_ic (G g G^T) . (B^T d B)] A} over the (m + 2) x (m + 2) input tile d it reads, so the 9 m^2
 * multiplications per output tile and channel pair become (m + 2)^2 (16 for F(2x2): 2.25x fewer; 36 for F(4x4): 4x
 * fewer), done as (m + 2)^2 GEMMs (one per element xi of the transformed tile):
 * {@code M[xi][oc][t] = sum_ic U[xi][oc][ic] V[xi][ic][t]} on GemmConv's micro-kernel.
 *
 * <p>The weights are transformed ({@code U = G g G^T}, in double) and packed in panels of 6 channels per xi at weight
 * preparation (table token {@code W2} or {@code W4}). The tiles are taken in blocks of whole tile rows: per block and
 * input channel, the rows it reads are copied into a zero-padded strip, and eight tiles at a time are transformed
 * ({@code B^T d B}, vectors of 8 tiles from stride-m deinterleaving loads) into V; then the GEMMs; then, per output
 * channel, eight tiles at a time, {@code A^T m A}, bias, residual and activation, stored as m output rows.
 *
 * <p>Error: F(2x2)'s transforms only add and subtract (G's halves are exact), so the result differs from direct
 * summation by rounding alone, the sums growing by at most 4x (input side) and 9x (output side): against PyTorch,
 * within 1e-4 of the output's scale on every network of NativeBackendTorchTest. F(4x4)'s transforms have entries up
 * to 8 and G thirds and fifteenths, which costs about 2-3 more bits; WinogradAccuracyTest states and checks its bound.
 */
final class WinogradConv {
    private WinogradConv() {}

    /** The plan's variant. */
    private static WinogradVariant f(KernelPlan.Winograd p) { return WinogradVariant.of(p.m()); }

    /** The weight table's token for the transform: {@code W2} or {@code W4}. */
    static String token(KernelPlan.Winograd p) { return f(p).token(); }

    /** (m + 2)^2 weight matrices of outC x inC, each packed in panels of 6 channels. */
    static long packedFloats(KernelPlan.Winograd p) { return p.elements() * packedFloatsPerXi(p); }

    /**
     * The two-thread split of a Winograd conv (chunks taken from a shared counter, see GemmConv#chunks): a chunk per
     * block (at most GemmConv#maxChunks); by channels only the two halves, since each chunk transforms the whole input.
     */
    static long[] chunks(KernelPlan.Winograd p, netc.ir.Target t) {
        if (p.byBlocks()) return GemmConv.even(p.blocks(), 1, Math.min(p.blocks(), GemmConv.maxChunks(t)));
        return new long[] {0, p.cut(), p.outC()};
    }

    static void conv(IrWriter ir, Op.Conv c, KernelPlan.Winograd p, Operand x, Operand y, Operand r, long wOff, long bOff, String scratch) {
        String strip = scratch, m = ir.at(scratch, p.strip()), v = ir.at(m, f(p).elements() * p.outC() * p.tp());
        GemmConv.Rows rows = p.byBlocks() ? new GemmConv.Rows("0", IrWriter.num(c.outC())) : new GemmConv.Rows("%lo", "%hi");
        String bLo = p.byBlocks() ? "%lo" : "0", bHi = p.byBlocks() ? "%hi" : IrWriter.num(p.blocks());
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b), rb = r == null ? null : r.image(ir, b);
            ir.loop("blk", bLo, bHi, blk -> {
                String ty0 = ir.mul(blk, p.rb());
                input(ir, c, p, x, xb, ty0, strip, v);
                ir.loop("xi", "0", IrWriter.num(f(p).elements()), xi -> gemms(ir, p, xi, wOff, m, v, rows));
                output(ir, c, p, y, yb, rb, ty0, m, bOff, rows);
            });
        });
    }

    /** V[xi][ic][t] = (B^T d B)[xi] for the block's tiles t, every input channel. */
    private static void input(IrWriter ir, Op.Conv c, KernelPlan.Winograd p, Operand x, String xb, String ty0, String strip, String v) {
        int tm = f(p).m(), a = f(p).alpha();
        long pr = tm * p.rb() + 2;
        ir.loop("ic", "0", IrWriter.num(x.c()), ic -> {
            String plane = ir.at(xb, ir.mul(ic, x.hw()));
            ir.loop("rr", "0", IrWriter.num(pr), rr -> {
                String ih = ir.add(ir.add(ir.mul(ty0, tm), rr), -c.padT());
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
                    String[][] d = new String[a][a];
                    for (int i = 0; i < a; i++) {
                        String row = ir.at(strip, ir.add(ir.mul(ir.add(ir.mul(r, tm), i), p.pw()), tm * tx0));
                        String w0 = wide(ir, row, tm), w1 = wide(ir, ir.at(row, tm), tm);
                        for (int j = 0; j < a; j++) d[i][j] = lanes(ir, j < tm ? w0 : w1, tm, j % tm);
                    }
                    String[][] t = columns(ir, f(p).bt(), d);
                    String at = ir.add(ir.mul(r, p.tw()), tx0);
                    for (int i = 0; i < a; i++) {
                        String[] vi = apply(ir, f(p).bt(), t[i]);
                        for (int j = 0; j < a; j++) {
                            String dst = ir.at(v, ir.add(ir.mul(ir.add(ic, (long) (a * i + j) * x.c()), p.tp()), at));
                            if (lanes == 8) ir.vstore(vi[j], dst);
                            else ir.maskedStore(vi[j], dst, lanes);
                        }
                    }
                }
            });
        });
    }

    /**
     * {@code mat v} for vectors v: each row a sum over its non-zero entries, starting from a +1 term when there is
     * one (so F(2x2)'s rows are plain adds and subtracts), the other entries (exact in float) as multiply-adds.
     */
    static String[] apply(IrWriter ir, double[][] mat, String[] v) {
        String[] out = new String[mat.length];
        for (int i = 0; i < mat.length; i++) {
            double[] row = mat[i];
            int first = -1;
            for (int j = 0; j < row.length && first < 0; j++) if (row[j] == 1) first = j;
            String acc = null;
            if (first >= 0) acc = v[first];
            for (int j = 0; j < row.length; j++) {
                if (j == first || row[j] == 0) continue;
                if (acc == null) acc = row[j] == -1 ? fsub(ir, "zeroinitializer", v[j]) : fmul(ir, row[j], v[j]);
                else if (row[j] == 1) acc = ir.vadd(acc, v[j]);
                else if (row[j] == -1) acc = fsub(ir, acc, v[j]);
                else acc = ir.vfma(ir.splat(IrWriter.f(row[j])), v[j], acc);
            }
            out[i] = acc == null ? "zeroinitializer" : acc;
        }
        return out;
    }

    /** {@code mat g} for a square grid g of vectors: {@link #apply} to each of its columns. */
    private static String[][] columns(IrWriter ir, double[][] mat, String[][] g) {
        String[][] out = new String[mat.length][g.length];
        for (int j = 0; j < g.length; j++) {
            String[] col = new String[g.length];
            for (int i = 0; i < g.length; i++) col[i] = g[i][j];
            String[] c = apply(ir, mat, col);
            for (int i = 0; i < mat.length; i++) out[i][j] = c[i];
        }
        return out;
    }

    private static String fsub(IrWriter ir, String a, String b) { return ir.value("fsub <8 x float> " + a + ", " + b); }

    private static String fmul(IrWriter ir, double c, String b) { return ir.value("fmul <8 x float> " + ir.splat(IrWriter.f(c)) + ", " + b); }

    /** {@code <n x i32> <i32 from, i32 from + step, ...>}. */
    private static String indices(int n, int from, int step) {
        StringBuilder s = new StringBuilder("<");
        for (int i = 0; i < n; i++) s.append(i > 0 ? ", " : "").append("i32 ").append(from + i * step);
        return s.append('>').toString();
    }

    /** 8m floats at {@code p}: the columns of eight tiles m apart. */
    private static String wide(IrWriter ir, String p, int m) { return ir.value("load <" + 8 * m + " x float>, ptr " + p + ", align 4"); }

    /** Lanes {@code j, j + m, j + 2m, ...} of an 8m-float vector: column j of each of eight tiles. */
    private static String lanes(IrWriter ir, String w, int m, int j) {
        return ir.value("shufflevector <" + 8 * m + " x float> " + w + ", <" + 8 * m + " x float> poison, <8 x i32> " + indices(8, j, m));
    }

    /** The block's GEMMs' element xi: M[xi] = U[xi] V[xi], K blocks of {@code icb} input channels. */
    private static void gemms(IrWriter ir, KernelPlan.Winograd p, String xi, long wOff, String m, String v, GemmConv.Rows rows) {
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

    private static long packedFloatsPerXi(KernelPlan.Winograd p) { return ceilDiv(p.outC(), GemmConv.MR) * GemmConv.MR * p.inC(); }

    /** y = act(A^T m A + bias [+ residual]) for the block's tiles, output channels [rows.lo, rows.hi). */
    private static void output(IrWriter ir, Op.Conv c, KernelPlan.Winograd p, Operand y, String yb, String rb, String ty0, String m, long bOff, GemmConv.Rows rows) {
        Epilogue e = c.epilogue();
        int tm = f(p).m(), a = f(p).alpha();
        ir.loop("oc", rows.lo(), rows.hi(), oc -> {
            String bias = ir.splat(ir.load("%w", ir.add(oc, bOff)));
            ir.loop("r", "0", IrWriter.num(p.rb()), r -> {
                String oh = ir.mul(ir.add(ty0, r), tm);
                for (long tx0 = 0; tx0 < p.tw(); tx0 += 8) {
                    String at = ir.add(ir.add(ir.mul(oc, p.tp()), ir.mul(r, p.tw())), tx0);
                    String[][] mm = new String[a][a];
                    for (int i = 0; i < a; i++) for (int j = 0; j < a; j++) {
                        mm[i][j] = ir.vload(ir.at(m, ir.add(at, (long) (a * i + j) * p.outC() * p.tp())));
                    }
                    String[][] s = columns(ir, f(p).at(), mm);
                    long cols = Math.min(8L * tm, y.w() - tm * tx0), col0 = tm * tx0;
                    for (int i = 0; i < tm; i++) {
                        String all = interleave(ir, apply(ir, f(p).at(), s[i]));
                        String row = ir.add(oh, i);
                        Runnable store = () -> {
                            String off = ir.add(ir.add(ir.mul(oc, y.hw()), ir.mul(row, y.w())), col0);
                            for (int h = 0; h < tm; h++) {
                                int lanes = (int) Math.min(8, cols - 8L * h);
                                if (lanes <= 0) continue;
                                String val = ir.vadd(ir.value("shufflevector <" + 8 * tm + " x float> " + all + ", <" + 8 * tm
                                        + " x float> poison, <8 x i32> " + indices(8, 8 * h, 1)), bias);
                                String o = ir.add(off, 8L * h);
                                if (e.residual()) val = ir.vadd(val, lanes == 8 ? ir.vload(ir.at(rb, o)) : ir.maskedLoad(ir.at(rb, o), lanes));
                                val = ir.vactivation(e.act(), e.alpha(), val);
                                if (lanes == 8) ir.vstore(val, ir.at(yb, o));
                                else ir.maskedStore(val, ir.at(yb, o), lanes);
                            }
                        };
                        if (p.blocks() * p.rb() > p.th() || y.h() % tm != 0 && i >= y.h() % tm) ir.when(ir.value("icmp slt i64 " + row + ", " + y.h()), store);
                        else store.run();
                    }
                }
            });
        });
    }

    /**
     * The m vectors of a tile row's columns (vector j: column j of eight tiles) as one row of 8m floats in order:
     * element {@code m k + j} is lane k of vector j.
     */
    private static String interleave(IrWriter ir, String[] cols) {
        int n = cols.length;
        StringBuilder idx = new StringBuilder("<");
        for (int q = 0; q < 8 * n; q++) idx.append(q > 0 ? ", " : "").append("i32 ").append(8 * (q % n) + q / n);
        idx.append('>');
        if (n == 2) return ir.value("shufflevector <8 x float> " + cols[0] + ", <8 x float> " + cols[1] + ", <16 x i32> " + idx);
        String lo = ir.value("shufflevector <8 x float> " + cols[0] + ", <8 x float> " + cols[1] + ", <16 x i32> " + indices(16, 0, 1));
        String hi = ir.value("shufflevector <8 x float> " + cols[2] + ", <8 x float> " + cols[3] + ", <16 x i32> " + indices(16, 0, 1));
        return ir.value("shufflevector <16 x float> " + lo + ", <16 x float> " + hi + ", <32 x i32> " + idx);
    }

    private static long ceilDiv(long a, long b) { return (a + b - 1) / b; }
}
