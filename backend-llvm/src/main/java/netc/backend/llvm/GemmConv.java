package netc.backend.llvm;

import netc.ir.Activation;
import netc.ir.Epilogue;
import netc.ir.KernelPlan;
import netc.ir.Op;
import netc.passes.ConvPlans;

/**
 * Ungrouped convs as a GEMM {@code Y[oc][p] = sum_k W[oc][k] B[k][p]}, k over (input channel, ky, kx) and p over
 * output pixels. A 1x1 stride-1 unpadded conv reads B straight from the input (row k is input plane k); the others
 * first copy a block of whole output rows' taps into a panel in scratch (im2col, zeros where a tap falls in the
 * padding). The micro-kernel keeps {@code R x 2} {@code <8 x float>} accumulators (6 output channels x 16 pixels)
 * in registers over a K block, reading the weights as broadcasts from panels of 6 channels packed once at weight
 * preparation ({@code W[6t + r][k]} at {@code 6Kt + 6k + r}, zero rows past the last channel); bias, residual and
 * activation are applied in registers before the one store. Edge tiles use masked loads and stores.
 */
final class GemmConv {
    private GemmConv() {}

    /** Output channels per micro-tile: 12 accumulators + 2 input vectors + 1 broadcast of AVX2's 16 registers. */
    static final int MR = 6;
    /** Pixels per micro-tile (two vectors). */
    static final int NR = 16;
    /** Floats of B per block of pixels: the panel stays in L2 (512 KB on Zen 3) while every channel tile reads it. */
    static final long PANEL_FLOATS = 64 * 1024;
    /** Taps (rows of B) per K block: a 6 x 256 A micro-panel and a 256 x 16 B micro-panel take 22 KB of the 32 KB L1. */
    static final long KC = 256;

    /**
     * Widest pixel tail (the last {@code P % 16} pixels of a block) computed by {@link #narrowTile}, channel-wise;
     * target option {@code narrow=0} ({@code -Dnetc.native.narrow=0}) switches it off (to compare). Per tap a 16-pixel tile takes 12 FMAs and 8 loads,
     * the masked 8-wide tail of a 16-wide tile 6 FMAs and 7 loads whatever its width, a narrow tail of c pixels
     * c FMAs and c + 1 loads: cheaper up to 5 pixels (49 = 3 x 16 + 1 at 7x7, 196 = 12 x 16 + 4 at 14x14).
     */
    static int narrow(IrWriter ir) { return (int) ir.target().option("narrow", ConvPlans.NARROW); }

    static long packedFloats(Op.Conv c, long inC) { return ceilDiv(c.outC(), MR) * MR * k(c, inC); }

    private static long k(Op.Conv c, long inC) { return inC * c.kh() * c.kw(); }

    static boolean flat(Op.Conv c) { return ConvPlans.flat(c); }

    /**
     * The two-thread split of a GEMM conv: the chunks (bounds in {@link KernelPlan.Gemm#units}) that both threads take
     * from a shared counter: pixel blocks in at most {@link #maxChunks} runs, or whole channel tiles in
     * {@link #channelChunks} near-equal runs (each channel chunk redoes the block's tap copy unless flat). Two by
     * default: side by side (quiet machine) 16 block / 4 channel chunks took 1.01-1.04x the time of two on resnet50,
     * mobilenet_v2 and googlenet (B's panel is re-read per chunk). The shared counter still lets a late worker take less.
     */
    static long[] chunks(KernelPlan.Gemm p, netc.ir.Target t) {
        if (p.byPixels()) return even(p.blocks(), 1, Math.min(p.blocks(), maxChunks(t)));
        long tiles = ceilDiv(p.outC(), MR);
        return even(p.outC(), MR, Math.min(tiles, channelChunks(t)));
    }

    /** Most chunks per layer ({@code -Dnetc.native.chunks=N} to compare; 2 is the old static halves for blocks). */
    static long maxChunks(netc.ir.Target t) { return t.option("chunks", 2); }

    /** Chunks of a channel split ({@code -Dnetc.native.channelChunks=N} to compare; 2 is the old static halves). */
    static long channelChunks(netc.ir.Target t) { return t.option("channelChunks", 2); }

