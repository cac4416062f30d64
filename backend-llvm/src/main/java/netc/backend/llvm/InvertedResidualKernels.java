package netc.backend.llvm;

import netc.ir.KernelPlan;
import netc.ir.Op;

/**
 * An inverted residual (fuse_inverted_residual's {@code InvertedResidual}: expand 1x1, depthwise, project 1x1) as one
 * kernel over bands of whole output rows, the separable kernel ({@link SeparableKernels}) with the expand in front:
 * per K block of expanded channels, the expand GEMM ({@link GemmConv#gemm}, B read in place from the input's rows,
 * bias and activation in registers) writes the band's input rows plus the depthwise's halo of those channels into
 * scratch; the depthwise reads them from there into the project's micro-panels, and the project GEMM accumulates
 * over the K blocks with its epilogue (bias, residual, activation) on the last. The expanded tensor is never written
 * whole; the price is the halo rows, expanded by both bands that read them. Two threads split the bands.
 */
final class InvertedResidualKernels {
    private InvertedResidualKernels() {}

    private static final int LANES = ConvKernels.LANES, NR = GemmConv.NR;

    /** The separable part's layout for the band (panel, buffer, deinterleaved rows), from the plan's rows and K block. */
    private static SeparableKernels.Plan separable(KernelPlan.InvertedResidual p, long outC) {
        return new SeparableKernels.Plan(p.icb(), p.rows(), p.outH(), p.outW(), false, outC);
    }

    /** Floats of one K block's expanded rows: {@code icb} channels of {@code halo} rows. */
    private static long expandedFloats(KernelPlan.InvertedResidual p) { return WeightLayout.align(p.icb() * pitch(p)); }

    private static long pitch(KernelPlan.InvertedResidual p) { return p.halo() * p.inW(); }

    /** Scratch floats per thread: the separable part's, then the expanded rows. */
    static long scratchFloats(Op.InvertedResidual v, KernelPlan plan) {
        KernelPlan.InvertedResidual p = (KernelPlan.InvertedResidual) plan;
        SeparableKernels.Plan sp = separable(p, v.pointwise().outC());
        return sepFloats(sp, v.depthwise()) + expandedFloats(p);
    }

    private static long sepFloats(SeparableKernels.Plan sp, Op.Conv dw) {
        return sp.panelFloats() + sp.bufferFloats() + WeightLayout.align(sp.rowsFloats(dw));
    }

    /** Multiply-adds per image (the halo's second expansion not counted). */
    static long macs(Op.InvertedResidual v, long inC, long inHW, long outHW) {
        return inHW * inC * v.expand().outC() + SeparableKernels.macs(v.separable(), outHW);
    }

