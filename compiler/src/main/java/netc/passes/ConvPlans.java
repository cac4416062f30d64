package netc.passes;

import netc.ir.KernelPlan;
import netc.ir.Op;
import netc.ir.Target;

/**
 * The conv decisions of the plan pass, for a {@link Target} with the native backend's kernels (moved here from its
 * GemmConv and WinogradConv, with their measurements): which algorithm, and for the GEMM and Winograd convs their
 * blocking, packing, loop order and thread range. Each decision has a target option to force it (to compare).
 */
public final class ConvPlans {
    private ConvPlans() {}

    /** Taps (rows of B) per K block: a 6 x 256 A micro-panel and a 256 x 16 B micro-panel take 22 KB of the 32 KB L1 ({@code kc=N}). */
    public static final long KC = 256;

    /** Widest pixel tail the GEMM computes channel-wise (the backend's narrow tile; {@code narrow=0} switches it off). */
    public static final int NARROW = 5;

    /**
     * Largest output plane (14x14) whose GEMM takes up to 512 taps in one K block rather than two of 256
     * ({@code wholeK=false}: two): a second K block stores and reloads every partial sum, and on a plane this small
     * (49 pixels: three 16-pixel tiles and a narrow one per channel tile) that costs more than the A and B
     * micro-panels' spilling out of L1. Per-layer minima on resnet50, one thread, alternating builds, two runs: the
     * 512->2048 1x1s at 7x7 0.78-0.87 of the time, the 1x1/s2 512->1024 at 14x14 0.93-0.97; with it on every plane
     * the 28x28 layers were within noise.
     */
    static final long WHOLE_K_PIXELS = 196;

    /** Default {@code directB}: see {@link #packs}. */
    static final long DIRECT_B = 96;

    static final long DIRECT_MIN_PIXELS = 196;

    /**
     * Most taps per K block of a 1x1 conv reading B in place ({@code directKc=N}), blocks evened out (576 = 3 x 192
     * rather than 256 + 256 + 64). With pixel tiles outside (see {@link #DIRECT_OUTER_MIN_K}) a 16-pixel column of B,
     * 192 rows of one or two cache lines each (the rows are a plane apart, seldom aligned), stays in L1 while every
     * channel tile reads it. Per-layer minima, mobilenet_v2, one thread: 384 -> 64 and 384 -> 96 at 14x14 (one block of
     * 384 before, {@link #WHOLE_K_PIXELS}) 0.89-0.95 of the time with 192 even with channel tiles outside.
     */
    static final long DIRECT_KC = 192;

    /**
     * Fewest taps per K block for which a 1x1 conv reading B in place puts the pixel tiles outside (when it has at most
     * as many channels as the block pixels, as over packed panels): each 16-pixel column of the K block is read from
     * L2 once into L1 and every channel tile's A micro-panel (6 x kc, from L2) runs over it, where channel tiles outside
     * re-read all of B's block from L2 per 6 channels. Per-layer minima, mobilenet_v2, one thread, load 6-9: the
     * projects 144 -> 24 at 56x56 0.91-0.94 of the time, 576 -> 96 at 14x14 0.91-0.95 (with K blocks of 128 or 192),
     * 384 -> 64 0.92; with K blocks of 16 and 32 (the 112x112 layers, whose A panels are tiny) 1.11-1.23, hence the
     * bound. {@code directOuter=false} switches both this and {@link #DIRECT_KC} off (channel tiles outside, K blocks as
     * for packed panels), to compare.
     */
    static final long DIRECT_OUTER_MIN_K = 64;

    /** Default smallest output side for F(4x4) ({@code winograd4=N}). */
    static final long F4_MIN_SIDE = 56;

