package netc.backend.llvm;

import netc.ir.Epilogue;
import netc.ir.Op;

/**
 * A network's stem: an ungrouped stride-2 conv on few input channels (mobilenet_v2's 3x3/s2 3 -> 32 at 224x224),
 * computed directly from the input, without the GEMM path's im2col panel. With K = 27 taps the im2col copy costs as
 * much as the multiply-adds (each input value copied 2-3 times, scalar); here the input is copied once per call into
 * zero-padded, deinterleaved rows (even columns, then odd ones; 8 at a time, a 16-float load and a shuffle), so that for output column ow the tap at padded
 * column {@code 2 ow + kx} is element {@code ow + kx / 2} of phase {@code kx % 2}: every tap reads 8 consecutive
 * floats. The micro-kernel is the GEMM's, 6 output channels x 16 pixels in 12 accumulators, with the weights packed
 * as the GEMM packs them ({@link GemmConv}: {@code W[6t + r][k]} at {@code 6Kt + 6k + r}), all K taps unrolled, the
 * epilogue in registers. Two threads split the output rows ({@code [%lo, %hi)}), each copying the input rows its
 * own output rows read. Which convs take it: the plan pass ({@code KernelPlan.Stem}, {@code ConvPlans.stem}).
 */
final class StemKernels {
    private StemKernels() {}

    private static final int LANES = ConvKernels.LANES, NR = GemmConv.NR, MR = GemmConv.MR;

    /** Floats of a deinterleaved padded row's phase: room for every tap of every 16-pixel tile. */
    private static long phaseWidth(Op.Conv c, long inW, long outW) {
        long wp = inW + c.padL() + c.padR();
        return roundUp(Math.max((wp + 1) / 2, roundUp(outW, NR) + (c.kw() - 1) / 2), LANES);
    }

    /** Scratch per thread: every padded row of every input channel, both phases (each thread fills the rows it reads). */
    static long scratchFloats(Op.Conv c, long inC, long inH, long inW, long outW) {
        return inC * (inH + c.padT() + c.padB()) * 2 * phaseWidth(c, inW, outW);
    }

