package netc.backend.llvm;

import netc.ir.Activation;

/**
 * Pointwise kernels and copies: activations, per-channel scale and shift (an unfolded batch norm), sums and products
 * with broadcasting of size-1 dimensions, and channel copies (concat inputs not written in place, chunks,
 * identities).
 */
final class ElementwiseKernels {
    private ElementwiseKernels() {}

    static void activation(IrWriter ir, Activation a, double alpha, Operand x, Operand y) {
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b);
            ir.loop("i", "0", IrWriter.num(x.elements()), i -> ir.store(ir.activation(a, alpha, ir.load(xb, i)), yb, i));
        });
    }

    /** {@code y = x * scale[c] + shift[c]}; scale and shift are in the weights at the given offsets. */
    static void scaleShift(IrWriter ir, Operand x, Operand y, long scaleOff, long shiftOff) {
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b);
            ir.loop("c", "0", IrWriter.num(x.c()), c -> {
                String s = ir.load("%w", ir.add(c, scaleOff)), t = ir.load("%w", ir.add(c, shiftOff));
                String xp = ir.at(xb, ir.mul(c, x.hw())), yp = ir.at(yb, ir.mul(c, x.hw()));
                ir.loop("i", "0", IrWriter.num(x.hw()), i -> ir.store(ir.fma(ir.load(xp, i), s, t), yp, i));
            });
        });
    }

    /**
     * {@code y = a (+|*) b} with size-1 dimensions of either broadcast, then the activation. Sums of more inputs
     * are folded left through {@code y} by the caller.
     */
    static void binary(IrWriter ir, boolean mul, Operand a, Operand b, Operand y, Activation act, double alpha) {
        if (planeOrScalar(a, y) && planeOrScalar(b, y)) {
            // each plane is contiguous (or one value): a flat loop over the plane, which vectorises whatever its width
            ir.loop("b", "0", "%n", img -> {
                String ab = a.image(ir, img), bb = b.image(ir, img), yb = y.image(ir, img);
                ir.loop("c", "0", IrWriter.num(y.c()), c -> {
                    String ap = ir.at(ab, a.c() == 1 ? "0" : ir.mul(c, a.hw())), bp = ir.at(bb, b.c() == 1 ? "0" : ir.mul(c, b.hw()));
                    String av0 = a.hw() == 1 ? ir.load(ap) : null, bv0 = b.hw() == 1 ? ir.load(bp) : null; // a broadcast value, loaded once
                    String yp = ir.at(yb, ir.mul(c, y.hw()));
                    ir.loop("p", "0", IrWriter.num(y.hw()), i -> {
                        String av = av0 != null ? av0 : ir.load(ap, i), bv = bv0 != null ? bv0 : ir.load(bp, i);
                        ir.store(ir.activation(act, alpha, mul ? ir.fmul(av, bv) : ir.fadd(av, bv)), yp, i);
                    });
                });
            });
            return;
        }
        ir.loop("b", "0", "%n", img -> {
            String ab = a.image(ir, img), bb = b.image(ir, img), yb = y.image(ir, img);
            ir.loop("c", "0", IrWriter.num(y.c()), c -> ir.loop("h", "0", IrWriter.num(y.h()), h -> ir.loop("x", "0", IrWriter.num(y.w()), w -> {
                String av = ir.load(ab, index(ir, a, c, h, w)), bv = ir.load(bb, index(ir, b, c, h, w));
                String v = mul ? ir.fmul(av, bv) : ir.fadd(av, bv);
                ir.store(ir.activation(act, alpha, v), yb, index(ir, y, c, h, w));
            })));
        });
    }

    /** Whether t's planes are y's or single values (its channels y's or one). */
    private static boolean planeOrScalar(Operand t, Operand y) {
        return (t.c() == y.c() || t.c() == 1) && (t.hw() == 1 || t.h() == y.h() && t.w() == y.w());
    }

    private static String index(IrWriter ir, Operand t, String c, String h, String w) {
        String ci = t.c() == 1 ? "0" : ir.mul(c, t.hw()), hi = t.h() == 1 ? "0" : ir.mul(h, t.w()), wi = t.w() == 1 ? "0" : w;
        return ir.add(ir.add(ci, hi), wi);
    }

    /** Copies {@code count} floats per image from {@code x + from} to {@code y + to}. */
    static void copy(IrWriter ir, Operand x, long from, Operand y, long to, long count) {
        ir.loop("b", "0", "%n", b -> {
            String xb = ir.at(x.image(ir, b), from), yb = ir.at(y.image(ir, b), to);
            ir.loop("i", "0", IrWriter.num(count), i -> ir.store(ir.load(xb, i), yb, i));
        });
    }

    /** Channel {@code g * perGroup + j} of x becomes channel {@code j * groups + g} of y. */
    static void shuffle(IrWriter ir, int groups, Operand x, Operand y) {
        long per = x.c() / groups;
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b);
            ir.loop("g", "0", IrWriter.num(groups), g -> ir.loop("j", "0", IrWriter.num(per), j -> {
                String xp = ir.at(xb, ir.mul(ir.add(ir.mul(g, per), j), x.hw())), yp = ir.at(yb, ir.mul(ir.add(ir.mul(j, groups), g), x.hw()));
                ir.loop("i", "0", IrWriter.num(x.hw()), i -> ir.store(ir.load(xp, i), yp, i));
            }));
        });
    }

    /** Zero padding of each plane: {@code y[c][h + top][w + left] = x[c][h][w]}, zero elsewhere. */
    static void pad(IrWriter ir, int left, int top, Operand x, Operand y) {
        PoolKernels.planes(ir, x, y, (xp, yp) -> {
            ir.loop("i", "0", IrWriter.num(y.hw()), i -> ir.store("0.0", yp, i));
            ir.loop("h", "0", IrWriter.num(x.h()), h -> {
                String xr = ir.at(xp, ir.mul(h, x.w())), yr = ir.at(yp, ir.add(ir.mul(ir.add(h, top), y.w()), left));
                ir.loop("x", "0", IrWriter.num(x.w()), w -> ir.store(ir.load(xr, w), yr, w));
            });
        });
    }
}
