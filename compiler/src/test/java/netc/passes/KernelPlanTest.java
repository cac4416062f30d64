package netc.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import netc.ir.Graph;
import netc.ir.IrPrinter;
import netc.ir.KernelPlan;
import netc.ir.Node;
import netc.ir.Target;
import org.junit.jupiter.api.Test;

/**
 * The plan pass against the rules its decisions state (ConvPlans), worked by hand on small shapes, and the knobs
 * (target options) that force each decision.
 */
class KernelPlanTest {
    private static final Target NATIVE = Target.x86_64_v3(2, Map.of());

    private static KernelPlan planOfFirst(String source, Target t, String... off) {
        Graph g = Pipeline.run(PassesTest.lower(source), Set.of(off), t);
        return g.nodes().get(0).plan();
    }

    private static KernelPlan plan(String source) { return planOfFirst(source, NATIVE); }

    private static Target with(String key, String value) { return Target.x86_64_v3(2, Map.of(key, value)); }

    @Test
    void javaTargetPlansNothing() {
        Graph g = Pipeline.run(PassesTest.lower("network t(input: 64x56x56) { conv(64, 3, pad: 1) -> conv(64, 1) }"), Set.of());
        assertTrue(g.nodes().stream().allMatch(n -> n.plan() == KernelPlan.NONE));
        assertFalse(IrPrinter.print(g).contains("plan:"));
    }

    @Test
    void fewTapStrideTwoConvsTakeTheStemKernel() {
        // 3x3 stride 2 on 3 channels: 27 taps <= 36, rows split in halves; 112 rows from 224 with padding 1
        var p = assertInstanceOf(KernelPlan.Stem.class, plan("network t(input: 3x224x224) { conv(32, 3, stride: 2, pad: 1) }"));
        assertEquals(27, p.taps());
        assertEquals(112, p.units());
        assertEquals(56, p.cut());
        // 5 channels: 45 taps, stride 1, dilation 2, or the knob: the GEMM
        assertInstanceOf(KernelPlan.Gemm.class, plan("network t(input: 5x64x64) { conv(32, 3, stride: 2, pad: 1) }"));
        assertInstanceOf(KernelPlan.Gemm.class, plan("network t(input: 3x64x64) { conv(32, 3, pad: 1) }"));
        assertInstanceOf(KernelPlan.Gemm.class, plan("network t(input: 3x64x64) { conv(32, 3, stride: 2, pad: 2, dilation: 2) }"));
        assertInstanceOf(KernelPlan.Gemm.class, planOfFirst("network t(input: 3x224x224) { conv(32, 3, stride: 2, pad: 1) }", with("stem", "false")));
    }

    @Test
    void targetDerivesTheMicroTile() {
        // 2 x 6 accumulators + 2 input vectors + 1 broadcast of AVX2's 16 registers; two 8-float vectors of pixels
        var p = assertInstanceOf(KernelPlan.Gemm.class, plan("network t(input: 64x56x56) { conv(64, 1) }"));
        assertEquals(6, p.mr());
        assertEquals(16, p.nr());
    }

    @Test
    void pointwiseConvSplitsByPixelBlocksAndReadsBInPlace() {
        // 64 -> 64 at 56x56: icb 64, panel target 64K / 64 = 1024 pixels; by channels the slower thread has 6 of 11
        // channel tiles x 196 tiles = 1176, by 4 blocks of 784 pixels 11 x 2 x 49 = 1078: pixel blocks win.
        // 64 channels <= 96 on >= 196 pixels: B read in place
        var p = assertInstanceOf(KernelPlan.Gemm.class, plan("network t(input: 64x56x56) { conv(64, 1) }"));
        assertFalse(p.im2col());
        assertEquals(64, p.icb());
        assertEquals(784, p.cols());
        assertTrue(p.byPixels());
        assertEquals(4, p.units());
        assertEquals(2, p.cut());
        assertFalse(p.packB());
        // a K block of 64 taps (>= DIRECT_OUTER_MIN_K) and 64 channels <= 784 pixels: pixel tiles outside
        assertTrue(p.pixelsOuter(p.cols()));
        assertEquals("gemm-1x1 6x16 icb=64 kc=64 cols=784 direct-b order=pixels range=pixel-blocks:4/2", p.label());
        assertTrue(assertInstanceOf(KernelPlan.Gemm.class, planOfFirst("network t(input: 64x56x56) { conv(64, 1) }", with("directB", "0"))).packB(),
                "directB=0 packs every 1x1");
    }

