package netc.backend.llvm;

import netc.ir.Epilogue;
import netc.ir.KernelPlan;
import netc.ir.Op;

/**
 * A depthwise conv and the 1x1 conv that alone reads it (fuse_separable's {@code SeparableConv}) as one kernel over
 * bands of whole output rows: for each K block of depthwise channels the depthwise kernel computes the band's pixels
 * of those channels, with its bias and activation in registers, into the packed B panel the 1x1's GEMM reads
 * (micro-panels of 16 pixels, element (k, j) at {@code (j / 16) 16 kn + 16 k + j % 16}, as GemmConv packs a 1x1's
 * input); then the GEMM micro-kernel ({@link GemmConv#gemm}) runs on the panel with the 1x1's epilogue (bias,
 * residual, activation). When the output width is a multiple of 8 every vector of a row lands inside one
 * micro-panel and is stored there directly; otherwise a channel's band goes to a small buffer in L1 first and is
 * copied into the panel 16 pixels at a time. Either way the depthwise output is never written whole and the 1x1
 * reads no strided planes. Two threads split the bands.
 *
 * <p>The depthwise part takes any kernel, stride, dilation, padding and channel multiplier: a tap of 8 output
 * columns at stride s is one load of 8s consecutive floats (masked with a constant mask where it crosses the row's
 * ends) and, for s > 1, a shuffle of every s-th lane. A tap row in the padding reads the nearest image row with a
 * zero weight (a select per row and tap, not per tile).
 */
final class SeparableKernels {
    private SeparableKernels() {}

    private static final int LANES = ConvKernels.LANES, NR = GemmConv.NR;

    /**
     * The layout in scratch of a band of the plan's ({@link KernelPlan.Separable}, or an inverted residual's): bands of
     * {@code rows} output rows ({@code bands} of them, the last maybe shorter) of width {@code outW}, K blocks of
     * {@code icb} depthwise channels. The kernel's range {@code [%lo, %hi)} is in bands, or, when {@code byChannels},
     * in the 1x1's output channels (each thread then computes the whole depthwise band itself); {@code deinterleave}:
     * see {@link netc.passes.FusedPlans#deinterleaves}.
     */
    record Plan(long icb, long rows, long outH, long outW, boolean byChannels, long outC, boolean deinterleave) {
        static Plan of(KernelPlan.Separable p) {
            return new Plan(p.icb(), p.rows(), p.outH(), p.outW(), p.byChannels(), p.outC(), p.deinterleave());
        }

        long bands() { return ceilDiv(outH, rows); }

        long full() { return outH / rows; }

        long rest() { return outH % rows; }

        /** Floats of the panel: {@code icb} rows of the band's pixels rounded up to 16. */
        long panelFloats() { return WeightLayout.align(icb * roundUp(rows * outW, NR)); }

        /** Whether the depthwise stores straight into the panel (else through a buffer of one channel's band). */
        boolean direct() { return outW % LANES == 0; }

        /** Floats of that buffer: the band, a vector's spill and the last micro-panel's columns. */
        long bufferFloats() { return direct() ? 0 : WeightLayout.align(roundUp(rows * outW, NR) + LANES); }

        /** Floats of one phase of a deinterleaved input row: every tap of every vector. */
        long phaseWidth(Op.Conv dw) { return roundUp(roundUp(outW, LANES) + (dw.kw() - 1) / 2, LANES); }

        /** Floats of one channel's deinterleaved input rows for a band, or 0 when the depthwise does not deinterleave. */
        long rowsFloats(Op.Conv dw) { return deinterleave ? ((rows - 1) * dw.sh() + dw.kh()) * 2 * phaseWidth(dw) : 0; }
    }

    /** Scratch floats per thread: the panel, the buffer and the deinterleaved rows of the node's plan. */
    static long scratchFloats(Op.SeparableConv s, KernelPlan plan) {
        Plan p = Plan.of((KernelPlan.Separable) plan);
        return p.panelFloats() + p.bufferFloats() + p.rowsFloats(s.depthwise());
    }

    /** Multiply-adds per image, to decide whether two threads pay. */
    static long macs(Op.SeparableConv s, long outHW) {
        Op.Conv dw = s.depthwise();
        return outHW * dw.outC() * ((long) dw.kh() * dw.kw() + s.pointwise().outC());
    }

