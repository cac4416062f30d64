package netc.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import netc.diag.Diagnostics;
import netc.diag.SourceFile;
import netc.ir.Activation;
import netc.ir.Graph;
import netc.ir.Lowering;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Target;
import netc.ir.Weights;
import netc.sema.Frontend;
import netc.sema.ModuleLoader;
import org.junit.jupiter.api.Test;

class PassesTest {
    static Graph lower(String source) {
        Diagnostics d = new Diagnostics();
        var program = new ModuleLoader(d).loadSource(new SourceFile("t.net", source), null);
        var net = Frontend.build(new Frontend.Loaded(program, null), null, List.of(), null, d);
        assertFalse(d.hasErrors(), () -> d.all().toString());
        return Lowering.lower(net);
    }

    static List<String> kinds(Graph g) { return g.nodes().stream().map(n -> n.op().kind()).toList(); }

    @Test
    void foldsBatchNormAndActivationIntoConv() {
        Graph g = Pipeline.run(lower("network t(input: 3x8x8) { c: conv(4, 3) -> b: bn -> relu }"), Set.of());
        assertEquals(List.of("conv"), kinds(g));
        Op.Conv c = (Op.Conv) g.nodes().get(0).op();
        Weights.FoldedBn w = assertInstanceOf(Weights.FoldedBn.class, c.weights());
        assertEquals("b", w.bnPrefix());
        assertEquals("c.weight", w.weight());
        assertEquals(Activation.RELU, c.epilogue().act());
        assertEquals(g.outputs().get("out"), g.nodes().get(0).output());
    }

    @Test
    void keepsBatchNormWhenTheConvOutputHasOtherReaders() {
        Graph g = Pipeline.run(lower("network t(input: 3x8x8) { x = conv(4, 3) ; bn -> add(x) }"), Set.of());
        assertEquals(List.of("conv", "batchnorm", "add"), kinds(g));
    }

    @Test
    void keepsBatchNormBeforeConv() {
        Graph g = Pipeline.run(lower("network t(input: 3x8x8) { bn -> relu -> conv(4, 3) }"), Set.of());
        assertEquals(List.of("batchnorm", "relu", "conv"), kinds(g));
    }

    @Test
    void fusesResidualAddThenActivation() {
        Graph g = Pipeline.run(lower("""
                network t(input: 8x8x8) {
                  add { conv(8, 3, pad: 1, bias: false) -> bn -> relu -> conv(8, 3, pad: 1, bias: false) -> bn ; in } -> relu
                }"""), Set.of());
        assertEquals(List.of("conv", "conv"), kinds(g));
        Node second = g.nodes().get(1);
        Op.Conv c = (Op.Conv) second.op();
        assertTrue(c.epilogue().residual());
        assertEquals(Activation.RELU, c.epilogue().act());
        assertEquals(List.of(g.nodes().get(0).output(), g.input()), second.inputs());
    }

    @Test
    void doesNotFuseBroadcastingAdd() {
        Graph g = Pipeline.run(lower("network t(input: 8x4x4) { x = gap ; in -> conv(8, 1) -> add(x) }"), Set.of());
        assertTrue(kinds(g).contains("add"));
    }

    @Test
    void dropsInferenceNoOpsAndRemapsOutputs() {
        Graph g = Pipeline.run(lower("network t(input: 3x8x8) { conv(4, 3) -> dropout(0.5) -> identity -> gap -> flatten -> dropout }"), Set.of());
        assertEquals(List.of("conv", "adaptive_avgpool", "reshape"), kinds(g));
        assertEquals(g.nodes().get(2).output(), g.outputs().get("out"));
    }

    @Test
    void convsWriteIntoTheirConcatChannels() {
        Graph g = Pipeline.run(lower("""
                network t(input: 8x8x8) {
                  concat { conv(4, 1) -> relu ; maxpool(3, stride: 1, pad: 1) ; conv(6, 3, pad: 1) }
                }"""), Set.of());
        Node concat = g.nodes().get(g.nodes().size() - 1);
        assertInstanceOf(Op.Concat.class, concat.op());
        var first = g.tensor(concat.inputs().get(0));
        var pooled = g.tensor(concat.inputs().get(1));
        var last = g.tensor(concat.inputs().get(2));
        assertTrue(first.isSlice() && first.aliasOf() == concat.output() && first.channelOffset() == 0);
        assertFalse(pooled.isView(), "a pool has no strided output: copied");
        assertTrue(last.isSlice() && last.channelOffset() == 12);
        Graph off = Pipeline.run(lower("network t(input: 8x8x8) { concat { conv(4, 1) ; conv(6, 1) } }"), Set.of("concat_in_place"));
        assertTrue(off.tensors().values().stream().noneMatch(netc.ir.Tensor::isSlice));
    }