    /**
     * The kernel: {@code w} holds the expand's packed weight and bias, the depthwise weight and bias, the project's
     * packed weight and bias, as offsets from {@code %w}; {@code r} is the project's residual or null.
     */
    static void conv(IrWriter ir, Op.InvertedResidual v, KernelPlan plan, Operand x, Operand y, Operand r, long[] w, String scratch) {
        KernelPlan.InvertedResidual p = (KernelPlan.InvertedResidual) plan;
        Op.Conv dw = v.depthwise();
        ir.comment("inverted residual: per band of " + p.rows() + " rows and K block of " + p.icb() + " channels, the expand 1x1 on "
                + p.halo() + " input rows into scratch, the depthwise " + dw.kh() + "x" + dw.kw() + " stride " + dw.sh()
                + " into the project's panel, then the project 1x1 on it");
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b), rb = r == null ? null : r.image(ir, b);
            ir.loop("band", "%lo", ir.min("%hi", IrWriter.num(p.full())), band ->
                    band(ir, v, p, x, y, xb, yb, rb, ir.mul(band, p.rows()), p.rows(), w, scratch));
            if (p.rest() > 0) ir.when(ir.value("icmp eq i64 %hi, " + p.bands()), () ->
                    band(ir, v, p, x, y, xb, yb, rb, IrWriter.num(p.full() * p.rows()), p.rest(), w, scratch));
        });
    }

    /**
     * Output rows [oh0, oh0 + rows). The expanded rows are {@code halo} rows from {@code e0}, clamped so that they stay
     * inside the image; they hold every row the depthwise reads (its padding rows read the nearest image row, with a
     * zero weight).
     */
    private static void band(IrWriter ir, Op.InvertedResidual v, KernelPlan.InvertedResidual p, Operand x, Operand y, String xb, String yb,
                             String rb, String oh0, long rows, long[] w, String scratch) {
        Op.Conv e = v.expand(), dw = v.depthwise(), pw = v.pointwise();
        long hidden = dw.outC(), icb = p.icb(), kFull = hidden / icb, icRest = hidden % icb, nb = rows * y.w(), inC = x.c();
        long halo = Math.min(x.h(), (rows - 1) * dw.sh() + (long) (dw.kh() - 1) * dw.dh() + 1), hn = halo * x.w();
        SeparableKernels.Plan sp = separable(p, pw.outC());
        String e0 = ir.min(ir.max(ir.add(ir.mul(oh0, dw.sh()), -dw.padT()), "0"), IrWriter.num(x.h() - halo));
        String expanded = ir.at(scratch, sepFloats(sp, dw));
        String buffer = sp.direct() ? null : ir.at(scratch, sp.panelFloats());
        SeparableKernels.Deinterleaved rowsBuf = SeparableKernels.deinterleaves(dw) ? new SeparableKernels.Deinterleaved(
                ir.at(scratch, sp.panelFloats() + sp.bufferFloats()), sp.phaseWidth(dw), (rows - 1) * dw.sh() + dw.kh()) : null;
        Operand hiddenX = new Operand(null, hidden, x.h(), x.w(), 0);
        String n0 = ir.mul(oh0, y.w()), xRows = ir.at(xb, ir.mul(e0, x.w()));
        SeparableKernels.Source src = new SeparableKernels.Source(expanded, false, pitch(p), e0);
        java.util.function.BiConsumer<String, long[]> kBlock = (k0, shape) -> {
            long icn = shape[0];
            // the expand: channels [k0, k0 + icn) of the halo rows, B the input rows in place (edge lanes masked)
            String ea = ir.at("%w", ir.add(ir.mul(k0, inC), w[0])), eb = ir.add(k0, w[1]);
            GemmConv.gemm(ir, new GemmConv.Gemm(e.epilogue(), inC, inC, ea, xRows, x.hw(), false, false, expanded, pitch(p), null, "0",
                    "true", "true", eb), hn, icn, new GemmConv.Rows("0", IrWriter.num(icn)));
            String first = shape[1] == 1 ? "true" : shape[1] == 0 ? "false" : ir.value("icmp eq i64 " + k0 + ", 0");
            String last = shape[2] == 1 ? "true" : shape[2] == 0 ? "false" : ir.value("icmp eq i64 " + k0 + ", " + (kFull - 1) * icb);
            SeparableKernels.depthwise(ir, dw, hiddenX, y.w(), src, k0, icn, oh0, rows, w[2], w[3], scratch, buffer, rowsBuf);
            String aBase = ir.at("%w", ir.add(ir.mul(k0, GemmConv.MR), w[4]));
            GemmConv.gemm(ir, new GemmConv.Gemm(pw.epilogue(), hidden, icn, aBase, scratch, NR, true, true, yb, y.hw(), rb, n0, first, last, w[5]),
                    nb, pw.outC(), new GemmConv.Rows("0", IrWriter.num(pw.outC())));
        };
        long firstFull = kFull == 1 ? 1 : -1, lastFull = icRest > 0 ? 0 : kFull == 1 ? 1 : -1;
        ir.loop("kb", "0", IrWriter.num(kFull), kb -> kBlock.accept(ir.mul(kb, icb), new long[] {icb, firstFull, lastFull}));
        if (icRest > 0) kBlock.accept(IrWriter.num(kFull * icb), new long[] {icRest, kFull == 0 ? 1 : 0, 1});
    }
}
