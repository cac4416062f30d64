package netc.backend.llvm;

import netc.ir.Epilogue;
import netc.ir.KernelPlan;
import netc.ir.Op;

/**
 * Ungrouped convs on small planes ({@link KernelPlan.OcGemm}) as a GEMM vectorised over output channels, the first
 * channel-blocked (NCHWc-style) kernel: a micro-tile holds {@code ov} vectors of 8 output channels for each of
 * {@code np} pixels (3 x 4: 12 accumulators, 3 weight vectors and a broadcast of AVX2's 16 registers). Per tap it
 * loads the tile's 24 weights as 3 vectors from panels packed at weight preparation ({@code P24:OUTC}:
 * {@code W[24t + r][k]} at {@code 24Kt + 24k + r}, zero rows past the last channel, the same panel format as
 * GemmConv's {@code P6}) and broadcasts each pixel's B value. A pixel tail of c pixels thus runs c / np of a tile's
 * FMAs (7x7: 49 = 12 x 4 + 1), and each 24 x 256 weight micro-panel is read once into L1 for the whole plane,
 * where the 6 x 16 kernel re-reads B's block per 6 channels. B is the input itself for a 1x1 stride-1 conv, else
 * GemmConv's im2col panel. Partial sums over the K blocks stay channel-blocked in scratch ({@code [tile][pixel][24]},
 * plain vector loads and stores); the last K block adds the bias, transposes each 8 x 4 block in registers to
 * NCHW rows of 4 pixels, adds the residual, applies the activation and stores.
 */
final class OcVectorGemm {
    private OcVectorGemm() {}

    private static final int LANES = ConvKernels.LANES;

    /** Floats of weight after packing in panels of {@code mr} channels (zero rows past the last). */
    static long packedFloats(KernelPlan.OcGemm p, Op.Conv c, long inC) { return ceilDiv(c.outC(), p.mr()) * p.mr() * inC * c.kh() * c.kw(); }

    /** Scratch: B packed whole ({@code K} taps x pixels rounded up to 4), the im2col panel of a K block, a channel tile's partial sums. */
    static long scratchFloats(KernelPlan.OcGemm p, long K) {
        return packedFloats(p, K) + (p.im2col() ? WeightLayout.align(p.kc() * p.pixels()) : 0) + partialFloats(p);
    }

    private static long packedFloats(KernelPlan.OcGemm p, long K) { return WeightLayout.align(K * ceilDiv(p.pixels(), p.np()) * p.np()); }

    private static long partialFloats(KernelPlan.OcGemm p) { return ceilDiv(p.pixels(), p.np()) * p.np() * p.mr(); }

    /**
     * Copies {@code kn} rows of {@code P} floats ({@code stride} apart from {@code src}) into tiles of {@code np}
     * pixels, element (k, j) at {@code (j / np) tileStride + np k + j % np}, zeros past P: a tile's taps then lie in
     * consecutive bytes, streamed from L2 beside the weight micro-panel in L1.
     */
    private static void pack(IrWriter ir, String src, long stride, long kn, long P, int np, String dst, long tileStride) {
        long full = P / np, rest = P % np;
        ir.loop("k", "0", IrWriter.num(kn), k -> {
            String row = ir.at(src, ir.mul(k, stride)), to = ir.at(dst, ir.mul(k, np));
            ir.loop("t", "0", IrWriter.num(full), t -> {
                String v = ir.value("load <" + np + " x float>, ptr " + ir.at(row, ir.mul(t, np)) + ", align 4");
                ir.line("store <" + np + " x float> " + v + ", ptr " + ir.at(to, ir.mul(t, tileStride)) + ", align 4");
            });
            if (rest > 0) for (int j = 0; j < np; j++) ir.store(j < rest ? ir.load(row, IrWriter.num(full * np + j)) : "0.0", ir.at(to, full * tileStride), IrWriter.num(j));
        });
    }