    @Test
    void fusesDepthwiseWithTheOneByOneThatReadsIt() {
        Graph g = Pipeline.run(lower("""
                network t(input: 8x9x9) {
                  add { dwconv(3, stride: 1, pad: 1, bias: false) -> bn -> relu6 -> conv(8, 1, bias: false) -> bn ; in } -> relu
                  dwconv(5, stride: 2, pad: 2, dilation: 1) -> conv(4, 1) -> relu
                }"""), Set.of(Pipeline.on("fuse_separable")));
        assertEquals(List.of("separable_conv", "separable_conv"), kinds(g));
        Op.SeparableConv first = (Op.SeparableConv) g.nodes().get(0).op();
        assertEquals(Activation.RELU6, first.depthwise().epilogue().act());
        assertInstanceOf(Weights.FoldedBn.class, first.depthwise().weights());
        assertTrue(first.pointwise().epilogue().residual());
        assertEquals(Activation.RELU, first.pointwise().epilogue().act());
        assertEquals(List.of(g.input(), g.input()), g.nodes().get(0).inputs());
        Op.SeparableConv second = (Op.SeparableConv) g.nodes().get(1).op();
        assertEquals(2, second.depthwise().sh());
        assertEquals(g.outputs().get("out"), g.nodes().get(1).output());
        Graph off = Pipeline.run(lower("network t(input: 8x9x9) { dwconv(3, pad: 1) -> conv(8, 1) }"), Set.of());
        assertEquals(List.of("conv", "conv"), kinds(off), "off by default");
        off = Pipeline.run(lower("network t(input: 8x9x9) { dwconv(3, pad: 1) -> conv(8, 1) }"),
                Set.of(Pipeline.on("fuse_separable"), "fuse_separable"));
        assertEquals(List.of("conv", "conv"), kinds(off), "-fno- wins");
    }

