package netc.backend.llvm;

import netc.ir.Epilogue;
import netc.ir.Op;

/**
 * Depthwise convs (groups = input channels, any channel multiplier, kernel, dilation and padding; stride 1 or 2
 * across the row) as one loop over the output channels [%lo, %hi), each plane computed row by row in vectors of 8
 * output columns.
 *
 * <p>A row's tiles are unrolled, so where each tap of each tile reads is a constant offset from its input row: a
 * tap wholly inside the row is a plain load, a tap that crosses the padding a plain load blended with zeros where
 * the 8 floats stay inside the plane (else a masked load), a tap wholly in the padding is dropped. Rows whose taps all land inside the image run in a
 * loop; the rows at the top and bottom, where some taps fall in the padding, are peeled with those taps dropped;
 * small planes (7x7, 14x14) are unrolled whole, so a channel costs no loop overhead. With stride 2 across, each
 * input plane is first split into its even and odd columns (padding included) in scratch, once per channel: every
 * tap is then a plain load of 8 consecutive floats of one half, where taking the even lanes of 16 for every tap and
 * tile would cost two shuffles each. The accumulator starts at the bias; the residual and the activation are
 * applied in registers before the one store. A row's last, partial tile stores all 8 lanes (the extra ones land on
 * the next row, which is written after it) except on the plane's last row, which stores only its own lanes.
 */
final class DepthwiseKernels {
    private DepthwiseKernels() {}

    private static final int LANES = ConvKernels.LANES;

    /** Planes with at most this many rows x tiles x taps are unrolled whole. */
    static final long UNROLL = 320;

    private static final String EVEN = "<i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>";
    private static final String ODD = "<i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>";

    /** Floats of scratch: with stride 2 across, one plane split into even and odd columns (see {@link #half}). */
    static long scratchFloats(Op.Conv c, long inH, long outW) { return c.sw() == 2 ? inH * 2 * half(c, outW) : 0; }

    /**
     * Columns of each half of a split row: column q of the even half is padded column 2q (input column
     * 2q - padL, zero outside the input), of the odd half 2q + 1; enough for every tap of every tile (the last
     * tile's extra lanes included), rounded up to vectors.
     */
    private static long half(Op.Conv c, long outW) {
        long q = (outW + LANES - 1) / LANES * LANES + (long) (c.kw() - 1) * c.dw() / 2;
        return (q + LANES - 1) / LANES * LANES;
    }

