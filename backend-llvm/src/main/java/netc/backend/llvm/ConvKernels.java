package netc.backend.llvm;

import netc.ir.Epilogue;
import netc.ir.KernelPlan;
import netc.ir.Op;

/**
 * Direct convolution (any groups, stride, dilation, padding; ungrouped convs go to {@link GemmConv}, depthwise
 * ones with stride 1 or 2 to {@link DepthwiseKernels}) and the dense layer, as loop nests specialised to the static shapes.
 *
 * <p>A conv computes, per image, per block of {@code R} output channels and per output row: first the row's
 * register tiles, {@code R x V} vectors of 8 columns whose accumulators stay in registers over every input channel
 * and tap (stride 1 only, and only the columns where every tap lands inside the image, so no tile needs a bounds
 * test); then the columns left over, by rows: {@code y[ow] += w * x[ow*sw + off]} over the column range where the
 * tap lands inside the image (a constant per tap); then the epilogue over the row. A 1x1 stride-1 unpadded conv
 * treats each plane as one row, which makes it a GEMM with 8V-column tiles.
 */
final class ConvKernels {
    private ConvKernels() {}

    /** Vector width in floats (AVX2). */
    static final int LANES = 8;

    /**
     * Accumulator sets for a micro-tile of {@code vectors} x {@code lines} accumulators whose taps go round the sets:
     * enough independent FMA chains for two FMA units of latency 4 (8), within AVX2's 16 registers beside the
     * {@code vectors} loaded per tap and a broadcast. A 7x7 plane's 1-pixel tail in the oc-vector GEMM's 24 x 4 tiles
     * (one set: 3 chains, 4 cycles per tap for 3 FMAs), the stem's 2-channel tail tile (32 = 5 x 6 + 2: 4 chains).
     */
    static int accumulatorSets(int vectors, int lines) {
        int chains = vectors * lines, u = (8 + chains - 1) / chains;
        return Math.max(1, Math.min(u, (16 - 1 - vectors) / chains));
    }

    private static final String EVEN = "<i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>";

    /**
     * Output rows narrower than this go through a zero-padded copy of the input (see {@link #scratchFloats}).
     * Measured on resnet18 (x86-64-v3): the copy pays off at every width, the rows path leaving the columns near
     * the borders to scalar code; the cost is scratch memory of twice the largest such conv's input.
     */
    static final long NARROW = Long.MAX_VALUE;

    /**
     * Floats of scratch the conv needs per image: for a stride-1 conv on narrow rows, a zero-padded copy of the
     * input and an output whose rows are as wide as the padded input's, so that all output rows together make one
     * long row whose every column can be computed in register tiles (the columns past each row's end are garbage,
     * dropped when the result is copied out); zero for the others.
     */
    static long scratchFloats(Op.Conv c, KernelPlan plan, long inC, long inH, long inW, long outH, long outW) {
        if (plan instanceof KernelPlan.Stem) return StemKernels.scratchFloats(c, inC, inH, inW, outW);
        if (plan instanceof KernelPlan.OcGemm p) return OcVectorGemm.scratchFloats(p, inC * c.kh() * c.kw());
        if (gemm(plan)) return GemmConv.scratchFloats(plan);
        if (depthwise(plan)) return DepthwiseKernels.scratchFloats(c, inH, outW);
        long hp = inH + c.padT() + c.padB(), wp = inW + c.padL() + c.padR();
        if (narrow(c, outW)) return paddedFloats(c, inC, hp, wp) + (long) c.outC() * outH * wp;
        return stride2(c) && padded(c) ? paddedFloats(c, inC, hp, phased(c) ? 2 * ceilDiv(wp, 2) : wp) : 0;
    }

    /**
     * Whether a padded stride-2 conv's copy splits each row into its even and odd columns (undilated rows): a tap
     * then reads 8 consecutive floats of one phase instead of 16 and a shuffle (target option {@code phases=false}
     * to compare). resnext50_32x4d's stride-2 grouped convs, per-layer medians on two threads: 0.89x, 0.976x and 0.90x
     * the time (layer2.0, layer3.0, layer4.0).
     */
    private static boolean phased(Op.Conv c) { return c.dw() == 1 && c.sw() == 2; }

    /** The zero-padded copy of the input, with slack for the taps of the garbage columns and the odd lanes of stride 2. */
    private static long paddedFloats(Op.Conv c, long inC, long hp, long wp) {
        return WeightLayout.align(inC * hp * wp + (long) (c.kw() - 1) * c.dw() + 2 * LANES);
    }