    @Test
    void fusesTheExpandOneByOneIntoTheSeparableThatReadsIt() {
        String src = """
                network t(input: 16x28x28) {
                  add { conv(96, 1, bias: false) -> bn -> relu6 -> dwconv(3, pad: 1) -> bn -> relu6 -> conv(16, 1) -> bn ; in }
                  conv(96, 1) -> relu6 -> dwconv(3, stride: 2, pad: 1) -> relu6 -> conv(24, 1)
                  conv(144, 1) -> relu6 -> dwconv(3, pad: 1) -> relu6 -> conv(24, 1)
                }""";
        Set<String> on = Set.of(Pipeline.on("fuse_separable"), Pipeline.on("fuse_inverted_residual"));
        Graph g = Pipeline.run(lower(src), on);
        // the third block's expanded plane is 14x14, under MIN_PIXELS: it stays a 1x1 and a separable conv
        assertEquals(List.of("inverted_residual", "inverted_residual", "conv", "separable_conv"), kinds(g));
        Op.InvertedResidual first = (Op.InvertedResidual) g.nodes().get(0).op();
        assertEquals(96, first.expand().outC());
        assertEquals(Activation.RELU6, first.expand().epilogue().act());
        assertTrue(first.pointwise().epilogue().residual());
        assertEquals(List.of(g.input(), g.input()), g.nodes().get(0).inputs(), "x, then the residual (x itself)");
        assertEquals(2, ((Op.InvertedResidual) g.nodes().get(1).op()).depthwise().sh());
        assertEquals(List.of("conv", "separable_conv", "conv", "separable_conv", "conv", "separable_conv"),
                kinds(Pipeline.run(lower(src), Set.of(Pipeline.on("fuse_separable")))), "off by default");
        assertEquals(List.of("conv", "separable_conv", "conv", "separable_conv", "conv", "separable_conv"),
                kinds(Pipeline.run(lower(src), Set.of(Pipeline.on("fuse_separable"), Pipeline.on("fuse_inverted_residual"), "fuse_inverted_residual"))),
                "-fno- wins");
        // the threshold is a target option: 0 fuses the 14x14 block too, 50x50 none of the 28x28 ones
        assertEquals(List.of("inverted_residual", "inverted_residual", "inverted_residual"),
                kinds(Pipeline.run(lower(src), on, Target.x86_64_v3(2, Map.of("invertedResidual.minPixels", "0")))));
        // (on two threads the 14x14 separable is left apart too: see KernelPlanTest.twoThreadsFuseOnlyNarrowSeparablesOnBigPlanes)
        assertEquals(List.of("conv", "separable_conv", "conv", "separable_conv", "conv", "conv", "conv"),
                kinds(Pipeline.run(lower(src), on, Target.x86_64_v3(2, Map.of("invertedResidual.minPixels", "2500")))));
        // an expand that widens less than 3 times, or before a 5x5 depthwise: not fused
        assertEquals(List.of("conv", "separable_conv"), kinds(Pipeline.run(lower(
                "network t(input: 16x28x28) { conv(32, 1) -> dwconv(3, pad: 1) -> conv(16, 1) }"), on)));
        assertEquals(List.of("conv", "separable_conv"), kinds(Pipeline.run(lower(
                "network t(input: 16x28x28) { conv(96, 1) -> dwconv(5, pad: 2) -> conv(16, 1) }"), on)));
        // a 3x3 expand, or an expand read twice (the add becomes the separable's residual): not fused
        assertEquals(List.of("conv", "separable_conv"), kinds(Pipeline.run(lower(
                "network t(input: 16x28x28) { conv(32, 3, pad: 1) -> dwconv(3, pad: 1) -> conv(16, 1) }"), on)));
        assertEquals(List.of("conv", "separable_conv"), kinds(Pipeline.run(lower(
                "network t(input: 16x28x28) { e = conv(32, 1) ; dwconv(3, pad: 1) -> conv(32, 1) -> add(e) }"), on)));
    }

    @Test
    void fusesTheHeadConvWithItsPoolAndDenseLayer() {
        String chain = "conv(32, 1) -> relu -> dwconv(3, pad: 1) -> relu -> conv(64, 1) -> relu -> dwconv(3, pad: 1) -> relu -> ";
        Set<String> on = Set.of(Pipeline.on("nchwc"), Pipeline.on("fuse_conv_pool_dense"));
        Target t = Target.x86_64_v3(2, Map.of());
        Graph g = Pipeline.run(lower("network t(input: 16x7x7) { " + chain + "conv(96, 1) -> relu6 -> gap -> flatten -> dropout(0.2) -> linear(10) -> relu }"), on, t);
        assertEquals(List.of("reorder", "conv", "conv", "conv", "conv", "conv_pool_dense"), kinds(g));
        Op.ConvPoolDense h = (Op.ConvPoolDense) g.nodes().get(5).op();
        assertEquals(96, h.conv().outC());
        assertEquals(Activation.RELU6, h.conv().epilogue().act());
        assertEquals(Activation.RELU, h.dense().epilogue().act());
        assertEquals(List.of(10L), java.util.Arrays.stream(g.tensor(g.outputs().get("out")).dims()).boxed().toList(), "writes the dense output");
        assertEquals(g.outputs().get("out"), g.nodes().get(5).output());
        // off by default; -fno- wins
        assertEquals("dense", kinds(Pipeline.run(lower("network t(input: 16x7x7) { " + chain + "conv(96, 1) -> gap -> flatten -> linear(10) }"),
                Set.of(Pipeline.on("nchwc")), t)).getLast());
        assertEquals("dense", kinds(Pipeline.run(lower("network t(input: 16x7x7) { " + chain + "conv(96, 1) -> gap -> flatten -> linear(10) }"),
                Set.of(Pipeline.on("nchwc"), Pipeline.on("fuse_conv_pool_dense"), "fuse_conv_pool_dense"), t)).getLast());
        // an NCHW head whose conv runs on the oc-vector GEMM fuses too; one on the 6x16 GEMM (14x14, 50 channels) does not
        assertEquals(List.of("conv_pool_dense"), kinds(Pipeline.run(lower("network t(input: 16x7x7) { conv(50, 1) -> gap -> flatten -> linear(10) }"),
                Set.of(Pipeline.on("fuse_conv_pool_dense")), t)));
        assertEquals(List.of("conv", "adaptive_avgpool", "reshape", "dense"), kinds(Pipeline.run(lower(
                "network t(input: 16x14x14) { conv(50, 1) -> gap -> flatten -> linear(10) }"), Set.of(Pipeline.on("fuse_conv_pool_dense")), t)));
        // the pooled vector also a named output of the network: not fused
        List<String> twice = kinds(Pipeline.run(lower("network t(input: 16x7x7) { " + chain + "conv(96, 1)\n p = gap\n output pooled = p\n flatten -> linear(10) }"), on, t));
        assertFalse(twice.contains("conv_pool_dense"), twice.toString());
    }

