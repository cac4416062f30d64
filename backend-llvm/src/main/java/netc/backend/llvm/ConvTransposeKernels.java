package netc.backend.llvm;

import netc.ir.KernelPlan;
import netc.ir.Op;

/**
 * Transposed convs as ordinary convs, so they run on the vectorised conv kernels: per image, the input is spread
 * into a zeroed buffer in scratch ({@code x[c][ih][iw]} at {@code [c][ih * sh + PH][iw * sw + PW]},
 * {@code P = dilation * (k - 1) - pad}), and a stride-1, unpadded conv with the same dilation and groups, its
 * weight the transposed conv's with input and output channels swapped and the taps flipped (done when the weights
 * are prepared: the {@code X} token of {@link WeightLayout}'s table), reads that buffer. Output padding only makes
 * the buffer taller and wider. The zeros cost {@code sh * sw} times the multiply-adds of a scatter, but every
 * one of them is in the GEMM micro-kernel rather than in scalar code.
 */
final class ConvTransposeKernels {
    private ConvTransposeKernels() {}

    /** The conv that computes {@code t} on the spread input (weights and epilogue as {@code t}'s). */
    static Op.Conv equivalent(Op.ConvTranspose t) { return t.equivalent(); }

    /** The spread input's height and width for an output of {@code outH x outW}. */
    private static long spreadH(Op.ConvTranspose t, long outH) { return outH + (long) t.dh() * (t.kh() - 1); }

    private static long spreadW(Op.ConvTranspose t, long outW) { return outW + (long) t.dw() * (t.kw() - 1); }

    private static long spreadFloats(Op.ConvTranspose t, long inC, long outH, long outW) {
        return WeightLayout.align(inC * spreadH(t, outH) * spreadW(t, outW));
    }

    /** Scratch floats: the spread input, then the equivalent conv's own scratch ({@code plan} is its plan). */
    static long scratchFloats(Op.ConvTranspose t, KernelPlan plan, long inC, long outH, long outW) {
        return spreadFloats(t, inC, outH, outW)
                + ConvKernels.scratchFloats(equivalent(t), plan, inC, spreadH(t, outH), spreadW(t, outW), outH, outW);
    }

    /**
     * The kernel's body: per image, spread image b into {@code %s} and call {@code conv} (the function
     * {@link #convFunction} returns) on it with {@code n = 1}. Output channels {@code [%lo, %hi)}.
     */
    static void convT(IrWriter ir, Op.ConvTranspose t, Operand x, Operand y, Operand r, String conv) {
        long H = spreadH(t, y.h()), W = spreadW(t, y.w());
        long ph = (long) t.dh() * (t.kh() - 1) - t.padH(), pw = (long) t.dw() * (t.kw() - 1) - t.padW();
        // input rows and columns that land inside the buffer (all of them unless the padding exceeds d * (k - 1))
        long ih0 = firstInside(ph, t.sh()), ih1 = Math.min(x.h(), lastInside(ph, t.sh(), H) + 1);
        long iw0 = firstInside(pw, t.sw()), iw1 = Math.min(x.w(), lastInside(pw, t.sw(), W) + 1);
        String rest = ir.at("%s", spreadFloats(t, x.c(), y.h(), y.w()));
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b);
            ir.loop("i", "0", IrWriter.num(x.c() * H * W), i -> ir.store("0.0", "%s", i));
            ir.loop("c", "0", IrWriter.num(x.c()), c -> {
                String xp = ir.at(xb, ir.mul(c, x.hw())), up = ir.at("%s", ir.mul(c, H * W));
                ir.loop("ih", IrWriter.num(ih0), IrWriter.num(ih1), ih -> {
                    String xrow = ir.at(xp, ir.mul(ih, x.w())), urow = ir.at(up, ir.add(ir.mul(ir.add(ir.mul(ih, t.sh()), ph), W), pw));
                    ir.loop("iw", IrWriter.num(iw0), IrWriter.num(iw1), iw -> ir.store(ir.load(xrow, iw), urow, ir.mul(iw, t.sw())));
                });
            });
            StringBuilder args = new StringBuilder("ptr %w, ptr " + rest + ", i64 1, ptr " + yb + ", ptr %s");
            if (r != null) args.append(", ptr ").append(r.image(ir, b));
            ir.line("call void @" + conv + "(" + args + ", i64 %lo, i64 %hi)");
        });
    }

    /** The smallest i >= 0 with {@code i * s + p >= 0}. */
    private static long firstInside(long p, long s) { return p >= 0 ? 0 : (-p + s - 1) / s; }

    /** The largest i with {@code i * s + p < size}. */
    private static long lastInside(long p, long s, long size) { return Math.floorDiv(size - 1 - p, s); }

    /** The equivalent conv on one spread image, as a function with the kernels' signature ({@code n} is 1). */
    static String convFunction(IrWriter ir, Op.ConvTranspose t, KernelPlan plan, Operand x, Operand y, boolean residual, long wOff, long bOff, String name) {
        long H = spreadH(t, y.h()), W = spreadW(t, y.w());
        Operand u = new Operand("%x0", x.c(), H, W, x.c() * H * W);
        Operand out = new Operand("%y", y.c(), y.h(), y.w(), y.imageStride());
        Operand res = residual ? new Operand("%x1", y.c(), y.h(), y.w(), y.imageStride()) : null;
        ConvKernels.conv(ir, equivalent(t), plan, u, out, res, wOff, bOff, "%s");
        return "define internal void @" + name + "(ptr %w, ptr %s, i64 %n, ptr %y, ptr %x0" + (residual ? ", ptr %x1" : "")
                + ", i64 %lo, i64 %hi) #0 {\n" + ir.body() + "  ret void\n}\n\n";
    }
}