    @Test
    void inPlaceBTakesEvenKBlocksAndPixelTilesOutside() {
        // 576 -> 96 at 14x14 (mobilenet_v2's project): B in place (96 <= 96 channels, 196 pixels); K blocks of at most
        // 192 taps evened (3 x 192, where packed panels would take 256 + 256 + 64), pixel tiles outside (96 <= 196)
        String net = "network t(input: 576x14x14) { conv(96, 1) }";
        var p = assertInstanceOf(KernelPlan.Gemm.class, plan(net));
        assertFalse(p.packB());
        assertEquals(192, p.icb());
        assertTrue(p.pixelsOuter(p.cols()));
        assertTrue(p.label().contains("direct-b order=pixels"), p.label());
        // 577: four blocks of 145 (the last 142)
        assertEquals(145, assertInstanceOf(KernelPlan.Gemm.class, plan("network t(input: 577x14x14) { conv(96, 1) }")).icb());
        // K blocks under 64 taps keep channel tiles outside (16 -> 96 at 112x112)
        var small = assertInstanceOf(KernelPlan.Gemm.class, plan("network t(input: 16x112x112) { conv(96, 1) }"));
        assertFalse(small.pixelsOuter(small.cols()));
        assertFalse(small.label().contains("order="), small.label());
        // directOuter=false: the old plan, K blocks as for packed panels, channel tiles outside
        var old = assertInstanceOf(KernelPlan.Gemm.class, planOfFirst(net, with("directOuter", "false")));
        assertEquals(256, old.icb());
        assertFalse(old.pixelsOuter(old.cols()));
        assertFalse(old.label().contains("order="), old.label());
        // directKc=N sets the bound
        assertEquals(144, assertInstanceOf(KernelPlan.Gemm.class, planOfFirst(net, with("directKc", "150"))).icb());
    }

    @Test
    void wideOutputOnSmallPlanePacksBAndPutsChannelTilesOutside() {
        // 576 -> 160 at 7x7 on the 6 x 16 GEMM (ocGemm off; by default the channel-vectorised one takes it): 49 pixels
        // (< 196) pack; A's 160 channels outnumber the block's 49 pixels: channel tiles outside
        String net = "network t(input: 576x7x7) { conv(160, 1) }";
        var p = assertInstanceOf(KernelPlan.Gemm.class, planOfFirst(net, with("ocGemm", "false")));
        assertTrue(p.packB());
        assertFalse(p.pixelsOuter(p.cols()));
        assertTrue(p.label().contains("pack-b order=channels"), p.label());
        var forced = assertInstanceOf(KernelPlan.Gemm.class, planOfFirst(net, Target.x86_64_v3(2, Map.of("ocGemm", "false", "order", "pixels"))));
        assertTrue(forced.pixelsOuter(forced.cols()));
        assertFalse(assertInstanceOf(KernelPlan.Gemm.class, planOfFirst(net, Target.x86_64_v3(2, Map.of("ocGemm", "false", "packb", "false")))).packB());
    }

