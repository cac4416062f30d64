package netc.backend.llvm;

import netc.ir.Op;

/**
 * Max, average and adaptive-average pooling over NCHW planes with PyTorch's semantics (see the runtime's Pool2d):
 * max pads with -inf and propagates NaN; average windows are clipped to the padded input for the divisor when
 * padding counts, else to the input.
 *
 * <p>Max and average pools are separable, and are computed one output row at a time in two vector passes, in
 * registers. The vertical pass reduces the window's input rows column by column (8s padded columns at a time,
 * padding and columns past it filled with -inf or 0) and splits the result into its {@code s} phases for a stride of
 * {@code s} across (phase r holds padded columns {@code s*i + r}, like the depthwise kernels' even/odd halves), so
 * every horizontal tap of 8 consecutive outputs is 8 consecutive lanes of one phase: one vector or a shuffle of
 * two. The horizontal pass reduces those taps and, for an average, divides by the window sizes, which are
 * constants (a row factor times a column factor). Rows whose windows lie inside the input run in a loop; the rows
 * at the top and bottom are peeled with their taps in the padding dropped. The kernel takes a range of channels
 * [%lo, %hi), which two threads split.
 */
final class PoolKernels {
    private PoolKernels() {}

    private static final int LANES = ConvKernels.LANES;

    /** Off with target option {@code vectorPool=false} ({@code -Dnetc.native.vectorPool=false}; to measure against the scalar kernels). */
    static boolean vectorised(IrWriter ir) { return !ir.target().off("vectorPool"); }