    /** The two-thread chunks: whole channel tiles in {@link GemmConv#channelChunks} runs of near-equal channel vectors. */
    static long[] chunks(KernelPlan.OcGemm p, netc.ir.Target t) {
        long k = Math.min(ceilDiv(p.outC(), p.mr()), GemmConv.channelChunks(t));
        java.util.List<Long> b = new java.util.ArrayList<>(java.util.List.of(0L));
        for (long j = 1; j < k; j++) if (p.cut(j, k) > b.getLast()) b.add(p.cut(j, k));
        if (p.outC() > b.getLast()) b.add(p.outC());
        return b.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * What one K block of a channel tile shares: taps {@code [k0, k0 + kn)} of {@code K}, the weight panel row k at
     * {@code aBase + 24k}, B packed at {@code bBase} (pixel tile t's row k at {@code bBase + 4(tK + k)}), partial
     * sums at {@code partial}; first and last are i1 values or constants.
     */
    private record Block(KernelPlan.OcGemm p, Epilogue e, long K, String k0, long kn, String aBase, String bBase, String yb, String rb,
                         String partial, String first, String last, long bOff, boolean blocked, String xb, Sink sink) {}

    /**
     * What a fused consumer does with the blocked conv's output instead of storing it (fuse_conv_pool_dense's pooling;
     * {@link ConvPoolDenseKernels}): hooks at each image, around each channel tile, on each finished output vector, and
     * a slot in the tap loop for prefetches.
     */
    interface Sink {
        /** At the start of image b of the range. */
        void image(IrWriter ir, String b);

        /** Before channel tile ot ({@code rows} channels from {@code mr ot}). */
        void begin(IrWriter ir, String ot, int rows);

        /** Output vector v (channels {@code mr ot + 8v ...}) of one pixel, bias, residual and activation applied. */
        void accept(IrWriter ir, String ot, int v, String val);

        /** After channel tile ot's last pixel tile. */
        void end(IrWriter ir, String ot, int rows);

        /**
         * In the tap loop of channel tile ot: step {@code slot} of {@code slots} (every 8 taps of every full pixel tile
         * on the blocked path, every tap on the NCHW one); returns the addresses to prefetch there.
         */
        java.util.List<String> step(IrWriter ir, String ot, String slot, long slots);
    }

    /**
     * First B, packed whole (im2col'd one K block at a time when not a plain 1x1); then each channel tile of the
     * thread's range, K block by K block over every pixel tile, so that the weights are read once, in order, the
     * next micro-panel always the next bytes (a network's weights come from memory here, used for only 49 pixels
     * each; prefetching the next block a share per pixel tile took 1.04-1.06x the time on one thread, so none).
     */
    static void conv(IrWriter ir, Op.Conv c, KernelPlan.OcGemm p, Operand x, Operand y, Operand r, long wOff, long bOff, String scratch) {
        conv(ir, c, p, x, y, r, wOff, bOff, scratch, false, x.c());
    }

    /**
     * The 1x1 on {@link netc.ir.Layout#NCHWc8} tensors of {@code inC} channels (pass nchwc): B is the blocked input
     * read in place (tap k of pixel q at {@code (k / 8) 8 HW + 8 q + k % 8}: a pixel tile's 8 taps of a block are 128
     * consecutive bytes, as packing would lay them out, so there is none), and the last K block stores each vector of
     * 8 channels of a pixel whole, without the transpose.
     */
    static void convBlocked(IrWriter ir, Op.Conv c, KernelPlan.OcGemm p, Operand x, Operand y, Operand r, long inC, long wOff, long bOff, String scratch) {
        if (p.im2col()) throw new IllegalArgumentException("the blocked oc-vector GEMM runs 1x1 stride-1 convs only");
        conv(ir, c, p, x, y, r, wOff, bOff, scratch, true, inC, "%lo", "%hi", null);
    }

    /**
     * The conv (blocked: a 1x1 on NCHWc8 input) on output channels {@code [lo, hi)} (i64 values) with its outputs
     * handed to {@code sink} instead of stored (no y; no residual on the NCHW path).
     */
    static void convInto(IrWriter ir, Op.Conv c, KernelPlan.OcGemm p, Operand x, Operand r, boolean blocked, long inC, long wOff, long bOff, String scratch,
                         String lo, String hi, Sink sink) {
        if (blocked && p.im2col()) throw new IllegalArgumentException("the blocked oc-vector GEMM runs 1x1 stride-1 convs only");
        if (!blocked && r != null) throw new IllegalArgumentException("a sink takes no residual on the NCHW path");
        conv(ir, c, p, x, null, r, wOff, bOff, scratch, blocked, inC, lo, hi, sink);
    }

    private static void conv(IrWriter ir, Op.Conv c, KernelPlan.OcGemm p, Operand x, Operand y, Operand r, long wOff, long bOff, String scratch,
                             boolean blocked, long inC) {
        conv(ir, c, p, x, y, r, wOff, bOff, scratch, blocked, inC, "%lo", "%hi", null);
    }

    private static void conv(IrWriter ir, Op.Conv c, KernelPlan.OcGemm p, Operand x, Operand y, Operand r, long wOff, long bOff, String scratch,
                             boolean blocked, long inC, String lo, String hi, Sink sink) {
        if (p.lanes() != LANES) throw new IllegalArgumentException("plan for " + p.lanes() + "-float vectors");
        if (y != null && y.hw() != p.pixels()) throw new IllegalArgumentException("plan for " + p.pixels() + " pixels, output has " + y.hw());
        long taps = (long) c.kh() * c.kw(), icb = p.icb(), kFull = inC / icb, icRest = inC % icb, K = inC * taps, np = p.np();
        long tileStride = K * np, packedFloats = packedFloats(p, K), panelFloats = p.im2col() ? WeightLayout.align(p.kc() * p.pixels()) : 0;
        String packed = scratch, panel = ir.at(scratch, packedFloats), partial = ir.at(scratch, packedFloats + panelFloats);
        long M = p.outC(), mr = p.mr(), mFull = M / mr, mRest = M % mr, kc = icb * taps, kbFull = K / kc, kRest = K % kc;
        ir.comment("gemm-oc: " + mr + " output channels x " + np + " pixels per tile, weights read in order, " + (blocked ? "NCHWc8 in and out" : "B packed whole"));
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = sink != null ? null : y.image(ir, b), rb = r == null ? null : r.image(ir, b);
            if (sink != null) sink.image(ir, b);
            java.util.function.BiConsumer<String, Long> packBlock = (ic0, icn) -> {
                String dst = ir.at(packed, ir.mul(ir.mul(ic0, taps), np));
                if (p.im2col()) {
                    GemmConv.im2col(ir, c, x, xb, ic0, icn, "0", y.h(), y.w(), p.pixels(), panel);
                    pack(ir, panel, p.pixels(), icn * taps, p.pixels(), (int) np, dst, tileStride);
                } else pack(ir, ir.at(xb, ir.mul(ic0, x.hw())), x.hw(), icn * taps, p.pixels(), (int) np, dst, tileStride);
            };
            if (!blocked) {
                ir.loop("kb", "0", IrWriter.num(kFull), kb -> packBlock.accept(ir.mul(kb, icb), icb));
                if (icRest > 0) packBlock.accept(IrWriter.num(kFull * icb), icRest);
            }
            java.util.function.BiConsumer<String, Integer> channelTile = (ot, rows) -> {
                String a = ir.at("%w", ir.add(ir.mul(ot, mr * K), wOff));
                java.util.function.BiConsumer<String, long[]> kBlock = (k0, shape) -> {
                    String first = shape[1] == 1 ? "true" : shape[1] == 0 ? "false" : ir.value("icmp eq i64 " + k0 + ", 0");
                    String last = shape[2] == 1 ? "true" : shape[2] == 0 ? "false" : ir.value("icmp eq i64 " + k0 + ", " + (kbFull - 1) * kc);
                    Block blk = new Block(p, c.epilogue(), K, k0, shape[0], ir.at(a, ir.mul(k0, mr)), ir.at(packed, ir.mul(k0, np)), yb, rb, partial,
                            first, last, bOff, blocked, xb, sink);
                    pixelTiles(ir, blk, ot, rows);
                };
                if (sink != null) sink.begin(ir, ot, rows);
                // shape: taps, then whether it is the first and the last K block (1 yes, 0 no, -1 compare the offset)
                long firstFull = kbFull == 1 ? 1 : -1, lastFull = kRest > 0 ? 0 : kbFull == 1 ? 1 : -1;
                ir.loop("kb", "0", IrWriter.num(kbFull), kb -> kBlock.accept(ir.mul(kb, kc), new long[] {kc, firstFull, lastFull}));
                if (kRest > 0) kBlock.accept(IrWriter.num(kbFull * kc), new long[] {kRest, kbFull == 0 ? 1 : 0, 1});
                if (sink != null) sink.end(ir, ot, rows);
            };
            ir.loop("ot", ir.div(lo, mr), ir.min(ir.div(hi, mr), IrWriter.num(mFull)), ot -> channelTile.accept(ot, (int) mr));
            if (mRest > 0) ir.when(ir.value("icmp eq i64 " + hi + ", " + M), () -> channelTile.accept(IrWriter.num(mFull), (int) mRest));
        });
    }

