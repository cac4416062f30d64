package netc.backend.llvm;

import netc.ir.KernelPlan;
import netc.ir.Op;

/**
 * An inverted residual (fuse_inverted_residual's {@code InvertedResidual}: expand 1x1, depthwise, project 1x1) as one
 * kernel over bands of whole output rows, the separable kernel ({@link SeparableKernels}) with the expand in front.
 * Per band, the expand GEMM ({@link GemmConv#gemm}, B read in place from the input's rows, bias and activation in
 * registers) writes the band's input rows with the depthwise's halo, every expanded channel, into a window in
 * scratch; then per K block of expanded channels the depthwise reads the window into the project's micro-panels and
 * the project GEMM accumulates, its epilogue (bias, residual, activation) on the last block. The window rolls: the
 * next band of the same call keeps the halo rows it shares with this one (moved to the window's top) and expands only
 * its new rows, so no row is expanded twice except at the first band of each thread's range. The expanded tensor is
 * never written whole. Two threads take a half of the bands each.
 */
final class InvertedResidualKernels {
    private InvertedResidualKernels() {}

    private static final int NR = GemmConv.NR;

    /** The separable part's layout for the band (panel, buffer, deinterleaved rows), from the plan's rows and K block. */
    private static SeparableKernels.Plan separable(KernelPlan.InvertedResidual p, long outC) {
        return new SeparableKernels.Plan(p.icb(), p.rows(), p.outH(), p.outW(), false, outC, p.deinterleave());
    }

    /** Floats of one expanded channel's window: {@code halo} input rows. */
    private static long pitch(KernelPlan.InvertedResidual p) { return p.halo() * p.inW(); }

    /** Scratch floats per thread: the separable part's, then the window of every expanded channel. */
    static long scratchFloats(Op.InvertedResidual v, KernelPlan plan) {
        KernelPlan.InvertedResidual p = (KernelPlan.InvertedResidual) plan;
        return sepFloats(separable(p, v.pointwise().outC()), v.depthwise()) + WeightLayout.align(v.depthwise().outC() * pitch(p));
    }

    private static long sepFloats(SeparableKernels.Plan sp, Op.Conv dw) {
        return sp.panelFloats() + sp.bufferFloats() + WeightLayout.align(sp.rowsFloats(dw));
    }

    /** Multiply-adds per image (the halo rows expanded twice at a thread's first band not counted). */
    static long macs(Op.InvertedResidual v, long inC, long inHW, long outHW) {
        return inHW * inC * v.expand().outC() + SeparableKernels.macs(v.separable(), outHW);
    }

    /** Input rows a band of {@code rows} output rows reads, at most the image's. */
    private static long halo(Op.Conv dw, long rows, long inH) {
        return Math.min(inH, (rows - 1) * dw.sh() + (long) (dw.kh() - 1) * dw.dh() + 1);
    }