    @Test
    void winogradVariantByOutputSide() {
        // 56x56: F(4x4) on 14 x 14 tiles; one tile row per block (16 of 14 columns padded, V and M 36 x 128 x 16 in L2)
        // beats two (32 of 28, and V and M past 128K floats): 14 blocks, cut at 7
        var p = assertInstanceOf(KernelPlan.Winograd.class, plan("network t(input: 64x56x56) { conv(64, 3, pad: 1) }"));
        assertEquals(4, p.m());
        assertEquals(14, p.th());
        assertEquals(1, p.rb());
        assertEquals(14, p.units());
        assertEquals(7, p.cut());
        assertEquals(2, assertInstanceOf(KernelPlan.Winograd.class, plan("network t(input: 64x28x28) { conv(64, 3, pad: 1) }")).m());
        assertEquals(2, assertInstanceOf(KernelPlan.Winograd.class,
                planOfFirst("network t(input: 64x56x56) { conv(64, 3, pad: 1) }", with("winograd", "2"))).m());
        assertEquals(4, assertInstanceOf(KernelPlan.Winograd.class,
                planOfFirst("network t(input: 64x28x28) { conv(64, 3, pad: 1) }", with("winograd4", "28"))).m());
        // 37 tile rows (a prime): one block would leave two threads only the channels to cut, 32 of them in tiles of
        // 6 (18 | 14); two blocks of 19 rows (the second reaching one row past) split the work evenly
        var prime = assertInstanceOf(KernelPlan.Winograd.class, plan("network t(input: 32x149x149) { conv(32, 3) }"));
        assertEquals(List.of(37L, 19L, true, 1L), List.of(prime.th(), prime.rb(), prime.byBlocks(), prime.cut()));
        assertEquals(18, new KernelPlan.Winograd(4, 37, 37, 37, 152, 32, 32, 32, 6).cut(), "channels cut at the whole tile nearest half");
        assertEquals(37, assertInstanceOf(KernelPlan.Winograd.class, planOfFirst("network t(input: 32x149x149) { conv(32, 3) }",
                Target.x86_64_v3(1, Map.of()))).rb(), "one thread: no cut to balance");
        assertTrue(assertInstanceOf(KernelPlan.Gemm.class, planOfFirst("network t(input: 64x56x56) { conv(64, 3, pad: 1) }", with("winograd", "false"))).im2col());
        assertTrue(assertInstanceOf(KernelPlan.Gemm.class, planOfFirst("network t(input: 64x56x56) { conv(64, 3, pad: 1) }", NATIVE, "winograd")).im2col(),
                "-fno-winograd: the pass marks nothing");
    }

    @Test
    void winogradNeedsAnActivationInRegisters() {
        // tanh is applied by a scalar call, which the Winograd output transform has no room for: GEMM
        assertInstanceOf(KernelPlan.Gemm.class, plan("network t(input: 64x56x56) { conv(64, 3, pad: 1) -> tanh }"));
        // the sigmoid and SiLU are computed in registers (IrWriter.exp): Winograd
        assertInstanceOf(KernelPlan.Winograd.class, plan("network t(input: 64x56x56) { conv(64, 3, pad: 1) -> silu }"));
        assertInstanceOf(KernelPlan.Winograd.class, plan("network t(input: 64x56x56) { conv(64, 3, pad: 1) -> sigmoid }"));
    }

    @Test
    void depthwiseAndGroupedConvsRunDirect() {
        assertEquals(new KernelPlan.Direct("depthwise"), plan("network t(input: 32x28x28) { dwconv(3, pad: 1) }"));
        assertEquals(new KernelPlan.Direct("direct"), planOfFirst("network t(input: 32x28x28) { dwconv(3, pad: 1) }", with("depthwise", "false")));
        assertEquals(new KernelPlan.Direct("direct"), plan("network t(input: 32x28x28) { conv(32, 3, pad: 1, groups: 2) }"));
        assertEquals(new KernelPlan.Direct("direct"), planOfFirst("network t(input: 64x8x8) { conv(64, 1) }", with("gemm", "false")));
    }

    @Test
    void transposedConvGetsItsEquivalentConvsPlan() {
        // a 2x2 stride-2 transposed conv runs a stride-1 unpadded 2x2 conv on the spread input: an im2col GEMM
        Node n = Pipeline.run(PassesTest.lower("network t(input: 16x8x8) { convT(8, 2, stride: 2) }"), Set.of(), NATIVE).nodes().get(0);
        var p = assertInstanceOf(KernelPlan.Gemm.class, n.plan());
        assertTrue(p.im2col());
        assertEquals(16 * 16, p.pixels());
    }

    /** The plan of an inverted residual block (input {@code in}, then the block), with both fusions on. */
    private static KernelPlan.InvertedResidual invertedResidual(String in, String block, Target t) {
        String[] on = {Pipeline.on("fuse_separable"), Pipeline.on("fuse_inverted_residual")};
        return assertInstanceOf(KernelPlan.InvertedResidual.class, planOfFirst("network t(input: " + in + ") { " + block + " }", t, on));
    }