    @Test
    void marksWideThreeByThreeStrideOneConvsForWinograd() {
        String src = """
                network t(input: 32x12x12) {
                  conv(32, 3, pad: 1) -> bn -> relu -> conv(32, 3, stride: 2, pad: 1) -> conv(32, 1) -> conv(16, 3, pad: 1)
                  -> conv(32, 3, dilation: 2, pad: 2) -> conv(32, 3, groups: 2, pad: 1)
                }""";
        Graph g = Pipeline.run(lower(src), Set.of());
        List<Boolean> marked = g.nodes().stream().map(n -> ((Op.Conv) n.op()).winograd()).toList();
        // only the first: then strided, 1x1, narrow (16 out), dilated (and 16 in), grouped
        assertEquals(List.of(true, false, false, false, false, false), marked);
        assertEquals(Activation.RELU, ((Op.Conv) g.nodes().get(0).op()).epilogue().act(), "keeps its fused epilogue");
        assertTrue(Pipeline.run(lower(src), Set.of("winograd")).nodes().stream().noneMatch(n -> ((Op.Conv) n.op()).winograd()), "-fno-winograd");
        Graph small = Pipeline.run(lower("network t(input: 32x7x7) { conv(32, 3, pad: 1) }"), Set.of());
        assertFalse(((Op.Conv) small.nodes().get(0).op()).winograd(), "16 tiles of 2x2: too few");
    }

    @Test
    void keepsDepthwiseAloneWhenItsOutputIsNotOnlyAOneByOnesInput() {
        Set<String> fused = Set.of(Pipeline.on("fuse_separable"));
        // read twice (by the 1x1 and as its residual)
        assertEquals(List.of("conv", "conv"),
                kinds(Pipeline.run(lower("network t(input: 8x9x9) { x = dwconv(3, pad: 1) ; conv(8, 1) -> add(x) }"), fused)));
        // 3x3 after it, a stride-2 1x1 after it, a padded 1x1 after it, a grouped conv before it
        for (String next : List.of("conv(8, 3, pad: 1)", "conv(8, 1, stride: 2)", "conv(8, 1, pad: 1)")) {
            assertEquals(List.of("conv", "conv"), kinds(Pipeline.run(lower("network t(input: 8x9x9) { dwconv(3, pad: 1) -> " + next + " }"),
                    fused)), next);
        }
        assertEquals(List.of("conv", "conv"),
                kinds(Pipeline.run(lower("network t(input: 8x9x9) { conv(8, 3, pad: 1, groups: 2) -> conv(8, 1) }"), fused)));
        // a stride-2 depthwise output smaller than both its input and the 1x1's output: fusing would raise the peak
        assertEquals(List.of("conv", "conv"), kinds(Pipeline.run(lower("network t(input: 8x9x9) { dwconv(3, stride: 2, pad: 1) -> conv(32, 1) }"),
                fused)));
        // the output is the network's output too
        assertEquals(List.of("conv", "conv"), kinds(Pipeline.run(lower("""
                network t(input: 8x9x9) { x = dwconv(3, pad: 1) ; conv(8, 1) ; output aux = x }"""), fused)));
    }