    /**
     * The kernel: {@code w} holds the depthwise weight and bias, then the 1x1's packed weight and bias, as offsets
     * from {@code %w}; {@code r} is the 1x1's residual or null.
     */
    static void conv(IrWriter ir, Op.SeparableConv s, KernelPlan plan, Operand x, Operand y, Operand r, long[] w, String scratch) {
        Plan p = Plan.of((KernelPlan.Separable) plan);
        Op.Conv dw = s.depthwise();
        ir.comment("separable: depthwise " + dw.kh() + "x" + dw.kw() + " stride " + dw.sh() + "x" + dw.sw() + " in bands of " + p.rows()
                + " rows into the 1x1's panel" + (p.direct() ? "" : " (through a buffer)") + ", then the 1x1 on it");
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b), rb = r == null ? null : r.image(ir, b);
            GemmConv.Rows channels = new GemmConv.Rows(p.byChannels() ? "%lo" : "0", p.byChannels() ? "%hi" : IrWriter.num(p.outC()));
            String lo = p.byChannels() ? "0" : "%lo", hi = p.byChannels() ? IrWriter.num(p.bands()) : "%hi";
            ir.loop("band", lo, ir.min(hi, IrWriter.num(p.full())), band ->
                    band(ir, s, p, x, y, xb, yb, rb, ir.mul(band, p.rows()), p.rows(), w, scratch, channels));
            if (p.rest() > 0) ir.when(p.byChannels() ? "true" : ir.value("icmp eq i64 %hi, " + p.bands()), () ->
                    band(ir, s, p, x, y, xb, yb, rb, IrWriter.num(p.full() * p.rows()), p.rest(), w, scratch, channels));
        });
    }

    /** Output rows [oh0, oh0 + rows): K block by K block, the depthwise channels into the panel, then the GEMM on it. */
    private static void band(IrWriter ir, Op.SeparableConv s, Plan p, Operand x, Operand y, String xb, String yb, String rb, String oh0, long rows,
                             long[] w, String scratch, GemmConv.Rows channels) {
        long k = s.depthwise().outC(), icb = p.icb(), kFull = k / icb, icRest = k % icb, nb = rows * y.w();
        Op.Conv pw = s.pointwise();
        String n0 = ir.mul(oh0, y.w()), buffer = p.direct() ? null : ir.at(scratch, p.panelFloats());
        Op.Conv dwc = s.depthwise();
        Deinterleaved rowsBuf = p.deinterleave() ? new Deinterleaved(ir.at(scratch, p.panelFloats() + p.bufferFloats()), p.phaseWidth(dwc),
                (rows - 1) * dwc.sh() + dwc.kh()) : null;
        java.util.function.BiConsumer<String, long[]> kBlock = (k0, shape) -> {
            long icn = shape[0];
            String first = shape[1] == 1 ? "true" : shape[1] == 0 ? "false" : ir.value("icmp eq i64 " + k0 + ", 0");
            String last = shape[2] == 1 ? "true" : shape[2] == 0 ? "false" : ir.value("icmp eq i64 " + k0 + ", " + (kFull - 1) * icb);
            depthwise(ir, s.depthwise(), x, y.w(), Source.of(x, xb), k0, icn, oh0, rows, w[0], w[1], scratch, buffer, rowsBuf);
            String aBase = ir.at("%w", ir.add(ir.mul(k0, GemmConv.MR), w[2]));
            GemmConv.gemm(ir, new GemmConv.Gemm(pw.epilogue(), k, icn, aBase, scratch, NR, true, true, yb, y.hw(), rb, n0, first, last, w[3]),
                    nb, pw.outC(), channels);
        };
        // shape: channels, then whether it is the first and the last K block (1 yes, 0 no, -1 compare the offset)
        long firstFull = kFull == 1 ? 1 : -1, lastFull = icRest > 0 ? 0 : kFull == 1 ? 1 : -1;
        ir.loop("kb", "0", IrWriter.num(kFull), kb -> kBlock.accept(ir.mul(kb, icb), new long[] {icb, firstFull, lastFull}));
        if (icRest > 0) kBlock.accept(IrWriter.num(kFull * icb), new long[] {icRest, kFull == 0 ? 1 : 0, 1});
    }

    /**
     * Depthwise channels [k0, k0 + icn) of output rows [oh0, oh0 + rows) into panel rows 0..icn-1: bias, taps and
     * the activation in registers. Straight into the panel when {@code buffer} is null (pixel j of the band, a
     * multiple of 8, at {@code (j / 16) 16 icn + 16 k + j % 16}); else each channel's band into the buffer, then
     * copied 16 pixels at a time. A row's last, partial vector stores all 8 lanes (on the next row, which is written
     * after it, or past the band's pixels, which the GEMM never stores).
     */
    /** A channel's input rows for a band, split in even and odd columns: {@code count} rows of two phases of {@code width}. */
    record Deinterleaved(String at, long width, long count) {}

    /**
     * Where the depthwise reads its input planes: input row {@code ih} of the K block's channel {@code ch} (global
     * channel {@code k0 + ch}) at {@code base + (channel0 ? k0 + ch : ch) / mult * stride + (ih - row0) w}. The image
     * itself ({@link #of}), or an inverted residual's expanded rows in scratch, which start at image row {@code row0}.
     */
    record Source(String base, boolean global, long stride, String row0) {
        static Source of(Operand x, String xb) { return new Source(xb, true, x.hw(), "0"); }

        String plane(IrWriter ir, String oc, String ch, long mult) { return ir.at(base, ir.mul(ir.div(global ? oc : ch, mult), stride)); }

        String row(IrWriter ir, String plane, String ih, long w) {
            return ir.at(plane, ir.mul(row0.equals("0") ? ih : ir.value("sub i64 " + ih + ", " + row0), w));
        }
    }

    static void depthwise(IrWriter ir, Op.Conv c, Operand x, long outW, Source src, String k0, long icn, String oh0, long rows,
                          long wOff, long bOff, String panel, String buffer, Deinterleaved split) {
        long mult = c.outC() / x.c(), taps = (long) c.kh() * c.kw();
        Epilogue e = c.epilogue();
        boolean inRegisters = IrWriter.vectorActivation(e.act());
        ir.loop("dc", "0", IrWriter.num(icn), ch -> {
            String oc = ir.add(k0, ch);
            String plane = src.plane(ir, oc, ch, mult);
            String bias = ir.splat(ir.load("%w", ir.add(oc, bOff)));
            String[] wt = new String[(int) taps];
            for (int t = 0; t < taps; t++) wt[t] = ir.splat(ir.load("%w", ir.add(ir.mul(oc, taps), wOff + t)));
            String dst = ir.at(panel, ir.mul(ch, NR));
            if (split != null) { // phase p, element jj of band row r: input column 2 jj + p - padL of row oh0 sh - padT + r, zero outside
                String ih0 = ir.add(ir.mul(oh0, c.sh()), -c.padT());
                ir.loop("pr", "0", IrWriter.num(split.count()), pr -> {
                    String ih = ir.add(ih0, pr);
                    String inside = ir.inRange(ih, 0, x.h());
                    String row = src.row(ir, plane, ir.min(ir.max(ih, "0"), IrWriter.num(x.h() - 1)), x.w());
                    for (int ph = 0; ph < 2; ph++) {
                        String to = ir.at(split.at(), ir.mul(ir.add(ir.mul(pr, 2), ph), split.width()));
                        for (long jj = 0; jj < split.width(); jj += LANES) {
                            String v = tap(ir, row, 2 * jj + ph - c.padL(), 2, LANES, x.w());
                            v = v == null ? "zeroinitializer" : inside.equals("true") ? v
                                    : ir.value("select i1 " + inside + ", <8 x float> " + v + ", <8 x float> zeroinitializer");
                            ir.vstore(v, ir.at(to, jj));
                        }
                    }
                });
            }
            ir.loop("dr", "0", IrWriter.num(rows), rr -> {
                String oh = ir.add(oh0, rr);
                String[] row = new String[c.kh()], weight = new String[(int) taps];
                for (int ky = 0; split == null && ky < c.kh(); ky++) {
                    String ih = ir.add(ir.mul(oh, c.sh()), (long) ky * c.dh() - c.padT());
                    String inside = ir.inRange(ih, 0, x.h());
                    String near = ir.min(ir.max(ih, "0"), IrWriter.num(x.h() - 1));
                    row[ky] = src.row(ir, plane, near, x.w());
                    for (int kx = 0; kx < c.kw(); kx++) {
                        int t = ky * c.kw() + kx;
                        weight[t] = inside.equals("true") ? wt[t]
                                : ir.value("select i1 " + inside + ", <8 x float> " + wt[t] + ", <8 x float> zeroinitializer");
                    }
                }
                String j0 = ir.mul(rr, outW);
                for (long c0 = 0; c0 < outW; c0 += LANES) {
                    int lanes = (int) Math.min(LANES, outW - c0);
                    String acc = bias;
                    for (int ky = 0; ky < c.kh(); ky++) {
                        for (int kx = 0; kx < c.kw(); kx++) {
                            if (split != null) { // padded rows and columns are zeros in the split rows
                                String phaseRow = ir.at(split.at(), ir.mul(ir.add(ir.mul(ir.add(ir.mul(rr, c.sh()), ky), 2), kx % 2), split.width()));
                                acc = ir.vfma(wt[ky * c.kw() + kx], ir.vload(ir.at(phaseRow, c0 + kx / 2)), acc);
                                continue;
                            }
                            String v = tap(ir, row[ky], c0 * c.sw() + (long) kx * c.dw() - c.padL(), c.sw(), lanes, x.w());
                            if (v != null) acc = ir.vfma(weight[ky * c.kw() + kx], v, acc);
                        }
                    }
                    if (inRegisters) acc = ir.vactivation(e.act(), e.alpha(), acc);
                    else for (int j = 0; j < lanes; j++) { // lane by lane: an activation with no vector form
                        String v = ir.activation(e.act(), e.alpha(), ir.value("extractelement <8 x float> " + acc + ", i32 " + j));
                        acc = ir.value("insertelement <8 x float> " + acc + ", float " + v + ", i32 " + j);
                    }
                    String j = ir.add(j0, c0);
                    if (buffer != null) ir.vstore(acc, ir.at(buffer, j));
                    else ir.vstore(acc, ir.at(dst, ir.add(ir.mul(ir.div(j, NR), NR * icn), ir.value("and i64 " + j + ", " + (NR - 1)))));
                }
            });
            if (buffer != null) ir.loop("g", "0", IrWriter.num(ceilDiv(rows * outW, NR)), g -> {
                String from = ir.at(buffer, ir.mul(g, NR)), to = ir.at(dst, ir.mul(g, NR * icn));
                for (int v = 0; v < NR / LANES; v++) ir.vstore(ir.vload(ir.at(from, (long) v * LANES)), ir.at(to, (long) v * LANES));
            });
        });
    }

    /**
     * Input columns {@code off + s j} of the row for lanes j in [0, 8): zero outside [0, w); lanes past
     * {@code lanes} are don't-cares (read only where inside the row). Null when no lane reads the row.
     */
    static String tap(IrWriter ir, String row, long off, int s, int lanes, long w) {
        int n = LANES * s;
        boolean[] mask = new boolean[n];
        boolean any = false, all = true;
        for (int i = 0; i < n; i++) {
            mask[i] = off + i >= 0 && off + i < w; // lanes a shuffle drops or past the row's end are read when inside
            all &= mask[i];
            any |= mask[i] && i % s == 0 && i / s < lanes;
        }
        if (!any) return null;
        String wide = all ? ir.value("load <" + n + " x float>, ptr " + ir.at(row, off) + ", align 4")
                : DepthwiseKernels.maskedLoad(ir, row, off, mask);
        if (s == 1) return wide;
        StringBuilder lanesOf = new StringBuilder("<8 x i32> <");
        for (int j = 0; j < LANES; j++) lanesOf.append(j > 0 ? ", " : "").append("i32 ").append(j * s);
        return ir.value("shufflevector <" + n + " x float> " + wide + ", <" + n + " x float> poison, " + lanesOf.append('>'));
    }

    private static long ceilDiv(long a, long b) { return (a + b - 1) / b; }

    private static long roundUp(long a, long b) { return ceilDiv(a, b) * b; }
}