    private static void pixelTiles(IrWriter ir, Block k, String ot, int rows) {
        long P = k.p().pixels(), np = k.p().np(), full = P / np, rest = P % np;
        ir.loop("pt", "0", IrWriter.num(full), pt -> tile(ir, k, ot, rows, ir.mul(pt, np), (int) np));
        if (rest > 0) tile(ir, k, ot, rows, IrWriter.num(full * np), (int) rest);
    }

    /** One micro-tile: channels {@code [mr ot, mr ot + rows)} x pixels {@code [p0, p0 + cols)} over the K block. */
    private static void tile(IrWriter ir, Block k, String ot, int rows, String p0, int cols) {
        KernelPlan.OcGemm p = k.p();
        int V = (rows + LANES - 1) / LANES;
        long mr = p.mr();
        String[][] acc = new String[V][cols];
        for (int v = 0; v < V; v++) for (int j = 0; j < cols; j++) acc[v][j] = ir.vecVar();
        String cTile = ir.at(k.partial(), ir.mul(p0, mr));
        ir.when(not(ir, k.first()), () -> {
            for (int v = 0; v < V; v++) for (int j = 0; j < cols; j++) {
                ir.line("store <8 x float> " + ir.vload(ir.at(cTile, j * mr + (long) v * LANES)) + ", ptr " + acc[v][j] + ", align 32");
            }
        });
        String bcol = k.blocked() ? ir.at(k.xb(), ir.mul(p0, LANES)) : ir.at(k.bBase(), ir.mul(p0, k.K()));
        // a narrow tile (the plane's pixel tail) has too few accumulators to hide the FMA latency: it keeps u sets,
        // tap kk in set kk % u, and adds them up after the block
        int u = ConvKernels.accumulatorSets(V, cols);
        String[][][] sets = new String[u][][];
        sets[0] = acc;
        for (int s = 1; s < u; s++) {
            sets[s] = new String[V][cols];
            for (int v = 0; v < V; v++) for (int j = 0; j < cols; j++) sets[s][v][j] = ir.vecVar();
        }
        Step step = (kk, brow, into) -> {
            String arow = ir.at(k.aBase(), ir.mul(kk, mr));
            String[] av = new String[V];
            for (int v = 0; v < V; v++) av[v] = ir.vload(ir.at(arow, (long) v * LANES));
            for (int j = 0; j < cols; j++) {
                String bj = ir.splat(ir.load(brow, IrWriter.num(k.blocked() ? (long) j * LANES : j)));
                for (int v = 0; v < V; v++) ir.line("store <8 x float> " + ir.vfma(av[v], bj, ir.vload(into[v][j])) + ", ptr " + into[v][j] + ", align 32");
            }
        };
        // tap kk's B row: packed, np floats a tap; blocked, tap k0 + kk of the tile's first pixel (pixels 8 floats apart)
        java.util.function.Function<String, String> bRow = kk -> {
            if (!k.blocked()) return ir.at(bcol, ir.mul(kk, p.np()));
            String tap = ir.add(k.k0(), kk);
            return ir.at(bcol, ir.add(ir.mul(ir.value("lshr i64 " + tap + ", 3"), LANES * p.pixels()), ir.value("and i64 " + tap + ", 7")));
        };
        long unrolled = 0;
        if (k.blocked() && p.kc() % LANES == 0) {
            // a channel block's 8 taps unrolled: B at constant offsets from the block's base, no index arithmetic per tap
            unrolled = k.kn() / LANES * LANES;
            String block0 = ir.value("lshr i64 " + k.k0() + ", 3"); // k0 is a multiple of kc, so of 8
            ir.loop("kq", "0", IrWriter.num(k.kn() / LANES), kq -> {
                if (k.sink() != null) { // slot: this pixel tile's 8-tap step, counted over the channel tile
                    long steps = k.K() / LANES;
                    for (String at : k.sink().step(ir, ot, ir.add(ir.mul(ir.div(p0, p.np()), steps), ir.add(block0, kq)), ceilDiv(p.pixels(), p.np()) * steps)) {
                        ir.line("call void @llvm.prefetch.p0(ptr " + at + ", i32 0, i32 3, i32 1)");
                    }
                }
                String base = ir.at(bcol, ir.mul(ir.add(block0, kq), LANES * p.pixels()));
                for (int t = 0; t < LANES; t++) step.tap(ir.add(ir.mul(kq, LANES), t), ir.at(base, t), sets[t % u]);
            });
        } else if (u > 1) {
            unrolled = k.kn() / u * u;
            ir.loop("kq", "0", IrWriter.num(k.kn() / u), kq -> {
                for (int s = 0; s < u; s++) {
                    String kk = ir.add(ir.mul(kq, u), s);
                    step.tap(kk, bRow.apply(kk), sets[s]);
                }
            });
        }
        if (u == 1 && unrolled == 0) ir.loop("k", "0", IrWriter.num(k.kn()), kk -> {
            if (k.sink() != null) { // slot: this pixel tile's tap, counted over the channel tile
                for (String at : k.sink().step(ir, ot, ir.add(ir.mul(ir.div(p0, p.np()), k.K()), ir.add(k.k0(), kk)), ceilDiv(p.pixels(), p.np()) * k.K())) {
                    ir.line("call void @llvm.prefetch.p0(ptr " + at + ", i32 0, i32 3, i32 1)");
                }
            }
            step.tap(kk, bRow.apply(kk), acc);
        });
        else for (long r = unrolled; r < k.kn(); r++) step.tap(IrWriter.num(r), bRow.apply(IrWriter.num(r)), sets[(int) (r % u)]);
        for (int s = 1; s < u; s++) for (int v = 0; v < V; v++) for (int j = 0; j < cols; j++) {
            ir.line("store <8 x float> " + ir.vadd(ir.vload(acc[v][j]), ir.vload(sets[s][v][j])) + ", ptr " + acc[v][j] + ", align 32");
        }
        ir.when(not(ir, k.last()), () -> {
            for (int v = 0; v < V; v++) for (int j = 0; j < cols; j++) ir.vstore(ir.vload(acc[v][j]), ir.at(cTile, j * mr + (long) v * LANES));
        });
        ir.when(k.last(), () -> {
            if (k.blocked()) blockedEpilogue(ir, k, ot, rows, p0, cols, acc);
            else epilogue(ir, k, ot, rows, p0, cols, acc);
        });
    }