    /**
     * The algorithm for conv {@code c} on {@code inC} channels with an {@code outH x outW} output: ungrouped convs on the
     * GEMM ({@code gemm=false}: the direct kernels), those the winograd pass marked by Winograd when their activation
     * runs in registers ({@code winograd=false}: GEMM), depthwise ones with stride 1 or 2 across on the depthwise kernel
     * ({@code depthwise=false}: direct), the rest direct. Ungrouped stride-2 convs on at most {@link #STEM_MAX_TAPS}
     * taps take the stem kernel ({@code stem=false}: GEMM).
     */
    public static KernelPlan conv(Target t, Op.Conv c, long inC, long outH, long outW) {
        if (!t.off("gemm") && c.groups() == 1) {
            if (stem(t, c, inC)) return new KernelPlan.Stem(inC * c.kh() * c.kw(), outH, mr(t), nr(t));
            if (c.winograd() && t.vectorActivations().contains(c.epilogue().act()) && !t.off("winograd")) return winograd(t, c, inC, outH, outW);
            if (ocGemm(t, c, inC, outH * outW)) return ocGemmPlan(t, c, inC, outH * outW);
            return gemm(t, c, inC, outH, outW);
        }
        if (!t.off("depthwise") && inC > 1 && c.groups() == inC && (c.sw() == 1 || c.sw() == 2)) return new KernelPlan.Direct("depthwise");
        return new KernelPlan.Direct("direct");
    }

    /**
     * Most taps for the stem kernel: its im2col would be short (K = 27 for 3x3 on RGB) and wide, so copying it costs
     * about what the GEMM does; above this the im2col GEMM's K blocks amortise the copy.
     */
    static final long STEM_MAX_TAPS = 36;

    /** A network's stem: ungrouped (checked by the caller), stride 2 both ways, undilated, few taps. */
    static boolean stem(Target t, Op.Conv c, long inC) {
        return !t.off("stem") && c.sh() == 2 && c.sw() == 2 && c.dh() == 1 && c.dw() == 1 && inC * c.kh() * c.kw() <= STEM_MAX_TAPS;
    }

    /** Default taps per K block of the channel-vectorised GEMM ({@code ocGemm.kc=N}): see {@link #ocGemmPlan}. */
    static final long OC_GEMM_KC = 128;

    /** Default most output pixels for the channel-vectorised GEMM ({@code ocGemm.pixels=N}). */
    static final long OC_GEMM_PIXELS = 49;

    /**
     * Whether a GEMM conv runs on the channel-vectorised kernel ({@link KernelPlan.OcGemm}; {@code ocGemm=false}
     * switches it off): small planes, where the 6 x 16 tile's pixel tail and its B panel re-read per 6 channels cost
     * most, with at least one whole block of channels, and B, packed whole, within L2 (every channel tile reads it).
     * Per-layer minima of resnet50's 7x7 stage, two threads, loaded machine (load 5-7), against the 6 x 16 GEMM: 1x1
     * 512 -> 2048 and 2048 -> 512 664-728 us against 726-801, the 1x1/s2 downsample 1395 against 1550; the 3x3s
     * (K = 4608, B 958 KB) 1711-2220 against 1633-1704, hence the L2 bound, since tightened to 3/4 of L2 (the
     * weights' panels and the partial sums stream through the rest): the 1x1s with K = 2048 (B 426 KB), per-layer
     * medians on two threads, took 0.97x the time on the 6x16 GEMM (resnet50's 2048 -> 512) and 0.955x (resnext50's
     * 2048 -> 1024); K = 1024 (213 KB) was 1.025x there (resnext50's 1024 -> 2048), googlenet's K = 832 (346 KB)
     * even to 1.09x (its 832 -> 32 and -> 48), resnet18's 3x3/s2 K = 2304 (479 KB) even.
     */
    static boolean ocGemm(Target t, Op.Conv c, long inC, long pixels) {
        long packedB = inC * c.kh() * c.kw() * ceilDiv(pixels, ocPixels(t)) * ocPixels(t) * Float.BYTES;
        return !t.off("ocGemm") && pixels <= t.option("ocGemm.pixels", OC_GEMM_PIXELS) && c.outC() >= ocVectors(t) * t.vectorFloats()
                && packedB <= t.l2Bytes() * 3 / 4;
    }

