package netc.backend.llvm;

import netc.ir.Epilogue;
import netc.ir.Layout;
import netc.ir.Op;

/**
 * Kernels on the channel-blocked layout {@link Layout#NCHWc8} (pass {@code nchwc}): element (c, h, w) of a C x H x W
 * tensor at {@code ((c / 8) H W + h W + w) 8 + c % 8}, the channels past C zero. The reorders at a chain's ends, and
 * the depthwise conv with one {@code <8 x float>} per pixel and block (the 1x1 is {@link OcVectorGemm}'s blocked
 * mode; sums run flat, as on NCHW), and a global average pool reading a chain's blocked end. The operands' channel counts ({@link Operand#c}) are the padded ones.
 */
final class NchwcKernels {
    private NchwcKernels() {}

    private static final int LANES = 8;

    /**
     * NCHW {@code x} to blocked {@code y} (or back, {@code toBlocked} false) for {@code C} channels: per block of 8
     * channels and 8 pixels, 8 vector loads, an 8 x 8 transpose in registers (three rounds of shuffles) and 8 vector
     * stores; a plane's last {@code hw % 8} pixels a float at a time. A last block of fewer than 8 channels reads
     * zeros for the missing rows (to blocked) or stores only its rows (from blocked).
     */
    static void reorder(IrWriter ir, Operand x, Operand y, long C, boolean toBlocked) {
        Operand blocked = toBlocked ? y : x;
        long hw = blocked.hw(), full = C / LANES, rest = C % LANES, groups = hw / LANES;
        ir.comment("reorder " + (toBlocked ? "NCHW -> NCHWc8" : "NCHWc8 -> NCHW") + ", " + C + " channels x " + hw + " pixels");
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b);
            // block cb's lane l is channel 8 cb + l: plain at (8 cb + l) hw + p, blocked at 8 cb hw + 8 p + l
            java.util.function.BiConsumer<String, Integer> block = (cb, lanes) -> {
                String plain = ir.at(toBlocked ? xb : yb, ir.mul(cb, LANES * hw)), blk = ir.at(toBlocked ? yb : xb, ir.mul(cb, LANES * hw));
                ir.loop("q", "0", IrWriter.num(groups), q -> {
                    String p0 = ir.mul(q, LANES);
                    String[] rows = new String[LANES];
                    for (int l = 0; l < LANES; l++) {
                        rows[l] = toBlocked ? (l < lanes ? ir.vload(ir.at(plain, ir.add(p0, l * hw))) : "zeroinitializer")
                                : ir.vload(ir.at(blk, ir.mul(ir.add(p0, l), LANES)));
                    }
                    String[] cols = transpose(ir, rows);
                    for (int l = 0; l < LANES; l++) {
                        if (toBlocked) ir.vstore(cols[l], ir.at(blk, ir.mul(ir.add(p0, l), LANES)));
                        else if (l < lanes) ir.vstore(cols[l], ir.at(plain, ir.add(p0, l * hw)));
                    }
                });
                for (long p = groups * LANES; p < hw; p++) {
                    for (int l = 0; l < LANES; l++) {
                        String bAt = ir.at(blk, p * LANES + l);
                        if (toBlocked) ir.store(l < lanes ? ir.load(plain, IrWriter.num(p + l * hw)) : "0.0", bAt);
                        else if (l < lanes) ir.store(ir.load(bAt), plain, IrWriter.num(p + l * hw));
                    }
                }
            };
            ir.loop("cb", "0", IrWriter.num(full), cb -> block.accept(cb, LANES));
            if (rest > 0) block.accept(IrWriter.num(full), (int) rest);
        });
    }

    /** The 8 x 8 transpose of {@code r} (8 vectors): element j of result i is element i of {@code r[j]}. */
    private static String[] transpose(IrWriter ir, String[] r) {
        String[] a = new String[LANES], b = new String[LANES], c = new String[LANES];
        for (int i = 0; i < LANES; i += 2) { // interleave pairs of rows: columns 0,1,4,5 and 2,3,6,7
            a[i] = shuffle(ir, r[i], r[i + 1], 0, 8, 1, 9, 4, 12, 5, 13);
            a[i + 1] = shuffle(ir, r[i], r[i + 1], 2, 10, 3, 11, 6, 14, 7, 15);
        }
        for (int h = 0; h < LANES; h += 4) { // four rows per column pair, in each 128-bit half
            b[h] = shuffle(ir, a[h], a[h + 2], 0, 1, 8, 9, 4, 5, 12, 13);
            b[h + 1] = shuffle(ir, a[h], a[h + 2], 2, 3, 10, 11, 6, 7, 14, 15);
            b[h + 2] = shuffle(ir, a[h + 1], a[h + 3], 0, 1, 8, 9, 4, 5, 12, 13);
            b[h + 3] = shuffle(ir, a[h + 1], a[h + 3], 2, 3, 10, 11, 6, 7, 14, 15);
        }
        for (int j = 0; j < 4; j++) { // b[j]: column j (rows 0-3) and column j + 4; b[j + 4] the same for rows 4-7
            c[j] = shuffle(ir, b[j], b[j + 4], 0, 1, 2, 3, 8, 9, 10, 11);
            c[j + 4] = shuffle(ir, b[j], b[j + 4], 4, 5, 6, 7, 12, 13, 14, 15);
        }
        return c;
    }

    private static String shuffle(IrWriter ir, String a, String b, int... lanes) {
        StringBuilder m = new StringBuilder("<8 x i32> <");
        for (int i = 0; i < lanes.length; i++) m.append(i > 0 ? ", " : "").append("i32 ").append(lanes[i]);
        return ir.value("shufflevector <8 x float> " + a + ", <8 x float> " + b + ", " + m.append('>'));
    }

    /**
     * A global average pool reading a blocked input of {@code C} channels into an NCHW {@code C x 1 x 1} output (a
     * 1 x 1 plane is laid out alike in both): per block, the plane's pixel vectors summed, divided by the pixel count,
     * stored whole (a last, partial block masked), for the channels {@code [%lo, %hi)}.
     */
    static void globalAverage(IrWriter ir, Operand x, Operand y, long C) {
        long hw = x.hw(), full = C / LANES, rest = C % LANES;
        ir.comment("global average pool, NCHWc8 -> NCHW, " + C + " channels x " + hw + " pixels");
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b);
            java.util.function.BiConsumer<String, Integer> block = (cb, lanes) -> {
                String xc = ir.at(xb, ir.mul(cb, LANES * hw)), sum = ir.vecVar();
                ir.loop("p", "0", IrWriter.num(hw), p -> ir.line("store <8 x float> " + ir.vadd(ir.vload(sum), ir.vload(ir.at(xc, ir.mul(p, LANES))))
                        + ", ptr " + sum + ", align 32"));
                String avg = ir.value("fdiv <8 x float> " + ir.vload(sum) + ", " + ir.splat(IrWriter.f(hw)));
                String at = ir.at(yb, ir.mul(cb, LANES));
                if (lanes == LANES) ir.vstore(avg, at);
                else ir.maskedStore(avg, at, lanes);
            };
            ir.loop("cb", ir.div("%lo", LANES), ir.min(ir.div("%hi", LANES), IrWriter.num(full)), cb -> block.accept(cb, LANES));
            if (rest > 0) ir.when(ir.value("icmp eq i64 %hi, " + C), () -> block.accept(IrWriter.num(full), (int) rest));
        });
    }

    /**
     * A depthwise conv (channel multiplier 1, any kernel, padding and dilation, the same stride 1 or 2 both ways) on
     * blocked tensors, for the output channels {@code [%lo, %hi)} (a multiple of 8, or C): per block the tap weights
     * are gathered into vectors once, then each output pixel is its taps' vector FMAs on the input pixels' vectors,
     * from the bias, with the residual and the activation in registers and one store. The columns are unrolled, so
     * each tap's column is known and the taps in the padding are dropped; rows whose taps all land inside the image
     * run in a loop, the others are peeled likewise. A last block of fewer than 8 channels keeps its padding lanes
     * zero (weights and bias zero there, the result masked).
     */
    static void depthwise(IrWriter ir, Op.Conv c, Operand x, Operand y, Operand r, long C, long wOff, long bOff) {
        long taps = (long) c.kh() * c.kw(), oh = y.h(), ow = y.w(), H = x.h(), W = x.w(), s = c.sh();
        long full = C / LANES, rest = C % LANES;
        // rows [top, bottom) have every vertical tap inside the image
        long top = Math.min(ceilDiv(c.padT(), s), oh);
        long bottom = Math.max(top, Math.min(oh, Math.floorDiv(H - 1 - (long) (c.kh() - 1) * c.dh() + c.padT(), s) + 1));
        ir.comment("depthwise " + c.kh() + "x" + c.kw() + " stride " + s + " on NCHWc8, " + C + " channels, rows [0, " + top + ") and [" + bottom
                + ", " + oh + ") peeled");
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b), rb = r == null ? null : r.image(ir, b);
            java.util.function.BiConsumer<String, Integer> block = (cb, lanes) -> {
                String xc = ir.at(xb, ir.mul(cb, LANES * H * W)), yc = ir.at(yb, ir.mul(cb, LANES * oh * ow));
                String rc = rb == null ? null : ir.at(rb, ir.mul(cb, LANES * oh * ow));
                String[] wv = new String[(int) taps];
                String wBase = ir.at("%w", ir.add(ir.mul(cb, LANES * taps), wOff));
                for (int t = 0; t < taps; t++) { // lane l: channel 8 cb + l's tap t, at (8 cb + l) taps + t
                    String v = "zeroinitializer";
                    for (int l = 0; l < lanes; l++) {
                        v = ir.value("insertelement <8 x float> " + v + ", float " + ir.load(wBase, IrWriter.num(l * taps + t)) + ", i64 " + l);
                    }
                    wv[t] = v;
                }
                String bAt = ir.at("%w", ir.add(ir.mul(cb, LANES), bOff));
                String bias = lanes == LANES ? ir.vload(bAt) : ir.maskedLoad(bAt, lanes);
                java.util.function.BiConsumer<String, Long> row = (ohv, known) -> {
                    for (long j = 0; j < ow; j++) {
                        String acc = bias;
                        for (int ki = 0; ki < c.kh(); ki++) {
                            if (known >= 0) {
                                long ih = known * s - c.padT() + (long) ki * c.dh();
                                if (ih < 0 || ih >= H) continue;
                            }
                            String ih = ir.add(ir.mul(ohv, s), (long) ki * c.dh() - c.padT());
                            for (int kj = 0; kj < c.kw(); kj++) {
                                long iw = j * s - c.padL() + (long) kj * c.dw();
                                if (iw < 0 || iw >= W) continue;
                                String at = ir.at(xc, ir.mul(ir.add(ir.mul(ih, W), iw), LANES));
                                acc = ir.vfma(wv[ki * c.kw() + kj], ir.vload(at), acc);
                            }
                        }
                        String yAt = ir.mul(ir.add(ir.mul(ohv, ow), j), LANES);
                        if (rc != null) acc = ir.vadd(acc, ir.vload(ir.at(rc, yAt)));
                        acc = activation(ir, c.epilogue(), acc, lanes);
                        ir.vstore(acc, ir.at(yc, yAt));
                    }
                };
                for (long i = 0; i < top; i++) row.accept(IrWriter.num(i), i);
                ir.loop("oh", IrWriter.num(top), IrWriter.num(bottom), ohv -> row.accept(ohv, -1L));
                for (long i = bottom; i < oh; i++) row.accept(IrWriter.num(i), i);
            };
            ir.loop("cb", ir.div("%lo", LANES), ir.min(ir.div("%hi", LANES), IrWriter.num(full)), cb -> block.accept(cb, LANES));
            if (rest > 0) ir.when(ir.value("icmp eq i64 %hi, " + C), () -> block.accept(IrWriter.num(full), (int) rest));
        });
    }

    /**
     * The epilogue's activation on a vector of {@code lanes} channels, the lanes past them zeroed (an activation
     * need not keep 0 at 0: hard sigmoid gives 0.5).
     */
    static String activation(IrWriter ir, Epilogue e, String v, int lanes) {
        if (IrWriter.vectorActivation(e.act())) v = ir.vactivation(e.act(), e.alpha(), v);
        else {
            for (int l = 0; l < lanes; l++) {
                String a = ir.activation(e.act(), e.alpha(), ir.value("extractelement <8 x float> " + v + ", i64 " + l));
                v = ir.value("insertelement <8 x float> " + v + ", float " + a + ", i64 " + l);
            }
        }
        if (lanes == LANES) return v;
        StringBuilder m = new StringBuilder("<");
        for (int i = 0; i < LANES; i++) m.append(i > 0 ? ", " : "").append("i1 ").append(i < lanes ? "true" : "false");
        return ir.value("select <8 x i1> " + m.append('>') + ", <8 x float> " + v + ", <8 x float> zeroinitializer");
    }

    /** Where two threads cut a blocked depthwise conv's channels: at a whole block. */
    static long split(long C) { return C / 2 / LANES * LANES; }

    private static long ceilDiv(long a, long b) { return (a + b - 1) / b; }
}