    /**
     * Bias (a vector of the tile's channels), then to NCHW: with 4 pixels each 8 x 4 block is transposed by two rounds
     * of shuffles into 4 vectors that each hold two channels' 4 pixels (channels i and i + 4), so that the residual,
     * the activation and the stores go 8 floats at a time; a narrower tail goes lane by lane.
     */
    private static void epilogue(IrWriter ir, Block k, String ot, int rows, String p0, int cols, String[][] acc) {
        Epilogue e = k.e();
        if (k.sink() != null) { // no transpose: each pixel's channel vectors as they are, padding lanes zero
            for (int v = 0; v < acc.length; v++) {
                int lanes = Math.min(LANES, rows - v * LANES);
                String bAt = ir.at("%w", ir.add(ir.add(ir.mul(ot, k.p().mr()), (long) v * LANES), k.bOff()));
                String bias = lanes == LANES ? ir.vload(bAt) : ir.maskedLoad(bAt, lanes);
                for (int j = 0; j < cols; j++) k.sink().accept(ir, ot, v, NchwcKernels.activation(ir, e, ir.vadd(ir.vload(acc[v][j]), bias), lanes));
            }
            return;
        }
        boolean inRegisters = IrWriter.vectorActivation(e.act());
        long P = k.p().pixels(), mr = k.p().mr();
        for (int v = 0; v < acc.length; v++) {
            int lanes = Math.min(LANES, rows - v * LANES);
            String bAt = ir.at("%w", ir.add(ir.add(ir.mul(ot, mr), (long) v * LANES), k.bOff()));
            String bias = lanes == LANES ? ir.vload(bAt) : ir.maskedLoad(bAt, lanes);
            String[] s = new String[cols];
            for (int j = 0; j < cols; j++) s[j] = ir.vadd(ir.vload(acc[v][j]), bias);
            long v0 = (long) v * LANES;
            java.util.function.IntFunction<String> row = i -> ir.add(ir.mul(ir.add(ir.add(ir.mul(ot, mr), v0), i), P), p0);
            if (cols == 4) {
                String t0 = shuffle(ir, s[0], s[1], 0, 8, 1, 9, 4, 12, 5, 13), t1 = shuffle(ir, s[0], s[1], 2, 10, 3, 11, 6, 14, 7, 15);
                String t2 = shuffle(ir, s[2], s[3], 0, 8, 1, 9, 4, 12, 5, 13), t3 = shuffle(ir, s[2], s[3], 2, 10, 3, 11, 6, 14, 7, 15);
                String[] u = {shuffle(ir, t0, t2, 0, 1, 8, 9, 4, 5, 12, 13), shuffle(ir, t0, t2, 2, 3, 10, 11, 6, 7, 14, 15),
                        shuffle(ir, t1, t3, 0, 1, 8, 9, 4, 5, 12, 13), shuffle(ir, t1, t3, 2, 3, 10, 11, 6, 7, 14, 15)};
                for (int q = 0; q < 4; q++) { // u[q]: channel q's 4 pixels, then channel q + 4's
                    boolean lo = q < lanes, hi = q + 4 < lanes;
                    if (!lo) continue;
                    String yLo = ir.at(k.yb(), row.apply(q)), yHi = hi ? ir.at(k.yb(), row.apply(q + 4)) : null;
                    String val = u[q];
                    if (e.residual()) {
                        String rLo = load4(ir, ir.at(k.rb(), row.apply(q))), rHi = hi ? load4(ir, ir.at(k.rb(), row.apply(q + 4))) : "zeroinitializer";
                        val = ir.vadd(val, ir.value("shufflevector <4 x float> " + rLo + ", <4 x float> " + rHi
                                + ", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>"));
                    }
                    if (inRegisters) val = ir.vactivation(e.act(), e.alpha(), val);
                    store4(ir, val, 0, yLo);
                    if (hi) store4(ir, val, 4, yHi);
                    if (!inRegisters) for (String d : hi ? new String[] {yLo, yHi} : new String[] {yLo}) {
                        for (int j = 0; j < 4; j++) ir.store(ir.activation(e.act(), e.alpha(), ir.load(d, IrWriter.num(j))), d, IrWriter.num(j));
                    }
                }
            } else {
                for (int i = 0; i < lanes; i++) {
                    String yAt = ir.at(k.yb(), row.apply(i)), rAt = e.residual() ? ir.at(k.rb(), row.apply(i)) : null;
                    for (int j = 0; j < cols; j++) {
                        String val = ir.value("extractelement <8 x float> " + s[j] + ", i32 " + i);
                        if (e.residual()) val = ir.fadd(val, ir.load(rAt, IrWriter.num(j)));
                        ir.store(ir.activation(e.act(), e.alpha(), val), yAt, IrWriter.num(j));
                    }
                }
            }
        }
    }