    /**
     * Bounds of {@code k} near-equal chunks of {@code [0, units)}, cut at multiples of {@code grain} (the last bound is
     * units itself); chunks that would be empty are dropped.
     */
    static long[] even(long units, long grain, long k) {
        long grains = ceilDiv(units, grain);
        k = Math.max(1, Math.min(k, grains));
        java.util.List<Long> b = new java.util.ArrayList<>(java.util.List.of(0L));
        for (long j = 1; j < k; j++) {
            long at = Math.min(units, (grains * j + k / 2) / k * grain);
            if (at > b.getLast()) b.add(at);
        }
        if (units > b.getLast()) b.add(units);
        return b.stream().mapToLong(Long::longValue).toArray();
    }

    /** A channel cut of whole channel tiles (see {@link KernelPlan.Gemm#cut}). */
    static long split(Op.Conv c) { return c.outC() / 2 / MR * MR; }

    /** Scratch floats for the im2col or packed panel (none when a 1x1 conv reads B in place), or Winograd's. */
    static long scratchFloats(KernelPlan plan) {
        if (plan instanceof KernelPlan.Winograd w) return w.scratch();
        KernelPlan.Gemm p = (KernelPlan.Gemm) plan;
        return !p.im2col() && !p.packB() ? 0 : p.kc() * roundUp(p.cols(), NR);
    }

