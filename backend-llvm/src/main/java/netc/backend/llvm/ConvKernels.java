package netc.backend.llvm;

import netc.ir.Epilogue;
import netc.ir.Op;

/**
 * Direct convolution (any groups, stride, dilation, padding; depthwise is groups = channels) and the dense layer,
 * as loop nests specialised to the static shapes. The conv accumulates whole output rows: for each input channel
 * and kernel tap, {@code y[oh][ow] += w * x[ih][ow*sw + off]} over the columns where the tap lands inside the
 * image; the column range is a constant per tap, so there is no bounds test in the inner loop, which O3
 * vectorises. A 1x1 stride-1 unpadded conv treats each plane as one row.
 */
final class ConvKernels {
    private ConvKernels() {}

    static void conv(IrWriter ir, Op.Conv c, Operand x, Operand y, Operand r, long wOff, long bOff) {
        long h = x.h(), w = x.w(), oh = y.h(), ow = y.w();
        boolean flat = c.kh() == 1 && c.kw() == 1 && c.sh() == 1 && c.sw() == 1 && c.padL() == 0 && c.padT() == 0
                && c.padR() == 0 && c.padB() == 0;
        if (flat) { // one row per plane
            w = x.hw(); h = 1; ow = y.hw(); oh = 1;
        }
        final long H = h, W = w, OH = oh, OW = ow;
        long icg = x.c() / c.groups(), ocg = c.outC() / c.groups();
        Epilogue e = c.epilogue();
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b), rb = r == null ? null : r.image(ir, b);
            ir.loop("oc", "0", IrWriter.num(c.outC()), oc -> {
                String g = ir.div(oc, ocg);
                String bias = ir.load("%w", ir.add(oc, bOff));
                ir.loop("oh", "0", IrWriter.num(OH), ohv -> {
                    String row = ir.add(ir.mul(oc, OH * OW), ir.mul(ohv, OW));
                    String yrow = ir.at(yb, row);
                    ir.loop("i", "0", IrWriter.num(OW), i -> ir.store(bias, yrow, i));
                    ir.loop("ic", "0", IrWriter.num(icg), icv -> {
                        String ch = ir.add(ir.mul(g, icg), icv);
                        String xplane = ir.at(xb, ir.mul(ch, H * W));
                        String wbase = ir.add(ir.mul(ir.add(ir.mul(oc, icg), icv), (long) c.kh() * c.kw()), wOff);
                        ir.loop("ky", "0", IrWriter.num(c.kh()), ky -> {
                            String ih = ir.add(ir.add(ir.mul(ohv, c.sh()), ir.mul(ky, c.dh())), -c.padT());
                            ir.when(ir.inRange(ih, 0, H), () -> {
                                String xrow = ir.at(xplane, ir.mul(ih, W));
                                String wrow = ir.add(wbase, ir.mul(ky, c.kw()));
                                for (int kx = 0; kx < c.kw(); kx++) { // unrolled: each tap's column range is a constant
                                    long off = (long) kx * c.dw() - c.padL();
                                    long lo = off >= 0 ? 0 : ceilDiv(-off, c.sw());
                                    long hi = W - 1 - off < 0 ? 0 : Math.min(OW, (W - 1 - off) / c.sw() + 1);
                                    if (lo >= hi) continue;
                                    String wv = ir.load("%w", ir.add(wrow, kx));
                                    ir.loop("ow", IrWriter.num(lo), IrWriter.num(hi), owv -> {
                                        String xv = ir.load(xrow, ir.add(ir.mul(owv, c.sw()), off));
                                        String yp = ir.at(yrow, owv);
                                        ir.store(ir.fma(wv, xv, ir.load(yp)), yp);
                                    });
                                }
                            });
                        });
                    });
                    if (!e.isEmpty()) {
                        String rrow = rb == null ? null : ir.at(rb, row);
                        ir.loop("i", "0", IrWriter.num(OW), i -> epilogue(ir, e, yrow, rrow, i));
                    }
                });
            });
        });
    }

    /** {@code y = act(x W^T + b [+ r])}, x of {@code in} features. */
    static void dense(IrWriter ir, Op.Dense d, Operand x, Operand y, Operand r, long wOff, long bOff) {
        long features = x.elements();
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b), rb = r == null ? null : r.image(ir, b);
            ir.loop("o", "0", IrWriter.num(d.out()), o -> {
                String acc = ir.var("0.0");
                String wrow = ir.at("%w", ir.add(ir.mul(o, features), wOff));
                ir.loop("k", "0", IrWriter.num(features), k ->
                        ir.store(ir.faddReassoc(ir.load(acc), ir.fmul(ir.load(xb, k), ir.load(wrow, k))), acc));
                String v = ir.fadd(ir.load(acc), ir.load("%w", ir.add(o, bOff)));
                ir.store(v, yb, o);
                epilogue(ir, d.epilogue(), yb, rb, o);
            });
        });
    }

    /** {@code y[i] = act(y[i] + r[i])} per the epilogue (the bias is already in). */
    static void epilogue(IrWriter ir, Epilogue e, String y, String r, String i) {
        if (e.isEmpty()) return;
        String p = ir.at(y, i);
        String v = ir.load(p);
        if (e.residual()) v = ir.fadd(v, ir.load(r, i));
        ir.store(ir.activation(e.act(), e.alpha(), v), p);
    }

    private static long ceilDiv(long a, long b) { return (a + b - 1) / b; }
}