    /**
     * Vectors of output channels per micro-tile: {@code ov x np} accumulators + {@code ov} weight vectors + 1
     * broadcast fill the registers (3 x 4 on AVX2's 16).
     */
    static int ocVectors(Target t) { return (int) t.option("ocGemm.vectors", 3); }

    /** Pixels per channel-vectorised micro-tile: what the registers leave, {@code (registers - 1 - ov) / ov}. */
    static int ocPixels(Target t) { return (t.registers() - 1 - ocVectors(t)) / ocVectors(t); }

    /**
     * The channel-vectorised GEMM's plan: K blocks of at most {@code kc} taps (the A micro-panel, 24 x 128, in L1), or,
     * for a 1x1, the whole K in one block where B, whole, stays in half of L2 ({@code ocGemm.wholeK=false} to compare): the
     * partial sums then never go to memory and back, and a 7x7 plane's few pixel tiles per block no longer pay a
     * block's start and end ~8 times. mobilenet_v2's 7x7 projects (K 576-960) and its 1280-channel conv (K 320), per-layer
     * medians on two threads: 0.87-0.94x and 0.98x the time in two runs, even in a third (the machine faster); the
     * 14x14 ones (B 300-450 KB), left in blocks, were 0.93-1.05x whole. Weights over 4 x L2 also keep the blocks:
     * resnet50's 7x7 512 -> 2048 and 1024 -> 2048/s2 (4-8 MB, streamed from memory once a call) took 1.013-1.021x
     * whole, their 128-tap A panels no longer in L1 for the pixel tiles. mobilenet_v1 0.985-0.99x, others even.
     */
    static KernelPlan.OcGemm ocGemmPlan(Target t, Op.Conv c, long inC, long pixels) {
        long taps = (long) c.kh() * c.kw(), icb = Math.min(inC, Math.max(1, t.option("ocGemm.kc", OC_GEMM_KC) / taps));
        long k = inC * taps;
        boolean wholeK = !t.off("ocGemm.wholeK") && !t.options().containsKey("ocGemm.kc") && flat(c) && k * pixels * Float.BYTES <= t.l2Bytes() / 2
                && k * c.outC() * Float.BYTES <= 4 * t.l2Bytes();
        if (wholeK) icb = inC;
        int ov = t.threads() > 1 && !t.options().containsKey("ocGemm.vectors") ? balancedVectors(t, c.outC()) : ocVectors(t);
        return new KernelPlan.OcGemm(!flat(c), ov, t.vectorFloats(), (t.registers() - 1 - ov) / ov, icb, icb * taps, pixels, c.outC());
    }

    /**
     * Vectors per micro-tile on two threads, which cut the channels at whole tiles: 3 (24 x 4) unless tiles of 2
     * (16 x 6) leave the slower thread fewer channel vectors, each counted {@link #TWO_VECTOR_COST} of a 3-vector
     * tile's. mobilenet_v2's 160-channel 7x7 projects: 72 | 88 channels (9 | 11 vectors) in tiles of 24, 80 | 80 in
     * tiles of 16, which took 0.91-0.93x the time per layer (two threads, per-layer medians, calls alternating); 960
     * -> 320 0.98x; the 960- and 1280-channel layers, already even in tiles of 24, 1.006-1.010x in tiles of 16.
     */
    static int balancedVectors(Target t, long outC) {
        int best = 3;
        double least = Double.MAX_VALUE;
        for (int ov : new int[] {3, 2}) {
            long cut = KernelPlan.OcGemm.cut(outC, ov, t.vectorFloats(), 1, 2);
            double slower = Math.max(ceilDiv(cut, t.vectorFloats()), ceilDiv(outC - cut, t.vectorFloats())) * (ov == 3 ? 1 : TWO_VECTOR_COST);
            if (slower < least) {
                least = slower;
                best = ov;
            }
        }
        return best;
    }