    private static boolean padded(Op.Conv c) { return c.padL() + c.padR() + c.padT() + c.padB() > 0; }

    /** Stride-2 convs use tiles whose loads take every other element of 16. */
    private static boolean stride2(Op.Conv c) { return c.sw() == 2; }

    private static boolean narrow(Op.Conv c, long outW) {
        boolean flat1x1 = c.kh() == 1 && c.kw() == 1 && c.padL() + c.padR() + c.padT() + c.padB() == 0;
        return c.sh() == 1 && c.sw() == 1 && !flat1x1 && outW < NARROW;
    }

    /**
     * Output channels {@code [%lo, %hi)} (kernel parameters, so that two threads can share a layer; {@link #split}
     * gives a cut that keeps channel blocks whole). {@code scratch} is the IR value of this thread's scratch buffer
     * (at least {@link #scratchFloats} floats). The kernel is the one the node's {@code plan} names.
     */
    static void conv(IrWriter ir, Op.Conv c, KernelPlan plan, Operand x, Operand y, Operand r, long wOff, long bOff, String scratch) {
        if (plan instanceof KernelPlan.Stem) {
            StemKernels.conv(ir, c, x, y, r, wOff, bOff, scratch);
            return;
        }
        if (plan instanceof KernelPlan.OcGemm p) {
            OcVectorGemm.conv(ir, c, p, x, y, r, wOff, bOff, scratch);
            return;
        }
        if (gemm(plan)) {
            GemmConv.conv(ir, c, plan, x, y, r, wOff, bOff, scratch);
            return;
        }
        if (depthwise(plan)) {
            DepthwiseKernels.conv(ir, c, x, y, r, wOff, bOff, scratch);
            return;
        }
        long icg = x.c() / c.groups();
        Epilogue e = c.epilogue();
        if (narrow(c, y.w())) {
            long hp = x.h() + c.padT() + c.padB(), wp = x.w() + c.padL() + c.padR();
            long L = y.h() * wp;
            String out = ir.at(scratch, paddedFloats(c, x.c(), hp, wp));
            Op.Conv unpadded = unpadded(c);
            ir.loop("b", "0", "%n", b -> {
                String xb = x.image(ir, b), yb = y.image(ir, b), rb = r == null ? null : r.image(ir, b);
                padCopy(ir, c, x, xb, scratch, 0);
                // one long row per output channel, rows wp apart; every tap of every valid column is inside the copy
                image(ir, unpadded, scratch, icg, hp, wp, L + (long) (c.kw() - 1) * c.dw(), 1, L, wOff, bOff, (oc, oh) -> ir.at(out, ir.mul(oc, L)), 0);
                ir.loop("oc", "%lo", "%hi", oc -> ir.loop("oh", "0", IrWriter.num(y.h()), oh -> {
                    String src = ir.at(out, ir.add(ir.mul(oc, L), ir.mul(oh, wp)));
                    String row = ir.add(ir.mul(oc, y.hw()), ir.mul(oh, y.w()));
                    String dst = ir.at(yb, row), res = rb == null ? null : ir.at(rb, row);
                    ir.loop("x", "0", IrWriter.num(y.w()), w -> {
                        ir.store(ir.load(src, w), dst, w);
                        epilogue(ir, e, dst, res, w);
                    });
                }));
            });
            return;
        }
        if (stride2(c) && padded(c)) {
            long hp = x.h() + c.padT() + c.padB(), wp = x.w() + c.padL() + c.padR();
            boolean phases = phased(c) && !ir.target().off("phases");
            long wh = ceilDiv(wp, 2), pitch = phases ? 2 * wh : wp;
            Op.Conv unpadded = unpadded(c);
            ir.loop("b", "0", "%n", b -> {
                String xb = x.image(ir, b), yb = y.image(ir, b), rb = r == null ? null : r.image(ir, b);
                padCopy(ir, c, x, xb, scratch, phases ? wh : 0);
                image(ir, unpadded, scratch, icg, hp, pitch, wp, y.h(), y.w(), wOff, bOff,
                        (oc, ohv) -> ir.at(yb, ir.add(ir.mul(oc, y.hw()), ir.mul(ohv, y.w()))), phases ? wh : 0);
                if (!e.isEmpty()) ir.loop("i", ir.mul("%lo", y.hw()), ir.mul("%hi", y.hw()), i -> epilogue(ir, e, yb, rb, i));
            });
            return;
        }
        long h = x.h(), w = x.w(), oh = y.h(), ow = y.w();
        boolean flat = c.kh() == 1 && c.kw() == 1 && c.sh() == 1 && c.sw() == 1 && c.padL() == 0 && c.padT() == 0
                && c.padR() == 0 && c.padB() == 0;
        if (flat) { // one row per plane
            w = x.hw(); h = 1; ow = y.hw(); oh = 1;
        }
        final long H = h, W = w, OH = oh, OW = ow;
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b), rb = r == null ? null : r.image(ir, b);
            image(ir, c, xb, icg, H, W, W, OH, OW, wOff, bOff, (oc, ohv) -> ir.at(yb, ir.add(ir.mul(oc, OH * OW), ir.mul(ohv, OW))), 0);
            if (!e.isEmpty()) {
                ir.loop("i", ir.mul("%lo", OH * OW), ir.mul("%hi", OH * OW), i -> epilogue(ir, e, yb, rb, i));
            }
        });
    }

    /** Where to cut the output channels between two threads: a multiple of the register tiles' channel block. */
    static long split(Op.Conv c, KernelPlan plan) {
        if (plan instanceof KernelPlan.OcGemm p) return p.cut();
        if (gemm(plan)) return GemmConv.split(c);
        long half = c.outC() / 2, ocg = c.outC() / c.groups();
        return ocg % 8 == 0 ? half / 8 * 8 : ocg % 4 == 0 ? half / 4 * 4 : half; // whole tiles of 8 or 4 channels
    }

    /** Whether the plan puts the conv on {@link GemmConv} (as a GEMM or by Winograd). */
    static boolean gemm(KernelPlan plan) {
        return plan instanceof KernelPlan.Gemm || plan instanceof KernelPlan.Winograd || plan instanceof KernelPlan.Stem || plan instanceof KernelPlan.OcGemm;
    }

    /** Rows per packed weight panel of a GEMM plan (the table's {@code PR:OUTC} token): 24 for the channel-vectorised kernel, else 6. */
    static int panelRows(KernelPlan plan) { return plan instanceof KernelPlan.OcGemm p ? p.mr() : GemmConv.MR; }

    /** Floats of a GEMM plan's packed weight. */
    static long packedFloats(KernelPlan plan, Op.Conv c, long inC) {
        return plan instanceof KernelPlan.OcGemm p ? OcVectorGemm.packedFloats(p, c, inC) : GemmConv.packedFloats(c, inC);
    }

    private static boolean depthwise(KernelPlan plan) { return plan instanceof KernelPlan.Direct d && d.kernel().equals("depthwise"); }

    private static Op.Conv unpadded(Op.Conv c) {
        return new Op.Conv(c.outC(), c.kh(), c.kw(), c.sh(), c.sw(), 0, 0, 0, 0, c.dh(), c.dw(), c.groups(), c.weights(), c.epilogue());
    }

    /**
     * Zero-padded copy of image {@code xb} into {@code to}: planes of (H + pads) x (W + pads), then zero slack. Only
     * the planes of the groups of output channels [%lo, %hi) (the other thread copies its own). With {@code wh > 0}
     * each padded row is stored as its even columns, then its odd ones, {@code wh} floats each.
     */
    private static void padCopy(IrWriter ir, Op.Conv c, Operand x, String xb, String to, long wh) {
        long hp = x.h() + c.padT() + c.padB(), wp = x.w() + c.padL() + c.padR(), pitch = wh > 0 ? 2 * wh : wp, plane = hp * pitch;
        long ocg = c.outC() / c.groups(), icg = x.c() / c.groups();
        String chLo = ir.mul(ir.div("%lo", ocg), icg), chHi = ir.mul(ir.div(ir.add("%hi", ocg - 1), ocg), icg);
        ir.loop("i", ir.mul(chLo, plane), ir.mul(chHi, plane), i -> ir.store("0.0", to, i));
        ir.loop("i", IrWriter.num(x.c() * plane), IrWriter.num(paddedFloats(c, x.c(), hp, pitch)), i -> ir.store("0.0", to, i));
        ir.loop("c", chLo, chHi, ch -> ir.loop("h", "0", IrWriter.num(x.h()), h -> {
            String from = ir.at(xb, ir.add(ir.mul(ch, x.hw()), ir.mul(h, x.w())));
            if (wh > 0) { // padded column 2j + p of the row is x's column 2j + p - padL, zero outside it
                String row = ir.at(to, ir.add(ir.mul(ch, plane), ir.mul(ir.add(h, c.padT()), pitch)));
                for (int p = 0; p < 2; p++) {
                    for (long j = 0; j < wh; j += LANES) {
                        String v = SeparableKernels.tap(ir, from, 2 * j + p - c.padL(), 2, LANES, x.w());
                        int lanes = (int) Math.min(LANES, wh - j);
                        String at = ir.at(row, p * wh + j);
                        String val = v == null ? "zeroinitializer" : v;
                        if (lanes == LANES) ir.vstore(val, at);
                        else ir.maskedStore(val, at, lanes);
                    }
                }
                return;
            }
            String row = ir.at(to, ir.add(ir.add(ir.mul(ch, plane), ir.mul(h, wp)), (long) c.padT() * wp + c.padL()));
            // 8 floats at a time, the row's tail masked (LLVM left the float loop scalar: it cannot tell the two apart)
            for (long j = 0; j < x.w(); j += LANES) {
                int lanes = (int) Math.min(LANES, x.w() - j);
                if (lanes == LANES) ir.vstore(ir.vload(ir.at(from, j)), ir.at(row, j));
                else ir.maskedStore(ir.maskedLoad(ir.at(from, j), lanes), ir.at(row, j), lanes);
            }
        }));
    }

    /**
     * One image: rows of {@code OW} columns for every output channel and row, {@code yRow(oc, oh)} giving each row's
     * address. Input rows are {@code W} apart, planes {@code H * W}; a tap may read {@code readW} columns of a row.
     */
    private static void image(IrWriter ir, Op.Conv c, String xb, long icg, long H, long W, long readW, long OH, long OW, long wOff,
                              long bOff, java.util.function.BinaryOperator<String> yRow, long wh) {
        long ocg = c.outC() / c.groups();
        // register tiles: R output channels x V vectors over columns [t0, t2): V = 2 from t0 to t1, then one V = 1 tile
        int R = ocg % 4 == 0 ? 4 : 1;
        long t0 = 0, t1 = 0, t2 = 0, end = 0;
        if (c.sw() <= 2) {
            // columns whose every tap (and, for stride 2, the odd lane after it) lies inside the row
            t0 = ceilDiv(c.padL(), c.sw());
            long last = Math.floorDiv(readW - 1 - (long) (c.kw() - 1) * c.dw() + c.padL() - (wh > 0 ? 0 : c.sw() - 1), c.sw());
            end = Math.min(OW, last + 1);
            t1 = t0 + Math.max(0, (end - t0) / (2L * LANES)) * 2 * LANES;
            t2 = end - t1 >= LANES ? t1 + LANES : t1;
        }
        // the last columns inside the row, fewer than 8, as one tile with masked loads and stores: rows of 7 or 14
        // outputs (resnext's stride-2 grouped convs) went column by column, 7-15x ONNX Runtime's time
        if (end <= t0) { t0 = 0; t1 = 0; t2 = 0; end = 0; R = 1; }
        final int RB = R;
        // one-vector tiles (rows of 7 or 14 outputs: resnext's 14x14 and 7x7 grouped convs) take 8 channels, 8 FMA
        // chains instead of 4: resnext50_32x4d's stride-2 layer3.0 and layer4.0 0.86-0.87x the time, its 7x7 ones 0.95x
        final int R1 = R == 4 && ocg % 8 == 0 ? 8 : R;
        if (wh > 0 && (t0 > 0 || end < OW)) throw new IllegalStateException("a phased row needs every column in tiles");
        final long T0 = t0, T1 = t1, T2 = t2, END = end;
        // tiles outer, channel blocks inner: a tile's input strip stays in cache while every channel block reads it
        ir.loop("oh", "0", IrWriter.num(OH), ohv -> {
            tiles(ir, c, xb, ocg, icg, H, W, ohv, RB, yRow, bOff, T0, (T1 - T0) / (2 * LANES), 2, LANES, wOff, wh);
            tiles(ir, c, xb, ocg, icg, H, W, ohv, R1, yRow, bOff, T1, (T2 - T1) / LANES, 1, LANES, wOff, wh);
            if (END > T2) tiles(ir, c, xb, ocg, icg, H, W, ohv, R1, yRow, bOff, T2, 1, 1, (int) (END - T2), wOff, wh);
            if (T0 > 0 || END < OW) {
                ir.loop("oc", "%lo", "%hi", oc -> {
                    String g = ir.div(oc, ocg), bias = ir.load("%w", ir.add(oc, bOff)), yrow = yRow.apply(oc, ohv);
                    rows(ir, c, xb, g, icg, H, W, readW, ohv, oc, yrow, bias, 0, T0, wOff);
                    rows(ir, c, xb, g, icg, H, W, readW, ohv, oc, yrow, bias, END, OW, wOff);
                });
            }
        });
    }

    /**
     * {@code count} register tiles of R channels x V vectors from column {@code from} of the output row; with
     * {@code lanes < 8} (one tile of one vector) only that many columns, loading and storing no float past them.
     */
    private static void tiles(IrWriter ir, Op.Conv c, String xb, long ocg, long icg, long H, long W, String ohv, int RB,
                              java.util.function.BinaryOperator<String> yRow, long bOff, long from, long count, int VB, int lanes, long wOff, long wh) {
        if (count <= 0) return;
        ir.loop("tile", "0", IrWriter.num(count), tile -> ir.loop("ocb", ir.div("%lo", RB), ir.div("%hi", RB), ocb -> {
            String oc0 = ir.mul(ocb, RB);
            String g = ir.div(oc0, ocg);
            String col = ir.add(ir.mul(tile, (long) LANES * VB), from);
            String[][] acc = new String[RB][VB];
            for (int k = 0; k < RB; k++) for (int v = 0; v < VB; v++) acc[k][v] = ir.vecVar();
            ir.loop("ic", "0", IrWriter.num(icg), icv -> {
                String xplane = ir.at(xb, ir.mul(ir.add(ir.mul(g, icg), icv), H * W));
                ir.loop("ky", "0", IrWriter.num(c.kh()), ky -> {
                    String ih = ir.add(ir.add(ir.mul(ohv, c.sh()), ir.mul(ky, c.dh())), -c.padT());
                    ir.when(ir.inRange(ih, 0, H), () -> {
                        String xrow = ir.at(xplane, ir.mul(ih, W));
                        for (int kx = 0; kx < c.kw(); kx++) {
                            String[] xv = new String[VB];
                            for (int v = 0; v < VB; v++) {
                                long off = (long) kx * c.dw() - c.padL();
                                if (c.sw() == 1) {
                                    String at = ir.at(xrow, ir.add(col, (long) v * LANES + off));
                                    xv[v] = lanes < LANES ? ir.maskedLoad(at, lanes) : ir.vload(at);
                                } else if (wh > 0) { // padded column 2 ow + kx: element ow + kx / 2 of phase kx % 2
                                    String at = ir.at(xrow, ir.add(col, (long) v * LANES + (kx % 2) * wh + kx / 2));
                                    xv[v] = lanes < LANES ? ir.maskedLoad(at, lanes) : ir.vload(at);
                                } else { // the even lanes of 16
                                    String at = ir.at(xrow, ir.add(ir.mul(col, 2), 2L * v * LANES + off));
                                    String wide = lanes < LANES ? ir.maskedLoad16(at, 2 * lanes - 1) : ir.value("load <16 x float>, ptr " + at + ", align 4");
                                    xv[v] = ir.value("shufflevector <16 x float> " + wide + ", <16 x float> poison, <8 x i32> " + EVEN);
                                }
                            }
                            for (int k = 0; k < RB; k++) {
                                String widx = ir.add(ir.add(ir.mul(ir.add(ir.mul(ir.add(oc0, k), icg), icv), (long) c.kh() * c.kw()),
                                        ir.mul(ky, c.kw())), kx + wOff);
                                String wv = ir.splat(ir.load("%w", widx));
                                for (int v = 0; v < VB; v++) {
                                    ir.line("store <8 x float> " + ir.vfma(wv, xv[v], ir.vload(acc[k][v])) + ", ptr " + acc[k][v] + ", align 32");
                                }
                            }
                        }
                    });
                });
            });
            for (int k = 0; k < RB; k++) {
                String bv = ir.splat(ir.load("%w", ir.add(ir.add(oc0, k), bOff))), yrow = yRow.apply(ir.add(oc0, k), ohv);
                for (int v = 0; v < VB; v++) {
                    String sum = ir.vadd(ir.value("load <8 x float>, ptr " + acc[k][v] + ", align 32"), bv), at = ir.at(yrow, ir.add(col, (long) v * LANES));
                    if (lanes < LANES) ir.maskedStore(sum, at, lanes);
                    else ir.vstore(sum, at);
                }
            }
        }));
    }

    /** Columns [from, to) of one output row of channel {@code oc}, tap by tap (no register tiles). */
    private static void rows(IrWriter ir, Op.Conv c, String xb, String g, long icg, long H, long W, long readW, String ohv, String oc, String yrow,
                             String bias, long from, long to, long wOff) {
        if (from >= to) return;
        ir.loop("i", IrWriter.num(from), IrWriter.num(to), i -> ir.store(bias, yrow, i));
        ir.loop("ic", "0", IrWriter.num(icg), icv -> {
            String xplane = ir.at(xb, ir.mul(ir.add(ir.mul(g, icg), icv), H * W));
            String wbase = ir.add(ir.mul(ir.add(ir.mul(oc, icg), icv), (long) c.kh() * c.kw()), wOff);
            ir.loop("ky", "0", IrWriter.num(c.kh()), ky -> {
                String ih = ir.add(ir.add(ir.mul(ohv, c.sh()), ir.mul(ky, c.dh())), -c.padT());
                ir.when(ir.inRange(ih, 0, H), () -> {
                    String xrow = ir.at(xplane, ir.mul(ih, W));
                    String wrow = ir.add(wbase, ir.mul(ky, c.kw()));
                    for (int kx = 0; kx < c.kw(); kx++) { // unrolled: each tap's column range is a constant
                        long off = (long) kx * c.dw() - c.padL();
                        long lo = Math.max(from, off >= 0 ? 0 : ceilDiv(-off, c.sw()));
                        long hi = Math.min(to, readW - 1 - off < 0 ? 0 : (readW - 1 - off) / c.sw() + 1);
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
    }

    /**
     * Weight rows a dense layer reads at once ({@code denseRows=N}; 1: one row at a time, LLVM vectorising the dot
     * product): the layer streams its weights from memory, and 8 rows, 8 streams and 8 FMA chains, took 0.865x the
     * time of one row on mobilenet_v2's classifier (4 rows 0.88x, 2 rows 0.94x), mobilenet_v1's 0.935x (4 rows),
     * alexnet's 0.89-0.92x, vgg16's 0.93-0.94x, resnet50's 0.935x (per-layer medians, two threads).
     */
    static final long DENSE_ROWS = 8;

    /** {@code y = act(x W^T + b [+ r])}, x of {@code in} features. */
    static void dense(IrWriter ir, Op.Dense d, Operand x, Operand y, Operand r, long wOff, long bOff) {
        long features = x.elements();
        int R = (int) Math.max(1, Math.min(12, ir.target().option("denseRows", DENSE_ROWS)));
        if (R > 1 && features % LANES == 0) {
            ir.comment("dense: " + R + " weight rows at a time, a vector accumulator each, 8 features a step");
            ir.declare("declare float @llvm.vector.reduce.fadd.v8f32(float, <8 x float>)");
            ir.loop("b", "0", "%n", b -> {
                String xb = x.image(ir, b), yb = y.image(ir, b), rb = r == null ? null : r.image(ir, b);
                java.util.function.BiConsumer<String, Integer> rows = (o0, count) -> {
                    String[] acc = new String[count];
                    for (int i = 0; i < count; i++) acc[i] = ir.vecVar();
                    ir.loop("k", "0", IrWriter.num(features / LANES), kv -> {
                        String k = ir.mul(kv, LANES), xv = ir.vload(ir.at(xb, k));
                        for (int i = 0; i < count; i++) {
                            String wv = ir.vload(ir.at("%w", ir.add(ir.add(ir.mul(ir.add(o0, i), features), wOff), k)));
                            ir.line("store <8 x float> " + ir.vfma(wv, xv, ir.vload(acc[i])) + ", ptr " + acc[i] + ", align 32");
                        }
                    });
                    for (int i = 0; i < count; i++) {
                        String o = ir.add(o0, i);
                        String sum = ir.value("call reassoc float @llvm.vector.reduce.fadd.v8f32(float 0.0, <8 x float> " + ir.vload(acc[i]) + ")");
                        ir.store(ir.fadd(sum, ir.load("%w", ir.add(o, bOff))), yb, o);
                        epilogue(ir, d.epilogue(), yb, rb, o);
                    }
                };
                String n = ir.value("sub i64 %hi, %lo"), full = ir.div(n, R);
                ir.loop("q", "0", full, q -> rows.accept(ir.add("%lo", ir.mul(q, R)), R));
                ir.loop("o", ir.add("%lo", ir.mul(full, R)), "%hi", o -> rows.accept(o, 1));
            });
            return;
        }
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b), rb = r == null ? null : r.image(ir, b);
            ir.loop("o", "%lo", "%hi", o -> {
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
