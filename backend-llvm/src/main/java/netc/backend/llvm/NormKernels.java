package netc.backend.llvm;

import netc.ir.Op;

/**
 * Normalisations across channels, at each pixel of each image, computed in double as the runtime's Normalize does:
 * local response norm ({@code y = x / (k + alpha / size * sum of x^2 over the window)^beta}, the window
 * {@code [c - size/2, c + (size-1)/2]} clipped to the channels), softmax and log-softmax (shifted by the maximum).
 * The loops over pixels are innermost where they can be, so that they vectorise.
 */
final class NormKernels {
    private NormKernels() {}

    static void lrn(IrWriter ir, Op.Lrn l, Operand x, Operand y) {
        ir.declare("declare double @llvm.pow.f64(double, double)");
        long C = x.c(), hw = x.hw();
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b);
            ir.loop("c", "0", IrWriter.num(C), c -> {
                String lo = ir.max(ir.add(c, -(l.size() / 2)), "0"), hi = ir.min(ir.add(c, (l.size() - 1) / 2 + 1), IrWriter.num(C));
                String xc = ir.at(xb, ir.mul(c, hw)), yc = ir.at(yb, ir.mul(c, hw));
                ir.loop("p", "0", IrWriter.num(hw), p -> {
                    String acc = dvar(ir);
                    ir.loop("q", lo, hi, q -> {
                        String v = ir.value("fpext float " + ir.load(xb, ir.add(ir.mul(q, hw), p)) + " to double");
                        dstore(ir, ir.value("fadd double " + dload(ir, acc) + ", " + ir.value("fmul double " + v + ", " + v)), acc);
                    });
                    String base = ir.value("fadd double " + d((float) l.k()) + ", " + ir.value("fdiv double " + ir.value("fmul double " + d((float) l.alpha()) + ", "
                            + dload(ir, acc)) + ", " + d(l.size())));
                    String div = ir.value("call double @llvm.pow.f64(double " + base + ", double " + d((float) l.beta()) + ")");
                    String v = ir.value("fpext float " + ir.load(xc, p) + " to double");
                    ir.store(ir.value("fptrunc double " + ir.value("fdiv double " + v + ", " + div) + " to float"), yc, p);
                });
            });
        });
    }

    static void softmax(IrWriter ir, Op.Softmax s, Operand x, Operand y) {
        ir.declare("declare double @llvm.exp.f64(double)");
        ir.declare("declare double @llvm.log.f64(double)");
        long C = x.c(), hw = x.hw();
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b);
            ir.loop("p", "0", IrWriter.num(hw), p -> {
                String xp = ir.at(xb, p), yp = ir.at(yb, p);
                String max = ir.var(IrWriter.f(Double.NEGATIVE_INFINITY));
                ir.loop("c", "0", IrWriter.num(C), c -> ir.store(ir.fmax(ir.load(max), ir.load(xp, ir.mul(c, hw))), max));
                String m = ir.value("fpext float " + ir.load(max) + " to double");
                String sum = dvar(ir);
                ir.loop("c", "0", IrWriter.num(C), c -> dstore(ir, ir.value("fadd double " + dload(ir, sum) + ", " + shiftedExp(ir, xp, c, hw, m)), sum));
                String total = dload(ir, sum);
                String ls = s.log() ? ir.value("call double @llvm.log.f64(double " + total + ")") : null;
                ir.loop("c", "0", IrWriter.num(C), c -> {
                    String v = s.log()
                            ? ir.value("fsub double " + ir.value("fsub double " + ext(ir, xp, c, hw) + ", " + m) + ", " + ls)
                            : ir.value("fdiv double " + shiftedExp(ir, xp, c, hw, m) + ", " + total);
                    ir.store(ir.value("fptrunc double " + v + " to float"), yp, ir.mul(c, hw));
                });
            });
        });
    }

    private static String ext(IrWriter ir, String xp, String c, long hw) {
        return ir.value("fpext float " + ir.load(xp, ir.mul(c, hw)) + " to double");
    }

    /** {@code exp(x[c] - max)} in double. */
    private static String shiftedExp(IrWriter ir, String xp, String c, long hw, String max) {
        return ir.value("call double @llvm.exp.f64(double " + ir.value("fsub double " + ext(ir, xp, c, hw) + ", " + max) + ")");
    }

    /** A double variable set to zero here. */
    private static String dvar(IrWriter ir) {
        String v = ir.alloca("double");
        dstore(ir, "0.0", v);
        return v;
    }

    private static String dload(IrWriter ir, String v) { return ir.value("load double, ptr " + v + ", align 8"); }

    private static void dstore(IrWriter ir, String value, String v) { ir.line("store double " + value + ", ptr " + v + ", align 8"); }

    /** An LLVM double literal, exact. */
    private static String d(double v) { return "0x" + String.format("%016X", Double.doubleToRawLongBits(v)); }
}