    /** A channel vector's cost in a 2-vector tile against a 3-vector one (per-layer medians, see {@link #balancedVectors}). */
    static final double TWO_VECTOR_COST = 1.02;

    /** Output channels per micro-tile: {@code 2 mr} accumulators + 2 input vectors + 1 broadcast fill the registers (6 on AVX2's 16). */
    static int mr(Target t) { return (t.registers() - 3) / 2; }

    /** Pixels per micro-tile: two vectors. */
    static int nr(Target t) { return 2 * t.vectorFloats(); }

    /** Floats of B per block of pixels: the panel stays in half of L2 while every channel tile reads it (64K on 512 KB). */
    static long panelFloats(Target t) { return t.l2Bytes() / Float.BYTES / 2; }

    public static boolean flat(Op.Conv c) {
        return c.kh() == 1 && c.kw() == 1 && c.sh() == 1 && c.sw() == 1 && c.padL() + c.padR() + c.padT() + c.padB() == 0;
    }

    /**
     * The GEMM's blocks and how two threads share them. The kernel's range is output channels (the threads share
     * every pixel block, and each copies the block's taps) or pixel blocks (an even number of them, so the halves
     * match; each thread copies only its own blocks' taps). Whichever leaves the slower thread fewer micro-tiles
     * wins: with 64 channels, a channel cut gives one thread 5 tiles of 6 channels and the other 5 plus the 4 left over.
     * {@code split=pixels|channels} forces one (pixels only where there are two blocks), to compare.
     */
    static KernelPlan.Gemm gemm(Target t, Op.Conv c, long inC, long outH, long outW) {
        int mr = mr(t), nr = nr(t);
        // input channels per K block: at most kc taps, so that A and B micro-panels share L1; small planes take up to
        // 2 kc taps in one block (see WHOLE_K_PIXELS)
        long taps = inC * c.kh() * c.kw(), kcMax = t.option("kc", KC), P = outH * outW;
        boolean flat = flat(c), packB = flat && packs(t, c, P), direct = flat && !packB && directOuter(t);
        if (direct) kcMax = t.option("directKc", DIRECT_KC);
        else if (!t.options().containsKey("kc") && !t.off("wholeK") && P <= WHOLE_K_PIXELS && taps <= 2 * kcMax) kcMax = taps;
        long icb = Math.min(inC, Math.max(1, kcMax / ((long) c.kh() * c.kw())));
        if (direct) icb = ceilDiv(inC, ceilDiv(inC, icb)); // even blocks
        long kc = icb * c.kh() * c.kw(), cols = blockCols(t, c, kc, outH, outW);
        // mCut undercounts the first thread's tiles where outC / mr rounds down (GemmConv.chunks gives it (mTiles + 1)
        // / 2): a bias towards pixel splits, where each thread reads half of B, that measured better than the exact
        // count (which moved 4-19 layers per network to channel splits: resnet50 1.01x the time, densenet121 1.01-1.02x,
        // squeezenet1_1 and ghostnet 1.01x, inception_v3 0.985x)
        long mTiles = ceilDiv(c.outC(), mr), mCut = c.outC() / 2 / mr;
        // slowest thread's micro-tiles per K step; a tap copy costs about a sixth of a tile step per pixel
        double copy = flat ? 0 : P / 6.0;
        double byChannels = Math.max(mCut, mTiles - mCut) * tiles(t, P, cols) + copy;
        long n = ceilDiv(P, cols);
        n += n % 2;
        long pcols = flat ? roundUp(ceilDiv(P, n), nr) : ceilDiv(outH, n) * outW;
        KernelPlan.Gemm pixels = gemm(t, c, icb, kc, pcols, P, true, false);
        double first = pixels.cut() * tileCost(t, pcols);
        double byPixels = pixels.blocks() < 2 ? Double.MAX_VALUE : mTiles * Math.max(first, tiles(t, P, pcols) - first) + copy / 2;
        String split = t.option("split", "auto");
        boolean pixelSplit = split.equals("pixels") ? pixels.blocks() >= 2 : !split.equals("channels") && byPixels < byChannels;
        return pixelSplit ? gemm(t, c, icb, kc, pcols, P, true, packB) : gemm(t, c, icb, kc, cols, P, false, packB);
    }