    /**
     * Bias, residual and activation on each vector of 8 channels of a pixel, stored whole into the blocked output
     * (vector v of tile ot is channel block {@code 3 ot + v}, at {@code (mr ot + 8 v) P + 8 q} for pixel q); a last,
     * partial vector's padding lanes are stored as zeros.
     */
    private static void blockedEpilogue(IrWriter ir, Block k, String ot, int rows, String p0, int cols, String[][] acc) {
        long P = k.p().pixels(), mr = k.p().mr();
        for (int v = 0; v < acc.length; v++) {
            int lanes = Math.min(LANES, rows - v * LANES);
            String bAt = ir.at("%w", ir.add(ir.add(ir.mul(ot, mr), (long) v * LANES), k.bOff()));
            String bias = lanes == LANES ? ir.vload(bAt) : ir.maskedLoad(bAt, lanes);
            String base = ir.mul(ir.add(ir.mul(ot, mr), (long) v * LANES), P);
            for (int j = 0; j < cols; j++) {
                String at = ir.add(base, ir.mul(ir.add(p0, j), LANES));
                String val = ir.vadd(ir.vload(acc[v][j]), bias);
                if (k.e().residual()) val = ir.vadd(val, ir.vload(ir.at(k.rb(), at)));
                if (k.sink() != null) k.sink().accept(ir, ot, v, NchwcKernels.activation(ir, k.e(), val, lanes));
                else ir.vstore(NchwcKernels.activation(ir, k.e(), val, lanes), ir.at(k.yb(), at));
            }
        }
    }

