package netc.backend.llvm;

import netc.ir.Op;

/**
 * Nearest and bilinear resize with PyTorch's index rules (the runtime's Resize documents them). The source rows,
 * columns and weights depend only on the shapes, so they are computed here, with the same float arithmetic as the
 * runtime, and emitted as constant tables next to the kernel; the kernel reads them.
 */
final class ResizeKernels {
    private ResizeKernels() {}

    /** One axis: first and second source index and the second one's weight, per output index. */
    private record Axis(long[] i0, long[] i1, float[] lambda) {}

    private static Axis axis(long in, long out, boolean bilinear, boolean alignCorners, double scaleFactor) {
        long[] i0 = new long[(int) out], i1 = new long[(int) out];
        float[] lambda = new float[(int) out];
        for (int o = 0; o < out; o++) {
            if (!bilinear) {
                long src = out == in ? o : out == 2 * in ? o >> 1 : Math.min((long) Math.floor((float) o * scale(in, out, scaleFactor)), in - 1);
                i0[o] = i1[o] = src;
                continue;
            }
            float scale = alignCorners ? (out > 1 ? (float) (in - 1) / (out - 1) : 0f) : scale(in, out, scaleFactor);
            float real = alignCorners ? scale * o : Math.max(scale * (o + 0.5f) - 0.5f, 0f);
            long idx = Math.min((long) Math.floor(real), in - 1);
            i0[o] = idx;
            i1[o] = idx + (idx < in - 1 ? 1 : 0);
            lambda[o] = Math.min(Math.max(real - idx, 0f), 1f);
        }
        return new Axis(i0, i1, lambda);
    }

    private static float scale(long in, long out, double scaleFactor) {
        return scaleFactor > 0 ? (float) (1.0 / scaleFactor) : (float) in / out;
    }

    /**
     * Appends the kernel's body to {@code ir} and returns the tables it reads (module-level constants named
     * {@code @NAME.rows0} etc.).
     */
    static String resize(IrWriter ir, Op.Resize r, Operand x, Operand y, String name) {
        Axis rows = axis(x.h(), y.h(), r.bilinear(), r.alignCorners(), r.scaleH());
        Axis cols = axis(x.w(), y.w(), r.bilinear(), r.alignCorners(), r.scaleW());
        StringBuilder tables = new StringBuilder();
        String r0 = table(tables, name + ".rows0", rows.i0()), c0 = table(tables, name + ".cols0", cols.i0());
        String r1 = null, c1 = null, lr = null, lc = null;
        if (r.bilinear()) {
            r1 = table(tables, name + ".rows1", rows.i1());
            c1 = table(tables, name + ".cols1", cols.i1());
            lr = table(tables, name + ".lrows", rows.lambda());
            lc = table(tables, name + ".lcols", cols.lambda());
        }
        final String R1 = r1, C1 = c1, LR = lr, LC = lc;
        long W = x.w(), OW = y.w();
        PoolKernels.planes(ir, x, y, (xp, yp) -> ir.loop("oy", "0", IrWriter.num(y.h()), oy -> {
            String xr0 = ir.at(xp, ir.mul(index(ir, r0, oy), W)), yrow = ir.at(yp, ir.mul(oy, OW));
            if (!r.bilinear()) {
                ir.loop("ox", "0", IrWriter.num(OW), ox -> ir.store(ir.load(xr0, index(ir, c0, ox)), yrow, ox));
                return;
            }
            String xr1 = ir.at(xp, ir.mul(index(ir, R1, oy), W));
            String h1 = ir.load(ir.value("getelementptr inbounds float, ptr " + LR + ", i64 " + oy)), h0 = ir.value("fsub float 1.0, " + h1);
            ir.loop("ox", "0", IrWriter.num(OW), ox -> {
                String a = index(ir, c0, ox), b = index(ir, C1, ox);
                String w1 = ir.load(ir.value("getelementptr inbounds float, ptr " + LC + ", i64 " + ox)), w0 = ir.value("fsub float 1.0, " + w1);
                // h0 * (w0 * x[r0][a] + w1 * x[r0][b]) + h1 * (w0 * x[r1][a] + w1 * x[r1][b]), unfused as in the runtime
                String top = ir.fadd(ir.fmul(w0, ir.load(xr0, a)), ir.fmul(w1, ir.load(xr0, b)));
                String bottom = ir.fadd(ir.fmul(w0, ir.load(xr1, a)), ir.fmul(w1, ir.load(xr1, b)));
                ir.store(ir.fadd(ir.fmul(h0, top), ir.fmul(h1, bottom)), yrow, ox);
            });
        }));
        return tables.toString();
    }

    private static String index(IrWriter ir, String table, String i) {
        return ir.value("load i64, ptr " + ir.value("getelementptr inbounds i64, ptr " + table + ", i64 " + i) + ", align 8");
    }

    private static String table(StringBuilder out, String name, long[] v) {
        StringBuilder s = new StringBuilder();
        for (long e : v) s.append(s.isEmpty() ? "" : ", ").append("i64 ").append(e);
        out.append('@').append(name).append(" = private unnamed_addr constant [").append(v.length).append(" x i64] [").append(s).append("]\n");
        return "@" + name;
    }

    private static String table(StringBuilder out, String name, float[] v) {
        StringBuilder s = new StringBuilder();
        for (float e : v) s.append(s.isEmpty() ? "" : ", ").append("float ").append(IrWriter.f(e));
        out.append('@').append(name).append(" = private unnamed_addr constant [").append(v.length).append(" x float] [").append(s).append("]\n");
        return "@" + name;
    }
}