    /**
     * The kernel: {@code w} holds the expand's packed weight and bias, the depthwise weight and bias, the project's
     * packed weight and bias, as offsets from {@code %w}; {@code r} is the project's residual or null.
     */
    static void conv(IrWriter ir, Op.InvertedResidual v, KernelPlan plan, Operand x, Operand y, Operand r, long[] w, String scratch) {
        KernelPlan.InvertedResidual p = (KernelPlan.InvertedResidual) plan;
        Op.Conv dw = v.depthwise();
        // a band rolls from the previous one when it keeps a part of its window: every full band has the plan's halo
        long keep = p.halo() - p.rows() * dw.sh();
        boolean rolls = keep >= 0 && p.halo() == (p.rows() - 1) * dw.sh() + (long) (dw.kh() - 1) * dw.dh() + 1;
        ir.comment("inverted residual: per band of " + p.rows() + " rows the expand 1x1 on " + p.halo() + " input rows into a window"
                + (rolls ? " (" + keep + " kept from the previous band)" : "") + ", then per K block of " + p.icb() + " channels the depthwise "
                + dw.kh() + "x" + dw.kw() + " stride " + dw.sh() + " into the project's panel and the project 1x1 on it");
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b), rb = r == null ? null : r.image(ir, b);
            ir.loop("band", "%lo", ir.min("%hi", IrWriter.num(p.full())), band ->
                    band(ir, v, p, x, y, xb, yb, rb, ir.mul(band, p.rows()), p.rows(), rolls ? ir.value("icmp ne i64 " + band + ", %lo") : "false",
                            w, scratch));
            if (p.rest() > 0) ir.when(ir.value("icmp eq i64 %hi, " + p.bands()), () ->
                    band(ir, v, p, x, y, xb, yb, rb, IrWriter.num(p.full() * p.rows()), p.rest(), "false", w, scratch));
        });
    }

    /**
     * Output rows [oh0, oh0 + rows). The window holds {@code halo} input rows from {@code a}, clamped so that they stay
     * inside the image; they hold every row the depthwise reads (its padding rows read the nearest image row, with a
     * zero weight). When {@code rolling} (an i1), the previous band's window started at {@code a'} <= a, at most
     * {@code rows s} rows before: its rows from a on move to the top, and the last {@code rows s} rows of the window are
     * expanded (some of them again when the clamp moved a by less).
     */
    private static void band(IrWriter ir, Op.InvertedResidual v, KernelPlan.InvertedResidual p, Operand x, Operand y, String xb, String yb,
                             String rb, String oh0, long rows, String rolling, long[] w, String scratch) {
        Op.Conv e = v.expand(), dw = v.depthwise(), pw = v.pointwise();
        long hidden = dw.outC(), icb = p.icb(), kFull = hidden / icb, icRest = hidden % icb, nb = rows * y.w(), inC = x.c();
        long s = dw.sh(), halo = halo(dw, rows, x.h()), keep = halo - rows * s, pitch = pitch(p);
        SeparableKernels.Plan sp = separable(p, pw.outC());
        String a = ir.min(ir.max(ir.add(ir.mul(oh0, s), -dw.padT()), "0"), IrWriter.num(x.h() - halo));
        String window = ir.at(scratch, sepFloats(sp, dw));
        String ea = ir.at("%w", IrWriter.num(w[0]));
        // the expand of input rows [from, from + count) into window rows [to, to + count), every channel
        java.util.function.BiConsumer<String, long[]> expand = (from, toCount) -> GemmConv.gemm(ir, new GemmConv.Gemm(e.epilogue(), inC, inC, ea,
                ir.at(xb, ir.mul(from, x.w())), x.hw(), false, false, ir.at(window, toCount[0] * x.w()), pitch, null, "0", "true", "true", w[1]),
                toCount[1] * x.w(), hidden, new GemmConv.Rows("0", IrWriter.num(hidden)));
        ir.when(rolling, () -> {
            String prev = ir.min(ir.max(ir.add(ir.mul(oh0, s), -dw.padT() - rows * s), "0"), IrWriter.num(x.h() - halo));
            String shift = ir.mul(ir.value("sub i64 " + a + ", " + prev), x.w());
            if (keep > 0) {
                // a forward copy 8 floats at a time, safe since the rows move up; inline rather than a memmove call per
                // channel (96-192 of 112-224 floats a band): features.2 and .3 0.993-0.994x the time per layer
                long n = keep * x.w(), full = n / ConvKernels.LANES * ConvKernels.LANES;
                ir.loop("kc", "0", IrWriter.num(hidden), c -> {
                    String top = ir.at(window, ir.mul(c, pitch)), from = ir.at(top, shift);
                    ir.loop("j", "0", IrWriter.num(full / ConvKernels.LANES), j -> {
                        String at = ir.mul(j, ConvKernels.LANES);
                        ir.vstore(ir.vload(ir.at(from, at)), ir.at(top, at));
                    });
                    for (long t = full; t < n; t++) ir.store(ir.load(from, IrWriter.num(t)), top, IrWriter.num(t));
                });
            }
            expand.accept(ir.add(a, keep), new long[] {keep, rows * s});
        });
        ir.when(rolling.equals("false") ? "true" : ir.value("xor i1 " + rolling + ", true"), () -> expand.accept(a, new long[] {0, halo}));
        String buffer = sp.direct() ? null : ir.at(scratch, sp.panelFloats());
        SeparableKernels.Deinterleaved rowsBuf = sp.deinterleave() ? new SeparableKernels.Deinterleaved(
                ir.at(scratch, sp.panelFloats() + sp.bufferFloats()), sp.phaseWidth(dw), (rows - 1) * dw.sh() + dw.kh()) : null;
        Operand hiddenX = new Operand(null, hidden, x.h(), x.w(), 0);
        String n0 = ir.mul(oh0, y.w());
        SeparableKernels.Source src = new SeparableKernels.Source(window, true, pitch, a);
        java.util.function.BiConsumer<String, long[]> kBlock = (k0, shape) -> {
            long icn = shape[0];
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