    /** One tap of a micro-tile: A's row kk times B's values at {@code brow}, into an accumulator set. */
    private interface Step {
        void tap(String kk, String brow, String[][] into);
    }

    private static String shuffle(IrWriter ir, String a, String b, int... lanes) {
        StringBuilder m = new StringBuilder("<8 x i32> <");
        for (int i = 0; i < lanes.length; i++) m.append(i > 0 ? ", " : "").append("i32 ").append(lanes[i]);
        return ir.value("shufflevector <8 x float> " + a + ", <8 x float> " + b + ", " + m.append('>'));
    }

    private static String load4(IrWriter ir, String p) { return ir.value("load <4 x float>, ptr " + p + ", align 4"); }

    /** Lanes {@code [from, from + 4)} of {@code v} stored at {@code p}. */
    private static void store4(IrWriter ir, String v, int from, String p) {
        String half = ir.value("shufflevector <8 x float> " + v + ", <8 x float> poison, <4 x i32> <i32 " + from + ", i32 " + (from + 1) + ", i32 "
                + (from + 2) + ", i32 " + (from + 3) + ">");
        ir.line("store <4 x float> " + half + ", ptr " + p + ", align 4");
    }

    private static String not(IrWriter ir, String cond) {
        return cond.equals("true") ? "false" : cond.equals("false") ? "true" : ir.value("xor i1 " + cond + ", true");
    }

    private static long ceilDiv(long a, long b) { return (a + b - 1) / b; }
}