    @Test
    void invertedResidualBandsFitTheWindowInL2() {
        String block = "conv(144, 1) -> relu6 -> dwconv(3, pad: 1) -> relu6 -> conv(24, 1)";
        // window 144 channels x (rows + 2) x 56 floats <= 48K: 4 rows (6 x 56 x 144 = 48384), 14 bands, the panel
        // (144 x 224) under 32K floats: one K block
        var p = invertedResidual("24x56x56", block, NATIVE);
        assertEquals(List.of(4L, 6L, 144L, 14L, 7L), List.of(p.rows(), p.halo(), p.icb(), p.units(), p.cut()));
        // stride 2 on 112x112 with 96 channels, twice the budget: 4 rows (a window of 9 input rows, 96768 floats), 14 bands
        var s2 = invertedResidual("16x112x112", "conv(96, 1) -> relu6 -> dwconv(3, stride: 2, pad: 1) -> relu6 -> conv(24, 1)", NATIVE);
        assertEquals(List.of(4L, 9L, 14L), List.of(s2.rows(), s2.halo(), s2.units()));
        // 28x28 with 192 channels: 7 rows (9 x 28 x 192 = 48384), 4 bands; the panel 192 x 208 > 32K: two K blocks of 96
        var k2 = invertedResidual("32x28x28", "conv(192, 1) -> relu6 -> dwconv(3, pad: 1) -> relu6 -> conv(32, 1)", NATIVE);
        assertEquals(List.of(7L, 96L), List.of(k2.rows(), k2.icb()));
        // 28 output rows at stride 2 with 144 channels: the budget allows 5 (6 bands: 15 | 13 rows for two threads);
        // 7 divides each thread's 14 with a window within half again the budget: 4 bands, 14 | 14
        var even = invertedResidual("24x56x56", "conv(144, 1) -> relu6 -> dwconv(3, stride: 2, pad: 1) -> relu6 -> conv(32, 1)", NATIVE);
        assertEquals(List.of(7L, 4L, 2L), List.of(even.rows(), even.units(), even.cut()));
        assertEquals(5, invertedResidual("24x56x56", "conv(144, 1) -> relu6 -> dwconv(3, stride: 2, pad: 1) -> relu6 -> conv(32, 1)",
                Target.x86_64_v3(1, Map.of())).rows(), "one thread: the budget alone");
        // the knobs: irRows, irFloats
        assertEquals(3, invertedResidual("24x56x56", block, with("irRows", "3")).rows());
        assertEquals(2, invertedResidual("24x56x56", block, with("irFloats", "" + 144 * 4 * 56)).rows());
    }