    static void pool(IrWriter ir, Op.Pool p, Operand x, Operand y) {
        if (!vectorised(ir)) {
            scalar(ir, p, x, y);
            return;
        }
        long H = x.h(), OH = y.h();
        // rows [top, bottom) have every tap row inside the input
        long top = Math.min(ceilDiv(p.padH(), p.sh()), OH);
        long bottom = Math.max(top, Math.min(OH, Math.floorDiv(H - 1 - (long) (p.kh() - 1) * p.dh() + p.padH(), p.sh()) + 1));
        ir.comment((p.max() ? "max" : "avg") + " pool " + p.kh() + "x" + p.kw() + " stride " + p.sh() + "x" + p.sw() + ", rows [0, " + top
                + ") and [" + bottom + ", " + OH + ") peeled");
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b);
            ir.loop("c", "%lo", "%hi", c -> {
                String xp = ir.at(xb, ir.mul(c, x.hw())), yp = ir.at(yb, ir.mul(c, y.hw()));
                for (long h = 0; h < top; h++) row(ir, p, x, y, xp, yp, IrWriter.num(h));
                ir.loop("oh", IrWriter.num(top), IrWriter.num(bottom), h -> row(ir, p, x, y, xp, yp, h));
                for (long h = bottom; h < OH; h++) row(ir, p, x, y, xp, yp, IrWriter.num(h));
            });
        });
    }

    /** Output row {@code oh}: a constant for a peeled row (taps outside the input dropped), else a loop counter. */
    private static void row(IrWriter ir, Op.Pool p, Operand x, Operand y, String xp, String yp, String oh) {
        boolean peeled = IrWriter.isConst(oh);
        long s = p.sw(), W = x.w();
        int wide = (int) (s * LANES);
        String type = "<" + wide + " x float>", fill = fill(p, wide);
        java.util.List<String> rows = new java.util.ArrayList<>();
        long rowCount = p.kh();
        if (peeled) {
            long h0 = Long.parseLong(oh) * p.sh() - p.padH();
            for (int ky = 0; ky < p.kh(); ky++) {
                long ih = h0 + (long) ky * p.dh();
                if (ih >= 0 && ih < x.h()) rows.add(ir.at(xp, ih * W));
            }
            long h1 = Math.min(h0 + p.kh(), x.h() + p.padH());
            rowCount = p.countIncludePad() ? h1 - h0 : Math.min(h1, x.h()) - Math.max(h0, 0);
        } else {
            String h0 = ir.add(ir.mul(oh, p.sh()), -p.padH());
            for (int ky = 0; ky < p.kh(); ky++) rows.add(ir.at(xp, ir.mul(ir.add(h0, (long) ky * p.dh()), W)));
        }
        // vertical, on demand: padded columns [s*q0, s*q0 + 8s) reduced over the rows, split into the phases
        java.util.Map<Long, String[]> chunks = new java.util.HashMap<>();
        java.util.function.LongFunction<String[]> chunk = q0 -> chunks.computeIfAbsent(q0, k -> vertical(ir, p, rows, W, q0, type, fill));
        // horizontal: output columns [c0, c0 + 8), tap kx at padded column s*(c0 + j) + kx*dw: lanes [c0 + o, c0 + o + 8) of phase r
        String yrow = ir.at(yp, ir.mul(oh, y.w()));
        for (long c0 = 0; c0 < y.w(); c0 += LANES) {
            int lanes = (int) Math.min(LANES, y.w() - c0);
            String acc = null;
            for (int kx = 0; kx < p.kw(); kx++) {
                long col = (long) kx * p.dw(), o = col / s, first = c0 + o - (c0 + o) % LANES, shift = (c0 + o) % LANES;
                int r = (int) (col % s);
                String v = shift == 0 ? chunk.apply(first)[r]
                        : ir.value("shufflevector <8 x float> " + chunk.apply(first)[r] + ", <8 x float> " + chunk.apply(first + LANES)[r]
                                + ", <8 x i32> " + lanes((int) shift, 1));
                acc = acc == null ? v : reduce(ir, p, "<8 x float>", acc, v);
            }
            if (!p.max()) acc = divide(ir, p, x, acc, c0, lanes, rowCount);
            String at = ir.at(yrow, c0);
            if (lanes < LANES) ir.maskedStore(acc, at, lanes);
            else ir.vstore(acc, at);
        }
    }

    /** The phases at {@code q0} of the row reduced over the window's input rows (the padding's value where none is inside). */
    private static String[] vertical(IrWriter ir, Op.Pool p, java.util.List<String> rows, long W, long q0, String type, String fill) {
        int s = p.sw(), wide = s * LANES;
        long off = s * q0 - p.padW();
        boolean[] mask = new boolean[wide];
        boolean any = false, all = true;
        for (int i = 0; i < wide; i++) {
            any |= mask[i] = off + i >= 0 && off + i < W;
            all &= mask[i];
        }
        String v = null;
        if (any) {
            for (String r : rows) {
                String load = all ? ir.value("load " + type + ", ptr " + ir.at(r, off) + ", align 4") : maskedLoad(ir, r, off, mask, fill);
                v = v == null ? load : reduce(ir, p, type, v, load);
            }
        }
        if (v == null) v = fill;
        String[] phases = new String[s];
        for (int r = 0; r < s; r++) phases[r] = s == 1 ? v : ir.value("shufflevector " + type + " " + v + ", " + type + " poison, <8 x i32> " + lanes(r, s));
        return phases;
    }

    /** The sums of a tile over its window sizes (row count times each column's), zero where a window is empty. */
    private static String divide(IrWriter ir, Op.Pool p, Operand x, String sum, long c0, int lanes, long rowCount) {
        StringBuilder counts = new StringBuilder("<");
        boolean empty = false;
        for (int j = 0; j < LANES; j++) {
            long n = 1; // lanes past the row: anything but zero
            if (j < lanes) {
                long w0 = (c0 + j) * p.sw() - p.padW(), w1 = Math.min(w0 + p.kw(), x.w() + p.padW());
                n = rowCount * (p.countIncludePad() ? w1 - w0 : Math.min(w1, x.w()) - Math.max(w0, 0));
                if (n <= 0) {
                    empty = true;
                    n = 1;
                }
            }
            counts.append(j > 0 ? ", " : "").append("float ").append(IrWriter.f(n));
        }
        String q = ir.value("fdiv <8 x float> " + sum + ", " + counts.append('>'));
        if (!empty) return q;
        StringBuilder keep = new StringBuilder("<8 x i1> <");
        for (int j = 0; j < LANES; j++) {
            long w0 = (c0 + j) * p.sw() - p.padW(), w1 = Math.min(w0 + p.kw(), x.w() + p.padW());
            long n = rowCount * (p.countIncludePad() ? w1 - w0 : Math.min(w1, x.w()) - Math.max(w0, 0));
            keep.append(j > 0 ? ", " : "").append("i1 ").append(j >= lanes || n > 0);
        }
        return ir.value("select " + keep.append('>') + ", <8 x float> " + q + ", <8 x float> zeroinitializer");
    }

    private static String reduce(IrWriter ir, Op.Pool p, String type, String a, String b) {
        if (!p.max()) return ir.value("fadd " + IrWriter.REASSOC + " " + type + " " + a + ", " + b);
        // NaN propagates (PyTorch's max pooling): maximum, not maxnum; which of -0 and +0 wins is not promised (PyTorch keeps
        // the first), and nsz spares the sign test
        String t = type.substring(1, type.indexOf(' '));
        String name = "@llvm.maximum.v" + t + "f32";
        ir.declare("declare " + type + " " + name + "(" + type + ", " + type + ")");
        return ir.value("call nsz " + type + " " + name + "(" + type + " " + a + ", " + type + " " + b + ")");
    }

    /** A vector of {@code n} copies of the padding's value: -inf for a max pool, 0 for an average. */
    private static String fill(Op.Pool p, int n) {
        if (!p.max()) return "zeroinitializer";
        StringBuilder v = new StringBuilder("<");
        for (int i = 0; i < n; i++) v.append(i > 0 ? ", " : "").append("float ").append(IrWriter.f(Double.NEGATIVE_INFINITY));
        return v.append('>').toString();
    }

    /** Shuffle indices {@code r, r + s, ..., r + 7s}. */
    private static String lanes(int r, long s) {
        StringBuilder v = new StringBuilder("<");
        for (int j = 0; j < LANES; j++) v.append(j > 0 ? ", " : "").append("i32 ").append(r + j * s);
        return v.append('>').toString();
    }

    /**
     * The lanes of {@code mask} from {@code row + off} (which may point before the row: the address is not
     * {@code inbounds}, and lanes outside are never read), {@code fill}'s lanes elsewhere.
     */
    private static String maskedLoad(IrWriter ir, String row, long off, boolean[] mask, String fill) {
        int n = mask.length;
        String type = "<" + n + " x float>", name = "@llvm.masked.load.v" + n + "f32.p0";
        ir.declare("declare " + type + " " + name + "(ptr, i32 immarg, <" + n + " x i1>, " + type + ")");
        StringBuilder m = new StringBuilder("<" + n + " x i1> <");
        for (int i = 0; i < n; i++) m.append(i > 0 ? ", " : "").append("i1 ").append(mask[i]);
        String ptr = ir.value("getelementptr float, ptr " + row + ", i64 " + off);
        return ir.value("call " + type + " " + name + "(ptr " + ptr + ", i32 4, " + m.append('>') + ", " + type + " " + fill + ")");
    }

    /** The scalar kernel: one output at a time, taps checked against the input. */
    private static void scalar(IrWriter ir, Op.Pool p, Operand x, Operand y) {
        long H = x.h(), W = x.w(), OH = y.h(), OW = y.w();
        channels(ir, x, y, (xp, yp) -> ir.loop("oh", "0", IrWriter.num(OH), oh -> ir.loop("ow", "0", IrWriter.num(OW), ow -> {
            String h0 = ir.add(ir.mul(oh, p.sh()), -p.padH()), w0 = ir.add(ir.mul(ow, p.sw()), -p.padW());
            String v;
            if (p.max()) {
                String acc = ir.var(IrWriter.f(Double.NEGATIVE_INFINITY));
                ir.loop("ky", "0", IrWriter.num(p.kh()), ky -> {
                    String ih = ir.add(h0, ir.mul(ky, p.dh()));
                    ir.when(ir.inRange(ih, 0, H), () -> ir.loop("kx", "0", IrWriter.num(p.kw()), kx -> {
                        String iw = ir.add(w0, ir.mul(kx, p.dw()));
                        ir.when(ir.inRange(iw, 0, W), () ->
                                ir.store(ir.fmax(ir.load(acc), ir.load(xp, ir.add(ir.mul(ih, W), iw))), acc));
                    }));
                });
                v = ir.load(acc);
            } else {
                // window [h0, min(h0 + kh, H + pad)) clipped to [0, H) for the sum
                String h1 = ir.min(ir.add(h0, p.kh()), IrWriter.num(H + p.padH())), w1 = ir.min(ir.add(w0, p.kw()), IrWriter.num(W + p.padW()));
                String count = p.countIncludePad() ? span(ir, h0, h1, w0, w1) : null;
                String hs = ir.max(h0, "0"), he = ir.min(h1, IrWriter.num(H)), ws = ir.max(w0, "0"), we = ir.min(w1, IrWriter.num(W));
                v = average(ir, xp, W, hs, he, ws, we, count != null ? count : span(ir, hs, he, ws, we));
            }
            ir.store(v, yp, ir.add(ir.mul(oh, OW), ow));
        })));
    }

    /** Rows {@code [floor(i*H/OH), ceil((i+1)*H/OH))}, likewise columns; a global pool sums its plane in one flat loop. */
    static void adaptiveAvg(IrWriter ir, Operand x, Operand y) {
        long H = x.h(), W = x.w(), OH = y.h(), OW = y.w();
        if (OH == 1 && OW == 1) {
            channels(ir, x, y, (xp, yp) -> ir.store(average(ir, xp, x.hw(), "0", "1", "0", IrWriter.num(x.hw()), IrWriter.num(x.hw())), yp));
            return;
        }
        channels(ir, x, y, (xp, yp) -> ir.loop("oh", "0", IrWriter.num(OH), oh -> ir.loop("ow", "0", IrWriter.num(OW), ow -> {
            String hs = ir.div(ir.mul(oh, H), OH), he = ir.div(ir.add(ir.mul(oh, H), H + OH - 1), OH);
            String ws = ir.div(ir.mul(ow, W), OW), we = ir.div(ir.add(ir.mul(ow, W), W + OW - 1), OW);
            ir.store(average(ir, xp, W, hs, he, ws, we, span(ir, hs, he, ws, we)), yp, ir.add(ir.mul(oh, OW), ow));
        })));
    }

    private static String span(IrWriter ir, String h0, String h1, String w0, String w1) {
        String rows = ir.add(h1, ir.mul(h0, -1)), cols = ir.add(w1, ir.mul(w0, -1));
        return ir.mul(rows, cols);
    }

    /** Sum of {@code x[hs..he) x [ws..we)} over {@code count}, or 0 for an empty window. */
    private static String average(IrWriter ir, String xp, long W, String hs, String he, String ws, String we, String count) {
        String acc = ir.var("0.0");
        ir.loop("ih", hs, he, ih -> {
            String xrow = ir.at(xp, ir.mul(ih, W));
            ir.loop("iw", ws, we, iw -> ir.store(ir.faddReassoc(ir.load(acc), ir.load(xrow, iw)), acc));
        });
        String cnt = IrWriter.isConst(count) ? IrWriter.f(Long.parseLong(count)) : ir.value("sitofp i64 " + count + " to float");
        String positive = IrWriter.isConst(count) ? (Long.parseLong(count) > 0 ? "true" : "false") : ir.value("icmp sgt i64 " + count + ", 0");
        String q = ir.fdiv(ir.load(acc), cnt);
        return positive.equals("true") ? q : ir.select(positive, q, "0.0");
    }

    /** Runs {@code body(xPlane, yPlane)} for every image and the channels [%lo, %hi). */
    private static void channels(IrWriter ir, Operand x, Operand y, java.util.function.BiConsumer<String, String> body) {
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b);
            ir.loop("c", "%lo", "%hi", c -> body.accept(ir.at(xb, ir.mul(c, x.hw())), ir.at(yb, ir.mul(c, y.hw()))));
        });
    }

    /** Runs {@code body(xPlane, yPlane)} for every image and channel. */
    static void planes(IrWriter ir, Operand x, Operand y, java.util.function.BiConsumer<String, String> body) {
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b);
            ir.loop("c", "0", IrWriter.num(y.c()), c -> body.accept(ir.at(xb, ir.mul(c, x.hw())), ir.at(yb, ir.mul(c, y.hw()))));
        });
    }

    private static long ceil8(long v) { return (v + LANES - 1) / LANES * LANES; }

    private static long ceilDiv(long a, long b) { return (a + b - 1) / b; }
}
