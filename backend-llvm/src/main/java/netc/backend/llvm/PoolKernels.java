package netc.backend.llvm;

import netc.ir.Op;

/**
 * Max, average and adaptive-average pooling over NCHW planes with PyTorch's semantics (see the runtime's Pool2d):
 * max pads with -inf and propagates NaN; average windows are clipped to the padded input for the divisor when
 * padding counts, else to the input.
 */
final class PoolKernels {
    private PoolKernels() {}

    static void pool(IrWriter ir, Op.Pool p, Operand x, Operand y) {
        long H = x.h(), W = x.w(), OH = y.h(), OW = y.w();
        planes(ir, x, y, (xp, yp) -> ir.loop("oh", "0", IrWriter.num(OH), oh -> ir.loop("ow", "0", IrWriter.num(OW), ow -> {
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

    /** Rows {@code [floor(i*H/OH), ceil((i+1)*H/OH))}, likewise columns. */
    static void adaptiveAvg(IrWriter ir, Operand x, Operand y) {
        long H = x.h(), W = x.w(), OH = y.h(), OW = y.w();
        planes(ir, x, y, (xp, yp) -> ir.loop("oh", "0", IrWriter.num(OH), oh -> ir.loop("ow", "0", IrWriter.num(OW), ow -> {
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

    /** Runs {@code body(xPlane, yPlane)} for every image and channel. */
    static void planes(IrWriter ir, Operand x, Operand y, java.util.function.BiConsumer<String, String> body) {
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b);
            ir.loop("c", "0", IrWriter.num(y.c()), c -> body.accept(ir.at(xb, ir.mul(c, x.hw())), ir.at(yb, ir.mul(c, y.hw()))));
        });
    }
}