    @Test
    void smallPlanesTakeTheChannelVectorisedGemm() {
        // 7x7: 3 vectors of channels x 4 pixels (12 accumulators + 3 weight vectors + 1 broadcast), the whole K in one
        // block (B 63 KB, the weights 1.6 MB), the channels cut at a multiple of 24
        var p = assertInstanceOf(KernelPlan.OcGemm.class, plan("network t(input: 320x7x7) { conv(1280, 1) }"));
        assertEquals(24, p.mr());
        assertEquals(4, p.np());
        assertEquals(320, p.icb());
        assertEquals(128, assertInstanceOf(KernelPlan.OcGemm.class, planOfFirst("network t(input: 320x7x7) { conv(1280, 1) }", with("ocGemm.wholeK", "false"))).icb());
        assertEquals(128, assertInstanceOf(KernelPlan.OcGemm.class, planOfFirst("network t(input: 320x7x7) { conv(1280, 1) }", with("ocGemm.kc", "128"))).icb());
        // K blocks of 128 taps where the weights are over 4 x L2 (4 MB)
        assertEquals(128, assertInstanceOf(KernelPlan.OcGemm.class, plan("network t(input: 512x7x7) { conv(2048, 1) }")).icb());
        assertFalse(p.im2col());
        assertEquals(1280, p.units());
        assertEquals(648, p.cut()); // 160 vectors of 8: 27 tiles of 24 (81 vectors) | 26 (79), nearer half than 26 | 27
        // a short last tile counts for its vectors: 160 = 6 x 24 + 16 (20 vectors) cut at 3 tiles (9 | 11); 320 at 7 (21 | 19)
        Target threeVectors = with("ocGemm.vectors", "3");
        assertEquals(72, assertInstanceOf(KernelPlan.OcGemm.class, planOfFirst("network t(input: 960x7x7) { conv(160, 1) }", threeVectors)).cut());
        assertEquals(168, assertInstanceOf(KernelPlan.OcGemm.class, planOfFirst("network t(input: 960x7x7) { conv(320, 1) }", threeVectors)).cut());
        // two threads take tiles of 16 x 6 there, which cut them even (10 | 10 and 20 | 20 vectors), but keep 24 x 4
        // where those are as even (1280 above: 81 | 79 against 80 | 80 at a vector's 1.02 in the smaller tile)
        var even = assertInstanceOf(KernelPlan.OcGemm.class, plan("network t(input: 960x7x7) { conv(160, 1) }"));
        assertEquals(16, even.mr());
        assertEquals(6, even.np());
        assertEquals(80, even.cut());
        assertEquals(160, assertInstanceOf(KernelPlan.OcGemm.class, plan("network t(input: 960x7x7) { conv(320, 1) }")).cut());
        // one thread keeps 24 x 4
        assertEquals(24, assertInstanceOf(KernelPlan.OcGemm.class,
                planOfFirst("network t(input: 960x7x7) { conv(160, 1) }", Target.x86_64_v3(1, Map.of()))).mr());
        // 3x3 (too few tiles for Winograd): im2col, 14 channels (126 taps) per K block
        var q = assertInstanceOf(KernelPlan.OcGemm.class, plan("network t(input: 64x7x7) { conv(64, 3, pad: 1) }"));
        assertTrue(q.im2col());
        assertEquals(14, q.icb());
        // 14x14, fewer than 24 channels, B packed past 3/4 of L2 (2048 or 4608 taps x 52 pixels x 4 bytes), or the knob:
        // the 6 x 16 GEMM
        assertInstanceOf(KernelPlan.Gemm.class, plan("network t(input: 2048x7x7) { conv(512, 1) }"));
        assertInstanceOf(KernelPlan.OcGemm.class, plan("network t(input: 832x7x7) { conv(512, 1) }"));
        assertInstanceOf(KernelPlan.Gemm.class, plan("network t(input: 96x14x14) { conv(576, 1) }"));
        assertInstanceOf(KernelPlan.Gemm.class, plan("network t(input: 64x7x7) { conv(16, 1) }"));
        assertInstanceOf(KernelPlan.Gemm.class, plan("network t(input: 512x7x7) { conv(512, 3, pad: 1) }"));
        assertInstanceOf(KernelPlan.Gemm.class, planOfFirst("network t(input: 320x7x7) { conv(1280, 1) }", with("ocGemm", "false")));
        assertInstanceOf(KernelPlan.OcGemm.class, planOfFirst("network t(input: 96x14x14) { conv(576, 1) }", with("ocGemm.pixels", "196")));
    }

    @Test
    void twoThreadsFuseOnlyNarrowSeparablesOnBigPlanes() {
        // on small planes each thread would redo the whole depthwise or its halo rows
        String small = "network t(input: 32x27x27) { dwconv(3, pad: 1) -> conv(16, 1) }", big = "network t(input: 32x28x28) { dwconv(3, pad: 1) -> conv(16, 1) }";
        Set<String> on = Set.of(Pipeline.on("fuse_separable"));
        assertEquals(2, Pipeline.run(PassesTest.lower(small), on, NATIVE).nodes().size());
        assertEquals(1, Pipeline.run(PassesTest.lower(big), on, NATIVE).nodes().size());
        assertEquals(1, Pipeline.run(PassesTest.lower(small), on, Target.x86_64_v3(1, Map.of())).nodes().size());
        assertEquals(1, Pipeline.run(PassesTest.lower(small), on, with("separable.minPixels", "0")).nodes().size());
        // a 1x1 of more than 32 output channels is a compute-bound GEMM, better alone
        String wide = "network t(input: 64x56x56) { dwconv(3, pad: 1) -> conv(33, 1) }";
        assertEquals(2, Pipeline.run(PassesTest.lower(wide), on, NATIVE).nodes().size());
        assertEquals(1, Pipeline.run(PassesTest.lower(wide), on, with("separable.maxOut", "64")).nodes().size());
        assertEquals(1, Pipeline.run(PassesTest.lower(wide), on, Target.x86_64_v3(1, Map.of())).nodes().size());
        // a wide 1x1 after a depthwise that reads a fusable expand stays fused, for fuse_inverted_residual; not when
        // something else reads the expand too
        Set<String> both = Set.of(Pipeline.on("fuse_separable"), Pipeline.on("fuse_inverted_residual"));
        assertEquals(List.of("inverted_residual"), PassesTest.kinds(Pipeline.run(PassesTest.lower(
                "network t(input: 16x28x28) { conv(96, 1) -> relu6 -> dwconv(3, pad: 1) -> relu6 -> conv(64, 1) }"), both, NATIVE)));
        assertEquals(List.of("conv", "conv", "conv"), PassesTest.kinds(Pipeline.run(PassesTest.lower(
                "network t(input: 16x28x28) { e = conv(96, 1) ; dwconv(3, pad: 1) -> conv(96, 1) -> add(e) }"), both, NATIVE)));
    }