    static void conv(IrWriter ir, Op.Conv c, Operand x, Operand y, Operand r, long wOff, long bOff, String scratch) {
        long mult = c.outC() / c.groups(), taps = (long) c.kh() * c.kw();
        Epilogue e = c.epilogue();
        // the sigmoid and SiLU (IrWriter.exp: a dozen constants and temporaries) go over the plane after it, while it
        // is in L1: in registers, beside the taps' weight splats of the unrolled rows, 144x56x56 3x3 + SiLU took 1.25x
        // the time, and efficientnet_b0 1.06x (side by side, calls alternating)
        boolean inRegisters = IrWriter.vectorActivation(e.act()) && !IrWriter.usesExp(e.act());
        long tiles = (y.w() + LANES - 1) / LANES, oh = y.h(), last = oh - 1;
        // rows [top, bottom) have every tap inside the image; the last row is always peeled (its partial tile is masked)
        long top = Math.min(ceilDiv(c.padT(), c.sh()), last);
        long bottom = Math.max(top, Math.min(last, Math.floorDiv(x.h() - 1 - (long) (c.kh() - 1) * c.dh() + c.padT(), c.sh()) + 1));
        if (oh * tiles * taps <= UNROLL) top = bottom = oh;
        final long from = top, to = bottom;
        ir.comment("depthwise " + c.kh() + "x" + c.kw() + " stride " + c.sh() + "x" + c.sw() + ", rows [0, " + from + ") and [" + to + ", " + oh
                + ") peeled");
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b), rb = r == null ? null : r.image(ir, b);
            ir.loop("oc", "%lo", "%hi", oc -> {
                Plane p = new Plane(ir.at(xb, ir.mul(ir.div(oc, mult), x.hw())), ir.at(yb, ir.mul(oc, y.hw())),
                        rb == null ? null : ir.at(rb, ir.mul(oc, y.hw())), new String[(int) taps], ir.splat(ir.load("%w", ir.add(oc, bOff))),
                        scratch);
                for (int t = 0; t < taps; t++) p.w[t] = ir.splat(ir.load("%w", ir.add(ir.mul(oc, taps), wOff + t)));
                if (c.sw() == 2) split(ir, c, x, p.x, scratch, half(c, y.w()));
                for (long h = 0; h < from; h++) row(ir, c, x, y, e, inRegisters, p, IrWriter.num(h), h, h);
                ir.loop("oh", IrWriter.num(from), IrWriter.num(to), h -> row(ir, c, x, y, e, inRegisters, p, h, from, to - 1));
                for (long h = to; h < oh; h++) row(ir, c, x, y, e, inRegisters, p, IrWriter.num(h), h, h);
                if (!inRegisters) ir.loop("i", "0", IrWriter.num(y.hw()), i -> ConvKernels.epilogue(ir, e, p.y, p.r, i));
            });
        });
    }

    /**
     * One channel's input, output and residual planes, its weights (one splat per tap), its bias splat and, with
     * stride 2 across, its input split into halves in {@code split}.
     */
    private record Plane(String x, String y, String r, String[] w, String bias, String split) {}

    /** Splits the input plane's rows into their even and odd padded columns: rows 2Q apart, the odd half Q after the even. */
    private static void split(IrWriter ir, Op.Conv c, Operand x, String plane, String to, long q) {
        ir.loop("ih", "0", IrWriter.num(x.h()), ih -> {
            String from = ir.at(plane, ir.mul(ih, x.w())), even = ir.at(to, ir.mul(ih, 2 * q)), odd = ir.at(even, q);
            for (long q0 = 0; q0 < q; q0 += LANES) {
                long off = 2 * q0 - c.padL();
                boolean[] mask = new boolean[2 * LANES];
                boolean any = false;
                for (int i = 0; i < 2 * LANES; i++) any |= mask[i] = off + i >= 0 && off + i < x.w();
                if (!any) {
                    ir.vstore("zeroinitializer", ir.at(even, q0));
                    ir.vstore("zeroinitializer", ir.at(odd, q0));
                    continue;
                }
                String wide = off >= 0 && off + 2 * LANES <= x.w() ? ir.value("load <16 x float>, ptr " + ir.at(from, off) + ", align 4")
                        : maskedLoad(ir, from, off, mask);
                ir.vstore(ir.value("shufflevector <16 x float> " + wide + ", <16 x float> poison, <8 x i32> " + EVEN), ir.at(even, q0));
                ir.vstore(ir.value("shufflevector <16 x float> " + wide + ", <16 x float> poison, <8 x i32> " + ODD), ir.at(odd, q0));
            }
        });
    }

    /**
     * Output row {@code oh}: a constant for a peeled row, else a loop counter over rows whose taps are all inside;
     * either way between {@code ohMin} and {@code ohMax}.
     */
    private static void row(IrWriter ir, Op.Conv c, Operand x, Operand y, Epilogue e, boolean inRegisters, Plane p, String oh, long ohMin,
                            long ohMax) {
        boolean peeled = IrWriter.isConst(oh);
        boolean lastRow = peeled && Long.parseLong(oh) == y.h() - 1;
        String[] xrow = new String[c.kh()]; // null: the tap row is in the padding
        for (int ky = 0; ky < c.kh(); ky++) {
            String ih = ir.add(ir.mul(oh, c.sh()), (long) ky * c.dh() - c.padT());
            if (peeled && (Long.parseLong(ih) < 0 || Long.parseLong(ih) >= x.h())) continue;
            xrow[ky] = c.sw() == 2 ? ir.at(p.split, ir.mul(ih, 2 * half(c, y.w()))) : ir.at(p.x, ir.mul(ih, x.w()));
        }
        String yrow = ir.at(p.y, ir.mul(oh, y.w())), rrow = p.r == null ? null : ir.at(p.r, ir.mul(oh, y.w()));
        for (long c0 = 0; c0 < y.w(); c0 += LANES) {
            int lanes = (int) Math.min(LANES, y.w() - c0);
            boolean masked = lastRow && lanes < LANES;
            String acc = p.bias;
            for (int ky = 0; ky < c.kh(); ky++) {
                if (xrow[ky] == null) continue;
                for (int kx = 0; kx < c.kw(); kx++) {
                    long tap = (long) kx * c.dw();
                    // the plane's floats, as offsets from this tap row's start, whichever row of the range it is
                    long first = -(ohMin * c.sh() + (long) ky * c.dh() - c.padT()) * x.w();
                    long end = (x.h() - (ohMax * c.sh() + (long) ky * c.dh() - c.padT())) * x.w();
                    String v = c.sw() == 1 ? load8(ir, xrow[ky], c0 + tap - c.padL(), lanes, x.w(), first, end)
                            : ir.vload(ir.at(xrow[ky], (tap % 2) * half(c, y.w()) + c0 + tap / 2)); // padded column 2(c0 + j) + tap
                    if (v != null) acc = ir.vfma(p.w[ky * c.kw() + kx], v, acc);
                }
            }
            String at = ir.at(yrow, c0);
            if (inRegisters) {
                if (e.residual()) {
                    String res = ir.at(rrow, c0);
                    acc = ir.vadd(acc, masked ? ir.maskedLoad(res, lanes) : ir.vload(res));
                }
                acc = ir.vactivation(e.act(), e.alpha(), acc);
            }
            if (masked) ir.maskedStore(acc, at, lanes);
            else ir.vstore(acc, at);
        }
    }

    /**
     * Columns {@code off + j} of the row, j in [0, 8), zero outside [0, w) and past lane {@code lanes}; null if all
     * are. Where the 8 floats lie inside the plane ({@code [first, end)} from the row's start) but cross the row's
     * ends, a plain load and a blend with zeros, which is cheaper than a masked load.
     */
    private static String load8(IrWriter ir, String row, long off, int lanes, long w, long first, long end) {
        boolean[] mask = new boolean[LANES];
        boolean any = false, all = true;
        for (int j = 0; j < LANES; j++) {
            any |= mask[j] = j < lanes && off + j >= 0 && off + j < w;
            all &= mask[j];
        }
        if (!any) return null;
        if (off >= 0 && off + LANES <= w) return ir.vload(ir.at(row, off));
        if (off < first || off + LANES > end) return maskedLoad(ir, row, off, mask);
        String v = ir.vload(ir.value("getelementptr float, ptr " + row + ", i64 " + off));
        return all ? v : ir.value("select " + maskConstant(mask) + ", <8 x float> " + v + ", <8 x float> zeroinitializer");
    }

    private static String maskConstant(boolean[] mask) {
        StringBuilder m = new StringBuilder("<" + mask.length + " x i1> <");
        for (int i = 0; i < mask.length; i++) m.append(i > 0 ? ", " : "").append("i1 ").append(mask[i]);
        return m.append('>').toString();
    }

    /**
     * The lanes of {@code mask} from {@code row + off} (which may point before the row: the address is not
     * {@code inbounds}, and the lanes outside are never read), zeros elsewhere.
     */
    static String maskedLoad(IrWriter ir, String row, long off, boolean[] mask) {
        int n = mask.length;
        String type = "<" + n + " x float>", name = "@llvm.masked.load.v" + n + "f32.p0";
        ir.declare("declare " + type + " " + name + "(ptr, i32 immarg, <" + n + " x i1>, " + type + ")");
        String ptr = ir.value("getelementptr float, ptr " + row + ", i64 " + off);
        return ir.value("call " + type + " " + name + "(ptr " + ptr + ", i32 4, " + maskConstant(mask) + ", " + type + " zeroinitializer)");
    }

    private static long ceilDiv(long a, long b) { return (a + b - 1) / b; }
}