    private static KernelPlan.Gemm gemm(Target t, Op.Conv c, long icb, long kc, long cols, long P, boolean byPixels, boolean packB) {
        long rest = P % cols;
        // reading B in place, pixel tiles go outside only with K blocks of at least DIRECT_OUTER_MIN_K taps
        boolean ordered = packB || flat(c) && directOuter(t) && (kc >= DIRECT_OUTER_MIN_K || !t.option("order", "auto").equals("auto"));
        return new KernelPlan.Gemm(!flat(c), mr(t), nr(t), icb, kc, cols, P, byPixels, c.outC(), packB, ordered && pixelsOuter(t, c.outC(), cols),
                ordered && pixelsOuter(t, c.outC(), rest > 0 ? rest : cols));
    }

    /** Whether a 1x1 conv reading B in place follows the loop order and K blocks of {@link #DIRECT_OUTER_MIN_K} ({@code directOuter=false}: no). */
    static boolean directOuter(Target t) { return !t.off("directOuter"); }

    /** Pixels per block: whole output rows unless flat. */
    private static long blockCols(Target t, Op.Conv c, long kc, long outH, long outW) {
        int nr = nr(t);
        long target = Math.max(nr, panelFloats(t) / kc);
        if (flat(c)) return Math.min(outH * outW, Math.max(nr, target / nr * nr));
        return Math.min(outH, Math.max(1, target / outW)) * outW;
    }

    /** Micro-tiles of nr pixels in {@code P} pixels cut in blocks of {@code cols} (a narrow tail counted by its cost). */
    private static double tiles(Target t, long P, long cols) { return P / cols * tileCost(t, cols) + tileCost(t, P % cols); }

    /**
     * A block of {@code cols} pixels in full-tile units. Per tap a 16-pixel tile takes 12 FMAs and 8 loads, the masked
     * 8-wide tail of a 16-wide tile 6 FMAs and 7 loads whatever its width, a narrow tail of c pixels (up to
     * {@link #NARROW}) c FMAs and c + 1 loads: (c + 1) / 12 of a tile.
     */
    private static double tileCost(Target t, long cols) {
        int nr = nr(t);
        long rest = cols % nr;
        return cols / nr + (rest == 0 ? 0 : rest <= t.option("narrow", NARROW) ? (rest + 1) / 12.0 : 1);
    }

    /**
     * Whether a 1x1 conv with {@code pixels} output pixels copies B into micro-panels ({@code packb=true|false} forces
     * it): not with at most {@code directB} (96) output channels on planes of at least {@link #DIRECT_MIN_PIXELS}
     * ({@code directB=0} packs them all): with few channel tiles per pixel tile the copy costs more than the panels'
     * locality saves. Measured on mobilenet_v2's and resnet50's 1x1 shapes, one thread, side by side: reading directly
     * took 0.83-0.96 of the time with 16-96 output channels on planes of 14x14 and up (96->24 at 56x56 0.83, 384->64
     * at 14x14 0.89), 0.98-1.04 with 128 and more; at 7x7 packing wins (576->160 1.10, 960->160 1.12 direct), the rows
     * 49 floats apart and unaligned.
     */
    static boolean packs(Target t, Op.Conv c, long pixels) {
        String forced = t.options().get("packb");
        if (forced != null) return !"false".equals(forced);
        return !(c.outC() <= t.option("directB", DIRECT_B) && pixels >= DIRECT_MIN_PIXELS);
    }