    /** The plan of the first node of {@code source} with fuse_separable on. */
    private static KernelPlan separablePlan(String source, Target t) { return planOfFirst(source, t, Pipeline.on("fuse_separable")); }

    @Test
    void separableBandsFitTheirPanelAndEvenOutForTwoThreads() {
        String src = "network t(input: 32x56x56) { dwconv(3, pad: 1) -> conv(16, 1) }";
        // 32K floats of panel / 32 channels / 56 columns: 18 rows, 4 bands; two threads even them out to 4 bands of 14
        var two = assertInstanceOf(KernelPlan.Separable.class, separablePlan(src, NATIVE));
        assertEquals(List.of(14L, 32L, 4L, 2L, false, false), List.of(two.rows(), two.icb(), two.units(), two.cut(), two.byChannels(), two.deinterleave()));
        var one = assertInstanceOf(KernelPlan.Separable.class, separablePlan(src, Target.x86_64_v3(1, Map.of())));
        assertEquals(18, one.rows());
        assertEquals(2, assertInstanceOf(KernelPlan.Separable.class, separablePlan(src, with("separablePanel", "4096"))).rows());
        // a plane that fits one band: two threads cut the 1x1's 64 channels at whole tiles of 6
        var small = assertInstanceOf(KernelPlan.Separable.class, separablePlan("network t(input: 64x8x8) { dwconv(3, pad: 1) -> conv(64, 1) }",
                Target.x86_64_v3(2, Map.of("separable.minPixels", "0", "separable.maxOut", "64"))));
        assertEquals(List.of(true, 64L, 30L), List.of(small.byChannels(), small.units(), small.cut()));
        // stride 2 across: the depthwise splits its rows in even and odd columns, unless switched off
        String s2 = "network t(input: 32x112x112) { dwconv(3, stride: 2, pad: 1) -> conv(16, 1) }";
        assertTrue(assertInstanceOf(KernelPlan.Separable.class, separablePlan(s2, NATIVE)).deinterleave());
        assertFalse(assertInstanceOf(KernelPlan.Separable.class, separablePlan(s2, with("deinterleave", "false"))).deinterleave());
        assertTrue(IrPrinter.print(Pipeline.run(PassesTest.lower(s2), Set.of(Pipeline.on("fuse_separable")), NATIVE))
                .contains("plan: separable rows=14 icb=32 deinterleave range=bands:4/2\n"));
    }

    @Test
    void pointwiseChainBlocksKeepBothPanelsInL2() {
        // widest intermediate 128 channels: 64K / (2 x 128) = 256 columns, 13 blocks evened to 14 of 224
        var p = assertInstanceOf(KernelPlan.PointwiseChain.class, plan("network t(input: 64x56x56) { conv(128, 1) -> relu -> conv(64, 1) }"));
        assertEquals(List.of(224L, 14L, 7L, 128L), List.of(p.cols(), p.units(), p.cut(), p.mid()));
    }

    @Test
    void poolsAndDenseLayersGetTheRangeTwoThreadsHalve() {
        Graph g = Pipeline.run(PassesTest.lower("network t(input: 64x8x8) { maxpool(2) -> gap -> flatten -> linear(10) }"), Set.of(), NATIVE);
        assertEquals(new KernelPlan.Range("max-pool", "planes", 64, 32), g.nodes().get(0).plan());
        assertEquals(new KernelPlan.Range("adaptive-pool", "planes", 64, 32), g.nodes().get(1).plan());
        assertEquals(new KernelPlan.Range("dense", "channels", 10, 5), g.nodes().get(g.nodes().size() - 1).plan());
    }

    @Test
    void planIsPrinted() {
        String ir = IrPrinter.print(Pipeline.run(PassesTest.lower("network t(input: 64x56x56) { conv(64, 1) }"), Set.of(), NATIVE));
        assertTrue(ir.contains("\n      plan: gemm-1x1 6x16 icb=64 kc=64 cols=784 direct-b order=pixels range=pixel-blocks:4/2\n"), ir);
    }
}