    /** Output rows: the range two threads split. */
    static void conv(IrWriter ir, Op.Conv c, Operand x, Operand y, Operand r, long wOff, long bOff, String scratch) {
        long hp = x.h() + c.padT() + c.padB(), wh = phaseWidth(c, x.w(), y.w()), K = x.c() * c.kh() * c.kw();
        ir.comment("stem: direct stride-2 conv on deinterleaved rows");
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b), rb = r == null ? null : r.image(ir, b);
            // the padded rows that output rows [%lo, %hi) read
            String rowLo = ir.mul("%lo", 2), rowHi = ir.add(ir.mul("%hi", 2), c.kh() - 2);
            ir.loop("ic", "0", IrWriter.num(x.c()), ic -> ir.loop("pr", rowLo, rowHi, pr -> {
                String ih = ir.add(pr, -c.padT());
                String inside = ir.inRange(ih, 0, x.h());
                String xrow = ir.at(xb, ir.add(ir.mul(ic, x.hw()), ir.mul(ir.value("select i1 " + inside + ", i64 " + ih + ", i64 0"), x.w())));
                for (int p = 0; p < 2; p++) { // 8 columns of a phase: every other lane of 16, masked at the row's ends
                    String dst = ir.at(scratch, ir.mul(ir.add(ir.mul(ir.add(ir.mul(ic, hp), pr), 2), p), wh));
                    for (long jj = 0; jj < wh; jj += LANES) {
                        String v = SeparableKernels.tap(ir, xrow, 2 * jj + p - c.padL(), 2, LANES, x.w());
                        v = v == null ? "zeroinitializer" : ir.value("select i1 " + inside + ", <8 x float> " + v + ", <8 x float> zeroinitializer");
                        ir.vstore(v, ir.at(dst, jj));
                    }
                }
            }));
            long full = y.w() / NR, rest = y.w() % NR, mFull = c.outC() / MR, mRest = c.outC() % MR;
            ir.loop("oh", "%lo", "%hi", oh -> {
                java.util.function.BiConsumer<String, Integer> columns = (ow0, cols) -> {
                    ir.loop("mt", "0", IrWriter.num(mFull), mt -> tile(ir, c, x, y, yb, rb, oh, ow0, cols, mt, MR, hp, wh, K, wOff, bOff, scratch));
                    if (mRest > 0) tile(ir, c, x, y, yb, rb, oh, ow0, cols, IrWriter.num(mFull), (int) mRest, hp, wh, K, wOff, bOff, scratch);
                };
                ir.loop("t", "0", IrWriter.num(full), t -> columns.accept(ir.mul(t, NR), NR));
                if (rest > 0) columns.accept(IrWriter.num(full * NR), (int) rest);
            });
        });
    }

    /** Output channels [6 mt, 6 mt + rows) x columns [ow0, ow0 + cols) of output row oh, every tap unrolled. */
    private static void tile(IrWriter ir, Op.Conv c, Operand x, Operand y, String yb, String rb, String oh, String ow0, int cols, String mt, int rows,
                             long hp, long wh, long K, long wOff, long bOff, String scratch) {
        int V = (cols + LANES - 1) / LANES;
        // a tail tile (32 channels: 5 x 6 + 2) has too few FMA chains to hide the latency: u sets, tap k in set k % u
        int u = ConvKernels.accumulatorSets(V, rows);
        String[][][] sets = new String[u][rows][V];
        for (String[][] set : sets) for (String[] a : set) java.util.Arrays.fill(a, "zeroinitializer");
        String a = ir.at("%w", ir.add(ir.mul(mt, MR * K), wOff));
        String base = ir.at(scratch, ir.add(ir.mul(ir.mul(oh, 2), 2 * wh), ow0)); // row 2 oh of channel 0, phase 0, column ow0
        for (int ic = 0; ic < x.c(); ic++) for (int ky = 0; ky < c.kh(); ky++) for (int kx = 0; kx < c.kw(); kx++) {
            int k = (ic * c.kh() + ky) * c.kw() + kx;
            long off = ((ic * hp + ky) * 2 + kx % 2) * wh + kx / 2;
            String[] bv = new String[V];
            for (int v = 0; v < V; v++) bv[v] = ir.vload(ir.at(base, off + (long) v * LANES));
            String[][] acc = sets[k % u];
            for (int i = 0; i < rows; i++) {
                String wv = ir.splat(ir.load(a, IrWriter.num((long) k * MR + i)));
                for (int v = 0; v < V; v++) acc[i][v] = ir.vfma(wv, bv[v], acc[i][v]);
            }
        }
        String[][] acc = sets[0];
        for (int s = 1; s < u; s++) for (int i = 0; i < rows; i++) for (int v = 0; v < V; v++) acc[i][v] = ir.vadd(acc[i][v], sets[s][i][v]);
        Epilogue e = c.epilogue();
        boolean inRegisters = IrWriter.vectorActivation(e.act());
        for (int i = 0; i < rows; i++) {
            String oc = ir.add(ir.mul(mt, MR), i);
            String at = ir.add(ir.add(ir.mul(oc, y.hw()), ir.mul(oh, y.w())), ow0);
            String dst = ir.at(yb, at), res = rb == null ? null : ir.at(rb, at);
            String bias = ir.splat(ir.load("%w", ir.add(oc, bOff)));
            for (int v = 0; v < V; v++) {
                int lanes = Math.min(LANES, cols - v * LANES);
                String val = ir.vadd(acc[i][v], bias);
                if (e.residual()) {
                    String rp = ir.at(res, (long) v * LANES);
                    val = ir.vadd(val, lanes == LANES ? ir.vload(rp) : ir.maskedLoad(rp, lanes));
                }
                if (inRegisters) val = ir.vactivation(e.act(), e.alpha(), val);
                String p = ir.at(dst, (long) v * LANES);
                if (lanes == LANES) ir.vstore(val, p);
                else ir.maskedStore(val, p, lanes);
            }
            if (!inRegisters && !e.isEmpty()) {
                ir.loop("j", "0", IrWriter.num(cols), j -> {
                    String p = ir.at(dst, j);
                    ir.store(ir.activation(e.act(), e.alpha(), ir.load(p)), p);
                });
            }
        }
    }

    private static long ceilDiv(long a, long b) { return (a + b - 1) / b; }

    private static long roundUp(long a, long b) { return ceilDiv(a, b) * b; }
}