    /**
     * Loop order of a block's micro-tiles over packed panels: pixel tiles outside (each B micro-panel read from L1 by
     * every channel tile, A's K block streamed once per pixel tile) unless A's block is the larger, M channels to
     * {@code nb} pixels (resnet50's 7x7 and 14x14 stages: a K block of 256 taps x 2048 channels is 2 MB of weights
     * for 49 pixels); then channel tiles outside, each A micro-panel read once into L1 and B's block from L2. Side by
     * side on one thread (CPU time, adjacent calls) the old order took 1.02-1.05 of the time on 512->2048 and
     * 2048->512 at 7x7 and 1024->256 at 14x14 (noisy machine). {@code order=pixels|channels} forces one.
     */
    public static boolean pixelsOuter(Target t, long M, long nb) { return pixelsOuter(t.option("order", "auto"), M, nb); }

    /** As above, with the {@code order} option's value. */
    public static boolean pixelsOuter(String order, long M, long nb) {
        return order.equals("pixels") || !order.equals("channels") && M <= nb;
    }

    /**
     * The Winograd plan: F(m x m) by {@link #winogradM}; blocks of whole tile rows chosen for the fewest padded
     * columns and tile rows past the output, a quarter worse when a block's V and M overflow L2, and on two threads
     * in proportion to the larger thread's share ({@code winograd.rows=N} forces N tile rows per block).
     * inception_v3's 32 -> 32 on 147 x 147 (37 tile rows, a prime) had taken one block cut by channels 12 | 20.
     */
    static KernelPlan.Winograd winograd(Target t, Op.Conv c, long inC, long outH, long outW) {
        int m = winogradM(t, outH, outW), lanes = t.vectorFloats();
        // a row of eight tiles reads 8m + 2 columns: two loads of 8m floats, at 0 and m
        long th = ceilDiv(outH, m), tw = ceilDiv(outW, m), pw = m * (ceilDiv(tw, lanes) * lanes + 1);
        long icb = Math.min(inC, t.option("kc", KC));
        long blockFloats = t.l2Bytes() / Float.BYTES; // V and M of a block should stay in L2
        KernelPlan.Winograd best = null;
        double bestCost = Double.MAX_VALUE;
        long forced = t.option("winograd.rows", 0);
        for (long rb = 1; rb <= th; rb++) {
            if (forced > 0 ? rb != Math.min(forced, th) : th % rb != 0 && 8 * (ceilDiv(th, rb) * rb - th) > th) continue; // at most 1/8 wasted
            KernelPlan.Winograd p = new KernelPlan.Winograd(m, th, tw, rb, pw, c.outC(), inC, icb, mr(t));
            double cost = ((double) p.tp() / p.tb() * (p.blocks() * rb) / th + (p.vm() > blockFloats ? 0.25 : 0)) * (t.threads() > 1 ? 2 * p.share() : 1);
            if (cost < bestCost - 1e-9) { best = p; bestCost = cost; }
        }
        return best;
    }

    /**
     * m of F(m x m, 3x3) for an {@code outH x outW} output: {@code winograd=2} or {@code =4} forces one; by default 4
     * when both sides are at least {@code winograd4} (56: ResNet's 56x56 stage, VGG's 224 to 56), 2 below. Per-layer
     * minima on resnet50's shapes (noisy shared machine, two runs): at 56x56 F(4x4) took 0.75-0.8x F(2x2)'s time; at
     * 28x28 0.83-1.4x (its weights, 36/9 the originals, stream from L3 for each block of few tiles, or a large block's
     * V and M leave L2); at 14x14 about the same (3.5 tiles of 4 per side).
     */
    static int winogradM(Target t, long outH, long outW) {
        String knob = t.option("winograd", "auto");
        if (knob.equals("2")) return 2;
        if (knob.equals("4")) return 4;
        return Math.min(outH, outW) >= t.option("winograd4", F4_MIN_SIDE) ? 4 : 2;
    }