    /** The conv as its plan (a GEMM or Winograd one, from the plan pass's ConvPlans) says. */
    static void conv(IrWriter ir, Op.Conv c, KernelPlan plan, Operand x, Operand y, Operand r, long wOff, long bOff, String scratch) {
        if (plan instanceof KernelPlan.Winograd w) {
            WinogradConv.conv(ir, c, w, x, y, r, wOff, bOff, scratch);
            return;
        }
        KernelPlan.Gemm p = (KernelPlan.Gemm) plan;
        if (p.mr() != MR || p.nr() != NR) throw new IllegalArgumentException("plan for a " + p.mr() + "x" + p.nr() + " micro-kernel, this one is " + MR + "x" + NR);
        long cols = p.cols(), full = p.full(), rest = p.rest();
        String chLo = p.byPixels() ? "0" : "%lo", chHi = p.byPixels() ? IrWriter.num(c.outC()) : "%hi";
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b), rb = r == null ? null : r.image(ir, b);
            Rows rows = new Rows(chLo, chHi);
            if (p.byPixels()) {
                ir.loop("blk", "%lo", ir.min("%hi", IrWriter.num(full)), blk ->
                        block(ir, c, x, y, p, xb, yb, rb, ir.mul(blk, cols), cols, wOff, bOff, scratch, rows));
                if (rest > 0) ir.when(ir.value("icmp eq i64 %hi, " + p.blocks()), () ->
                        block(ir, c, x, y, p, xb, yb, rb, IrWriter.num(full * cols), rest, wOff, bOff, scratch, rows));
            } else {
                ir.loop("blk", "0", IrWriter.num(full), blk -> block(ir, c, x, y, p, xb, yb, rb, ir.mul(blk, cols), cols, wOff, bOff, scratch, rows));
                if (rest > 0) block(ir, c, x, y, p, xb, yb, rb, IrWriter.num(full * cols), rest, wOff, bOff, scratch, rows);
            }
        });
    }

    /** The output channels {@code [lo, hi)} a kernel call computes (i64 values or constants). */
    record Rows(String lo, String hi) {}

    /**
     * Pixels [n0, n0 + nb) of every output channel in [%lo, %hi), K block by K block (the plan's {@code icb} input
     * channels each): the first block's tiles start from zero, the others from the partial sums stored in y (which never
     * shares memory with the conv's inputs), the last applies the epilogue.
     */
    private static void block(IrWriter ir, Op.Conv c, Operand x, Operand y, KernelPlan.Gemm p, String xb, String yb, String rb, String n0, long nb,
                              long wOff, long bOff, String scratch, Rows rows) {
        long icb = p.icb(), kFull = x.c() / icb, icRest = x.c() % icb;
        ir.loop("kb", "0", IrWriter.num(kFull), kb -> {
            String first = kFull == 1 ? "true" : ir.value("icmp eq i64 " + kb + ", 0");
            String last = icRest > 0 ? "false" : kFull == 1 ? "true" : ir.value("icmp eq i64 " + kb + ", " + (kFull - 1));
            kBlock(ir, c, p, x, y, xb, yb, rb, n0, nb, ir.mul(kb, icb), icb, first, last, wOff, bOff, scratch, rows);
        });
        if (icRest > 0) kBlock(ir, c, p, x, y, xb, yb, rb, n0, nb, IrWriter.num(kFull * icb), icRest, kFull == 0 ? "true" : "false", "true", wOff, bOff, scratch, rows);
    }

    /** Input channels [ic0, ic0 + icn) of the block: pack B (unless flat), then every channel tile's pixel tiles. */
    private static void kBlock(IrWriter ir, Op.Conv c, KernelPlan.Gemm p, Operand x, Operand y, String xb, String yb, String rb, String n0, long nb, String ic0,
                               long icn, String first, String last, long wOff, long bOff, String scratch, Rows rows) {
        long taps = (long) c.kh() * c.kw(), K = x.c() * taps, kn = icn * taps;
        boolean flat = flat(c);
        String bBase;
        long bStride;
        boolean panels = p.packB();
        if (panels) {
            pack(ir, ir.at(xb, ir.add(n0, ir.mul(ic0, x.hw()))), x.hw(), kn, nb, scratch);
            bBase = scratch;
            bStride = NR;
        } else if (flat) {
            bBase = ir.at(xb, ir.add(n0, ir.mul(ic0, x.hw())));
            bStride = x.hw();
        } else {
            bStride = roundUp(nb, NR);
            im2col(ir, c, x, xb, ic0, icn, ir.div(n0, y.w()), nb / y.w(), y.w(), bStride, scratch);
            bBase = scratch;
        }
        String aBase = ir.at("%w", ir.add(ir.mul(ir.mul(ic0, taps), MR), wOff));
        Gemm gm = new Gemm(c.epilogue(), K, kn, aBase, bBase, bStride, !flat || panels, panels, yb, y.hw(), rb, n0, first, last, bOff);
        if (flat && p.pixelsOuter(nb)) { // packed or in place, as the plan says
            if (!panels) ir.comment("gemm-1x1 direct-b: pixel tiles outside, B's column of the K block read in place");
            pixelTilesOutside(ir, gm, nb, c.outC(), rows);
        }
        else gemm(ir, gm, nb, c.outC(), rows, p.pixelsOuter(nb));
    }

    /**
     * Copies {@code kn} rows of {@code nb} floats ({@code stride} apart from {@code src}) into micro-panels of 16
     * columns: element (k, j) at {@code (j / 16) 16 kn + 16 k + j % 16}, zeros past column nb. A micro-panel (16 KB at
     * 256 rows) then stays in L1 while every channel tile reads it, where the rows of a plane would touch a cache line
     * or two per row from L2.
     */
    private static void pack(IrWriter ir, String src, long stride, long kn, long nb, String dst) {
        long full = nb / NR, rest = nb % NR;
        ir.loop("k", "0", IrWriter.num(kn), k -> {
            String row = ir.at(src, ir.mul(k, stride)), to = ir.at(dst, ir.mul(k, NR));
            ir.loop("p", "0", IrWriter.num(full), pn -> {
                String from = ir.at(row, ir.mul(pn, NR)), at = ir.at(to, ir.mul(pn, NR * kn));
                for (int v = 0; v < NR / ConvKernels.LANES; v++) ir.vstore(ir.vload(ir.at(from, (long) v * ConvKernels.LANES)), ir.at(at, (long) v * ConvKernels.LANES));
            });
            if (rest > 0) {
                String from = ir.at(row, full * NR), at = ir.at(to, full * NR * kn);
                for (int v = 0; v < NR / ConvKernels.LANES; v++) {
                    String val = v * ConvKernels.LANES >= rest ? "zeroinitializer" : load(ir, ir.at(from, (long) v * ConvKernels.LANES), (int) rest, v);
                    ir.vstore(val, ir.at(at, (long) v * ConvKernels.LANES));
                }
            }
        });
    }

    /** Channel tiles {@code [rows.lo / 6, rows.hi / 6)} of an M-row GEMM, and the short last tile when rows.hi is M. */
    static void gemm(IrWriter ir, Gemm gm, long nb, long M, Rows rows) { gemm(ir, gm, nb, M, rows, ConvPlans.pixelsOuter(ir.target(), M, nb)); }

    /** As above, the loop order over packed panels given ({@code pixelsOuter}: pixel tiles outside). */
    static void gemm(IrWriter ir, Gemm gm, long nb, long M, Rows rows, boolean pixelsOuter) {
        long mFull = M / MR, mRest = M % MR;
        if (gm.panels() && pixelsOuter) {
            pixelTilesOutside(ir, gm, nb, M, rows);
            return;
        }
        String hiTile = ir.min(ir.div(rows.hi(), MR), IrWriter.num(mFull));
        ir.loop("mt", ir.div(rows.lo(), MR), hiTile, mt -> tiles(ir, gm, nb, mt, MR));
        if (mRest > 0) ir.when(IrWriter.isConst(rows.hi()) ? "true" : ir.value("icmp eq i64 " + rows.hi() + ", " + M),
                () -> tiles(ir, gm, nb, IrWriter.num(mFull), (int) mRest));
    }

    /**
     * Pixel tiles outside: B's micro-panel (or, read in place, its 16-pixel column of the K block) stays in L1 while
     * every channel tile's A micro-panel streams from L2.
     */
    private static void pixelTilesOutside(IrWriter ir, Gemm gm, long nb, long M, Rows rows) {
        long nFull = nb / NR, nRest = nb % NR;
        ir.loop("nt", "0", IrWriter.num(nFull), nt -> channelTiles(ir, gm, ir.mul(nt, NR), NR, M, rows));
        if (nRest > 0) channelTiles(ir, gm, IrWriter.num(nFull * NR), (int) nRest, M, rows);
    }

    /** Pixel tile {@code [j0, j0 + cols)} of channel tiles {@code [rows.lo / 6, rows.hi / 6)} (and the short last). */
    private static void channelTiles(IrWriter ir, Gemm gm, String j0, int cols, long M, Rows rows) {
        long mFull = M / MR, mRest = M % MR;
        String hiTile = ir.min(ir.div(rows.hi(), MR), IrWriter.num(mFull));
        ir.loop("mt", ir.div(rows.lo(), MR), hiTile, mt -> tile(ir, gm, j0, cols, mt, MR));
        if (mRest > 0) ir.when(IrWriter.isConst(rows.hi()) ? "true" : ir.value("icmp eq i64 " + rows.hi() + ", " + M),
                () -> tile(ir, gm, j0, cols, IrWriter.num(mFull), (int) mRest));
    }

    /**
     * What the tiles of one K block share: A's block starts at {@code aBase} (panel t at {@code aBase + 6Kt}), B row
     * k at {@code bBase + k bStride} (zeros up to 16 columns when {@code padded}, else edge lanes are masked), or,
     * when {@code panels}, in micro-panels (see {@link #pack}; bStride 16);
     * {@code first} and {@code last} are i1 values or constants. Row m of the result starts at
     * {@code yb + m yStride + n0}; the last K block applies bias (at {@code bOff}), residual and activation unless
     * {@code epilogue} is null (then it stores the plain sums).
     */
    record Gemm(Epilogue epilogue, long K, long kn, String aBase, String bBase, long bStride, boolean padded, boolean panels, String yb, long yStride, String rb,
                String n0, String first, String last, String bOff) {
        /** With the bias at a constant offset from {@code %w}; the canonical form takes an i64 value (a K block's bias). */
        Gemm(Epilogue epilogue, long K, long kn, String aBase, String bBase, long bStride, boolean padded, boolean panels, String yb, long yStride, String rb,
             String n0, String first, String last, long bOff) {
            this(epilogue, K, kn, aBase, bBase, bStride, padded, panels, yb, yStride, rb, n0, first, last, IrWriter.num(bOff));
        }
    }

    /** The block's pixel tiles for channel tile {@code mt} of {@code rows} channels. */
    private static void tiles(IrWriter ir, Gemm gm, long nb, String mt, int rows) {
        long nFull = nb / NR, nRest = nb % NR;
        ir.loop("nt", "0", IrWriter.num(nFull), nt -> tile(ir, gm, ir.mul(nt, NR), NR, mt, rows));
        if (nRest > 0) tile(ir, gm, IrWriter.num(nFull * NR), (int) nRest, mt, rows);
    }

    private static String not(IrWriter ir, String cond) {
        return cond.equals("true") ? "false" : cond.equals("false") ? "true" : ir.value("xor i1 " + cond + ", true");
    }

    /** One micro-tile: {@code rows} channels from {@code 6 mt} x {@code cols} pixels from {@code n0 + j0}, over the K block. */
    private static void tile(IrWriter ir, Gemm gm, String j0, int cols, String mt, int rows) {
        if (cols <= narrow(ir) && cols < NR) {
            narrowTile(ir, gm, j0, cols, mt, rows);
            return;
        }
        int V = (cols + ConvKernels.LANES - 1) / ConvKernels.LANES;
        String[] dst = new String[rows], res = new String[rows];
        for (int i = 0; i < rows; i++) {
            String at = ir.add(ir.add(ir.mul(ir.add(ir.mul(mt, MR), i), gm.yStride()), gm.n0()), j0);
            dst[i] = ir.at(gm.yb(), at);
            res[i] = gm.rb() == null ? null : ir.at(gm.rb(), at);
        }
        String[][] acc = new String[rows][V];
        for (int i = 0; i < rows; i++) for (int v = 0; v < V; v++) acc[i][v] = ir.vecVar();
        ir.when(not(ir, gm.first()), () -> {
            for (int i = 0; i < rows; i++) for (int v = 0; v < V; v++) {
                ir.line("store <8 x float> " + load(ir, ir.at(dst[i], (long) v * ConvKernels.LANES), cols, v) + ", ptr " + acc[i][v] + ", align 32");
            }
        });
        String a = ir.at(gm.aBase(), ir.mul(mt, MR * gm.K())), bcol = ir.at(gm.bBase(), gm.panels() ? ir.mul(j0, gm.kn()) : j0);
        ir.loop("k", "0", IrWriter.num(gm.kn()), k -> {
            String brow = ir.at(bcol, ir.mul(k, gm.bStride())), arow = ir.at(a, ir.mul(k, MR));
            String[] bv = new String[V];
            for (int v = 0; v < V; v++) {
                String p = ir.at(brow, (long) v * ConvKernels.LANES);
                bv[v] = gm.padded() ? ir.vload(p) : load(ir, p, cols, v);
            }
            for (int i = 0; i < rows; i++) {
                String wv = ir.splat(ir.load(arow, IrWriter.num(i)));
                for (int v = 0; v < V; v++) {
                    ir.line("store <8 x float> " + ir.vfma(wv, bv[v], ir.vload(acc[i][v])) + ", ptr " + acc[i][v] + ", align 32");
                }
            }
        });
        if (gm.epilogue() != null) ir.when(gm.last(), () -> epilogue(ir, gm, dst, res, acc, cols, mt));
        ir.when(gm.epilogue() == null ? "true" : not(ir, gm.last()), () -> {
            for (int i = 0; i < rows; i++) for (int v = 0; v < V; v++) store(ir, ir.vload(acc[i][v]), ir.at(dst[i], (long) v * ConvKernels.LANES), cols, v);
        });
    }

    /**
     * A tail of {@code cols} (at most {@link #narrow}) pixels, channel-wise: an accumulator per pixel holds the tile's
     * 6 channels in its lanes (A's panel row is those 6 weights), each tap a masked load of that row and one broadcast
     * of B per pixel. The taps go round {@code U} sets of accumulators so that up to 12 FMA chains are in flight.
     */
    private static void narrowTile(IrWriter ir, Gemm gm, String j0, int cols, String mt, int rows) {
        int U = Math.max(1, Math.min(4, 12 / cols));
        String[][] acc = new String[U][cols];
        for (int u = 0; u < U; u++) for (int j = 0; j < cols; j++) acc[u][j] = ir.vecVar();
        String[] dst = new String[rows], res = new String[rows];
        for (int i = 0; i < rows; i++) {
            String at = ir.add(ir.add(ir.mul(ir.add(ir.mul(mt, MR), i), gm.yStride()), gm.n0()), j0);
            dst[i] = ir.at(gm.yb(), at);
            res[i] = gm.rb() == null ? null : ir.at(gm.rb(), at);
        }
        ir.when(not(ir, gm.first()), () -> {
            for (int j = 0; j < cols; j++) {
                String v = "zeroinitializer";
                for (int i = 0; i < rows; i++) v = insert(ir, v, ir.load(dst[i], IrWriter.num(j)), i);
                ir.line("store <8 x float> " + v + ", ptr " + acc[0][j] + ", align 32");
            }
        });
        String a = ir.at(gm.aBase(), ir.mul(mt, MR * gm.K())), bcol = ir.at(gm.bBase(), gm.panels() ? ir.mul(j0, gm.kn()) : j0);
        java.util.function.BiConsumer<String, Integer> tap = (k, u) -> {
            String av = ir.maskedLoad(ir.at(a, ir.mul(k, MR)), rows), brow = ir.at(bcol, ir.mul(k, gm.bStride()));
            for (int j = 0; j < cols; j++) {
                String bj = ir.splat(ir.load(brow, IrWriter.num(j)));
                ir.line("store <8 x float> " + ir.vfma(av, bj, ir.vload(acc[u][j])) + ", ptr " + acc[u][j] + ", align 32");
            }
        };
        long main = gm.kn() / U;
        ir.loop("kq", "0", IrWriter.num(main), kq -> {
            for (int u = 0; u < U; u++) tap.accept(ir.add(ir.mul(kq, U), u), u);
        });
        if (main * U < gm.kn()) ir.loop("k", IrWriter.num(main * U), IrWriter.num(gm.kn()), k -> tap.accept(k, 0));
        String[] sum = new String[cols];
        for (int j = 0; j < cols; j++) {
            sum[j] = ir.vload(acc[0][j]);
            for (int u = 1; u < U; u++) sum[j] = ir.vadd(sum[j], ir.vload(acc[u][j]));
        }
        Epilogue e = gm.epilogue();
        if (e != null) ir.when(gm.last(), () -> {
            boolean inRegisters = IrWriter.vectorActivation(e.act());
            String bias = ir.maskedLoad(ir.at("%w", ir.add(ir.mul(mt, MR), gm.bOff())), rows);
            for (int j = 0; j < cols; j++) {
                String val = ir.vadd(sum[j], bias);
                if (e.residual()) {
                    String r = "zeroinitializer";
                    for (int i = 0; i < rows; i++) r = insert(ir, r, ir.load(res[i], IrWriter.num(j)), i);
                    val = ir.vadd(val, r);
                }
                if (inRegisters) val = ir.vactivation(e.act(), e.alpha(), val);
                for (int i = 0; i < rows; i++) {
                    String s = ir.value("extractelement <8 x float> " + val + ", i32 " + i);
                    ir.store(inRegisters ? s : ir.activation(e.act(), e.alpha(), s), dst[i], IrWriter.num(j));
                }
            }
        });
        ir.when(e == null ? "true" : not(ir, gm.last()), () -> {
            for (int j = 0; j < cols; j++) for (int i = 0; i < rows; i++) {
                ir.store(ir.value("extractelement <8 x float> " + sum[j] + ", i32 " + i), dst[i], IrWriter.num(j));
            }
        });
    }

    private static String insert(IrWriter ir, String vec, String scalar, int lane) {
        return ir.value("insertelement <8 x float> " + (vec.equals("zeroinitializer") ? "zeroinitializer" : vec) + ", float " + scalar + ", i32 " + lane);
    }

    /** Vector v of a tile {@code cols} wide: a full load, or a masked one at the edge. */
    private static String load(IrWriter ir, String p, int cols, int v) {
        int lanes = Math.min(ConvKernels.LANES, cols - v * ConvKernels.LANES);
        return lanes == ConvKernels.LANES ? ir.vload(p) : ir.maskedLoad(p, lanes);
    }

    private static void store(IrWriter ir, String val, String p, int cols, int v) {
        int lanes = Math.min(ConvKernels.LANES, cols - v * ConvKernels.LANES);
        if (lanes == ConvKernels.LANES) ir.vstore(val, p);
        else ir.maskedStore(val, p, lanes);
    }

    /** Bias, residual and activation in registers, then the store. */
    private static void epilogue(IrWriter ir, Gemm gm, String[] dst, String[] res, String[][] acc, int cols, String mt) {
        Epilogue e = gm.epilogue();
        boolean inRegisters = IrWriter.vectorActivation(e.act());
        for (int i = 0; i < dst.length; i++) {
            String bias = ir.splat(ir.load("%w", ir.add(ir.add(ir.mul(mt, MR), i), gm.bOff())));
            for (int v = 0; v < acc[i].length; v++) {
                long off = (long) v * ConvKernels.LANES;
                String val = ir.vadd(ir.vload(acc[i][v]), bias);
                if (e.residual()) val = ir.vadd(val, load(ir, ir.at(res[i], off), cols, v));
                if (inRegisters) val = ir.vactivation(e.act(), e.alpha(), val);
                store(ir, val, ir.at(dst[i], off), cols, v);
            }
            if (!inRegisters) {
                String d = dst[i];
                ir.loop("j", "0", IrWriter.num(cols), j -> {
                    String p = ir.at(d, j);
                    ir.store(ir.activation(e.act(), e.alpha(), ir.load(p)), p);
                });
            }
        }
    }

    /**
     * The taps of input channels [ic0, ic0 + icn) for output rows [oh0, oh0 + rows) into a panel of
     * {@code icn * kh * kw} rows of {@code stride} floats (pixel
     * {@code r * OW + ow} of the block at column {@code r * OW + ow}; zeros where a tap falls outside the input
     * and in the columns past the block).
     */
    static void im2col(IrWriter ir, Op.Conv c, Operand x, String xb, String ic0, long icn, String oh0, long rows, long OW, long stride,
                               String panel) {
        long taps = (long) c.kh() * c.kw();
        // input channels ahead whose rows are prefetched: about 2K floats of copying ahead
        long prefetch = prefetchFloats(ir), ahead = prefetch <= 0 ? 0 : Math.max(1, ceilDiv(prefetch, taps * rows * OW));
        ir.loop("ic", "0", IrWriter.num(icn), ic -> {
            String plane = ir.at(xb, ir.mul(ir.add(ic0, ic), x.hw()));
            ir.loop("ky", "0", IrWriter.num(c.kh()), ky -> {
                for (int kx = 0; kx < c.kw(); kx++) { // unrolled: each tap's valid column range is a constant
                    String k = ir.add(ir.add(ir.mul(ic, taps), ir.mul(ky, c.kw())), kx);
                    String dst = ir.at(panel, ir.mul(k, stride));
                    long off = (long) kx * c.dw() - c.padL();
                    long lo = Math.min(OW, off >= 0 ? 0 : ceilDiv(-off, c.sw()));
                    long hi = Math.max(lo, Math.min(OW, x.w() - 1 - off < 0 ? 0 : (x.w() - 1 - off) / c.sw() + 1));
                    boolean firstTap = kx == 0;
                    ir.loop("r", "0", IrWriter.num(rows), rr -> {
                        String ih = ir.add(ir.add(ir.mul(ir.add(oh0, rr), c.sh()), ir.mul(ky, c.dh())), -c.padT());
                        String drow = ir.at(dst, ir.mul(rr, OW));
                        String inside = ir.inRange(ih, 0, x.h());
                        String xrow = ir.at(plane, ir.mul(ir.value("select i1 " + inside + ", i64 " + ih + ", i64 0"), x.w()));
                        if (firstTap && ahead > 0) prefetchRow(ir, xrow, ahead * x.hw(), x.w());
                        ir.loop("z", "0", IrWriter.num(lo), j -> ir.store("0.0", drow, j));
                        ir.loop("z", IrWriter.num(hi), IrWriter.num(OW), j -> ir.store("0.0", drow, j));
                        if (c.sw() <= 2 && vectorIm2col(ir)) {
                            rowVector(ir, xrow, drow, inside, lo, hi, off, c.sw(), x.w());
                        } else {
                            ir.loop("ow", IrWriter.num(lo), IrWriter.num(hi), ow -> {
                                String v = ir.load(xrow, ir.add(ir.mul(ow, c.sw()), off));
                                ir.store(ir.value("select i1 " + inside + ", float " + v + ", float 0.0"), drow, ow);
                            });
                        }
                    });
                    ir.loop("z", IrWriter.num(rows * OW), IrWriter.num(stride), j -> ir.store("0.0", dst, j));
                }
            });
        });
    }

    /** Floats of panel copying im2col prefetches input rows ahead by (target option {@code prefetch}; 0: none). */
    static long prefetchFloats(IrWriter ir) { return ir.target().option("prefetch", 2048); }

    /** Prefetches the {@code w} floats {@code dist} floats past {@code row} (maybe past the tensor: a prefetch never faults). */
    private static void prefetchRow(IrWriter ir, String row, long dist, long w) {
        ir.declare("declare void @llvm.prefetch.p0(ptr, i32 immarg, i32 immarg, i32 immarg)");
        for (long f = 0; f < w; f += 16) {
            String at = ir.value("getelementptr float, ptr " + row + ", i64 " + (dist + f));
            ir.line("call void @llvm.prefetch.p0(ptr " + at + ", i32 0, i32 3, i32 1)");
        }
    }

    /** Whether im2col copies a tap's row eight pixels at a time (target option {@code vectorIm2col=false}: one at a time, to compare). */
    static boolean vectorIm2col(IrWriter ir) { return !ir.target().off("vectorIm2col"); }

    /**
     * Pixels [lo, hi) of one tap's row of the panel ({@code drow[ow] = xrow[s ow + off]}, zeros unless {@code inside}),
     * eight at a time: stride 1 one load, stride 2 the even lanes of two loads (a shuffle, as the stem kernel splits its
     * rows), the last {@code (hi - lo) % 8} pixels one at a time; no load reaches past the row's last tap. The scalar
     * copy took a tenth of a 1x1/s2 conv's time (a store and an address per pixel).
     */
    private static void rowVector(IrWriter ir, String xrow, String drow, String inside, long lo, long hi, long off, int s, long w) {
        int lanes = ConvKernels.LANES;
        long n = hi - lo, groups = n / lanes, tail = n % lanes;
        // a group of stride 2 loads 16 floats, one past its last tap: the row's last group masks that one unless the row has it
        boolean tight = s == 2 && tail == 0 && groups > 0 && 2 * (hi - 1) + off + 1 >= w;
        java.util.function.BiFunction<String, Integer, String> group = (ow, k) -> {
            String src = ir.at(xrow, ir.add(ir.mul(ow, s), off));
            String v;
            if (s == 1) v = k == lanes ? ir.vload(src) : ir.maskedLoad(src, k);
            else {
                int span = 2 * k; // floats the group may read; with k < 8 or at the row's end, the last one is not a tap
                if (k < lanes || ow.equals(IrWriter.num(hi - lanes)) && tight) span = 2 * k - 1;
                String a = span >= lanes ? ir.vload(src) : ir.maskedLoad(src, span);
                String b = span > lanes ? (span == 2 * lanes ? ir.vload(ir.at(src, lanes)) : ir.maskedLoad(ir.at(src, lanes), span - lanes)) : "zeroinitializer";
                v = ir.value("shufflevector <8 x float> " + a + ", <8 x float> " + b + ", <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>");
            }
            return ir.value("select i1 " + inside + ", <8 x float> " + v + ", <8 x float> zeroinitializer");
        };
        long loop = tight ? groups - 1 : groups;
        ir.loop("g", "0", IrWriter.num(loop), g -> {
            String ow = ir.add(ir.mul(g, lanes), lo);
            ir.vstore(group.apply(ow, lanes), ir.at(drow, ow));
        });
        if (tight) {
            String ow = IrWriter.num(hi - lanes);
            ir.vstore(group.apply(ow, lanes), ir.at(drow, ow));
        }
        // the last pixels one at a time: a masked store (vmaskmovps) cost more than the scalar copy on Zen 3 (7x7 planes)
        ir.loop("ow", IrWriter.num(lo + groups * lanes), IrWriter.num(hi), ow -> {
            String v = ir.load(xrow, ir.add(ir.mul(ow, s), off));
            ir.store(ir.value("select i1 " + inside + ", float " + v + ", float 0.0"), drow, ow);
        });
    }

    private static long ceilDiv(long a, long b) { return (a + b - 1) / b; }

    private static long roundUp(long a, long b) { return ceilDiv(a, b) * b; }
}