    @Test
    void fusesChainsOfOneByOnes() {
        Graph g = Pipeline.run(lower("""
                network t(input: 3x16x16) {
                  p = conv(8, 3) -> relu -> conv(8, 1) -> relu -> conv(6, 1) -> relu -> maxpool(2)
                  add { conv(6, 1) -> relu -> conv(6, 1, bias: false) -> bn ; p } -> relu
                }"""), Set.of());
        assertEquals(List.of("conv", "pointwise_chain", "maxpool", "pointwise_chain"), kinds(g));
        Op.PointwiseChain ch = (Op.PointwiseChain) g.nodes().get(1).op();
        assertEquals(2, ch.convs().size());
        assertEquals(Activation.RELU, ch.convs().get(0).epilogue().act());
        Op.PointwiseChain res = (Op.PointwiseChain) g.nodes().get(3).op();
        assertTrue(res.last().epilogue().residual());
        assertEquals(2, g.nodes().get(3).inputs().size());
        // a bottleneck in between stays; a residual in the middle ends the chain; a stride-2 or 3x3 conv does not join
        assertEquals(List.of("conv", "conv"), kinds(Pipeline.run(lower("network t(input: 24x8x8) { conv(4, 1) -> conv(24, 1) }"), Set.of())));
        assertEquals(List.of("conv", "conv"), kinds(Pipeline.run(lower("""
                network t(input: 6x8x8) { add { conv(6, 1) ; in } -> conv(6, 1, stride: 2) }"""), Set.of())));
        assertEquals(List.of("conv", "conv"), kinds(Pipeline.run(lower("""
                network t(input: 6x8x8) { conv(6, 1) -> conv(6, 3) }"""), Set.of())));
        assertEquals(List.of("conv", "conv"), kinds(Pipeline.run(lower("""
                network t(input: 6x8x8) { add { conv(6, 1) ; in } -> conv(6, 1) }"""), Set.of())));
    }

    @Test
    void switchedOffPassesLeaveTheGraphAlone() {
        Graph raw = lower("network t(input: 3x8x8) { conv(4, 3) -> bn -> relu -> dropout }");
        Graph none = Pipeline.run(raw, Set.copyOf(Pipeline.names()));
        assertEquals(raw, none);
        Graph noFold = Pipeline.run(raw, Set.of("fold_bn"));
        assertEquals(List.of("conv", "batchnorm", "relu"), kinds(noFold));
    }

    @Test
    void memoryPlanNeverOverlapsLiveTensors() {
        Graph g = Pipeline.run(lower("""
                block unit(c: int) { concat { conv(c, 1) -> relu ; conv(c, 3, pad: 1) -> relu ; maxpool(3, stride: 1, pad: 1) } }
                network t(input: 3x32x32) {
                  conv(16, 3, pad: 1) -> relu
                  repeat 3 { skip = unit(8) ; conv(skip.c, 1) -> add(skip) -> relu }
                  gap -> flatten -> linear(10)
                }"""), Set.of());
        MemoryPlan plan = PlanMemory.run(g);
        // Independent check: lifetimes recomputed here, then every pair alive at once must be disjoint.
        Map<Integer, int[]> life = new HashMap<>();
        for (int i = 0; i < g.nodes().size(); i++) life.put(g.nodes().get(i).output(), new int[] {i, i});
        for (int i = 0; i < g.nodes().size(); i++) for (int in : g.nodes().get(i).inputs()) if (life.containsKey(in)) life.get(in)[1] = i;
        for (int o : g.outputs().values()) life.get(o)[1] = g.nodes().size();
        List<Integer> ts = life.keySet().stream().filter(t -> !g.tensor(t).isView()).toList();
        for (int a : ts) {
            for (int b : ts) {
                if (a >= b) continue;
                boolean together = life.get(a)[0] <= life.get(b)[1] && life.get(b)[0] <= life.get(a)[1];
                long oa = plan.offsets().get(a), ob = plan.offsets().get(b);
                boolean overlap = oa < ob + g.tensor(b).elements() && ob < oa + g.tensor(a).elements();
                assertFalse(together && overlap, "tensors %" + a + " and %" + b + " are alive together and overlap");
            }
            assertTrue(plan.offsets().get(a) + g.tensor(a).elements() <= plan.arenaFloats());
        }
        assertTrue(plan.arenaFloats() < plan.unplannedFloats());
    }
}