    /** Default floats of an inverted residual's window: every expanded channel's halo rows ({@code irFloats=N}). */
    static final long IR_FLOATS = 48 * 1024;

    /** Default floats of its project panel per K block ({@code irPanel=N}), as the separable kernel's. */
    static final long IR_PANEL = 32 * 1024;

    /**
     * The inverted residual's bands and K blocks ({@code v} on an {@code inH x inW} input, {@code outH x outW} output).
     * Rows: the most whose window (every expanded channel's input rows of a band, with the depthwise's halo) takes at
     * most {@link #IR_FLOATS} floats times the stride, so that at stride 1 it stays in L2 with the project's panel; at
     * stride 2 a band's fixed costs (its input rows split in even and odd columns, the project's tail tiles) weigh on
     * half the output rows, and the larger window measured 0.91-0.97x the time of the L2-sized one on mobilenet_v2's
     * stride-2 blocks, one thread, CPU time (at stride 1 0.99-1.09x: kept there); then evened out over an even
     * number of bands for two threads ({@code irRows=N} forces N). K block of the depthwise and project: the most
     * expanded channels whose panel of the band's pixels takes at most {@link #IR_PANEL} floats, at most {@link #KC},
     * evened out over the blocks.
     */
    public static KernelPlan.InvertedResidual invertedResidual(Target t, Op.InvertedResidual v, long inH, long inW, long outH, long outW) {
        Op.Conv dw = v.depthwise();
        long s = dw.sh(), span = (long) (dw.kh() - 1) * dw.dh() + 1, hidden = dw.outC(), budget = t.option("irFloats", IR_FLOATS) * s;
        long rows = 1;
        while (rows < outH && hidden * Math.min(inH, rows * s + span) * inW <= budget) rows++;
        rows = Math.min(outH, t.option("irRows", rows));
        long n = ceilDiv(outH, rows);
        if (t.threads() > 1 && outH > 1) n = Math.max(2, n + n % 2);
        rows = ceilDiv(outH, n);
        if (t.threads() > 1 && outH % 2 == 0 && (outH / 2) % rows != 0 && !t.options().containsKey("irRows")) {
            // bands that do not divide each thread's half leave one thread more rows (28: 5 + 5 + 5 | 5 + 5 + 3):
            // take the next band height that does, if its window is at most half again the budget (per-layer medians:
            // mobilenet_v2's features.4, 28 rows, 7 | 7 in bands of 7 0.956x the time of 15 | 13 in bands of 5;
            // mnasnet1_0's 56-row stride-1 blocks in bands of 14 0.955x the time of bands of 10)
            for (long r = rows + 1; r <= outH / 2 && hidden * Math.min(inH, r * s + span) * inW <= budget * 3 / 2; r++) {
                if ((outH / 2) % r == 0) { rows = r; break; }
            }
        }
        long halo = Math.min(inH, (rows - 1) * s + span);
        long most = Math.min(Math.min(hidden, KC), Math.max(nr(t), t.option("irPanel", IR_PANEL) / roundUp(rows * outW, nr(t))));
        long icb = ceilDiv(hidden, ceilDiv(hidden, most)); // blocks of even size: 96 + 96 rather than 157 + 35
        // chunks of whole bands for the two threads: two halves (4 or 6 measured within the noise of 2); irChunks=N
        return new KernelPlan.InvertedResidual(icb, rows, halo, outH, outW, inW, Math.max(1, t.option("irChunks", 2)), FusedPlans.deinterleaves(t, dw));
    }

    private static long ceilDiv(long a, long b) { return (a + b - 1) / b; }

    private static long roundUp(long a, long b) { return ceilDiv(a, b) * b; }
}
