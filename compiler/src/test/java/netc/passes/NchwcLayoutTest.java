package netc.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import netc.ir.Graph;
import netc.ir.KernelPlan;
import netc.ir.Layout;
import netc.ir.Node;
import netc.ir.Target;
import netc.ir.Tensor;
import org.junit.jupiter.api.Test;

/** Pass nchwc: which layers it blocks, where the reorders go, the plans and the memory plan's padded sizes. */
class NchwcLayoutTest {
    private static final Set<String> ON = Set.of(Pipeline.on("nchwc"));

    /** With chains of two layers and any reorders allowed, unless the options say otherwise (the defaults are tested below). */
    private static Graph run(String source, Set<String> switches, Map<String, String> options) {
        Map<String, String> o = new java.util.HashMap<>(Map.of("nchwc.minLayers", "2", "nchwc.layersPerReorder", "1"));
        o.putAll(options);
        return Pipeline.run(PassesTest.lower(source), switches, Target.x86_64_v3(1, o));
    }

    private static Layout layout(Graph g, Node n) { return g.tensor(n.output()).layout(); }

    @Test
    void blocksAChainWithReordersAtItsEnds() {
        Graph g = run("network t(input: 20x7x7) { add { conv(100, 1) -> relu6 -> dwconv(3, pad: 1) -> relu6 -> conv(20, 1)\n in } -> maxpool(2) }",
                ON, Map.of());
        assertEquals(List.of("reorder", "conv", "conv", "conv", "reorder", "maxpool"), PassesTest.kinds(g));
        List<Node> n = g.nodes();
        // the input is reordered once, though both the first 1x1 and the residual read it
        assertEquals(Layout.NCHWc8, layout(g, n.get(0)));
        assertEquals(n.get(0).output(), n.get(1).inputs().get(0));
        assertEquals(n.get(0).output(), n.get(3).inputs().get(1));
        assertEquals(Layout.NCHWc8, layout(g, n.get(3)));
        assertEquals(Layout.NCHW, layout(g, n.get(4)));
        assertEquals(n.get(4).output(), n.get(5).inputs().get(0));
        assertInstanceOf(KernelPlan.OcGemm.class, n.get(1).plan());
        assertEquals(new KernelPlan.Direct(NchwcLayout.DEPTHWISE), n.get(2).plan());
        // padded sizes: 20 channels take 24 x 49 floats
        Tensor residualIn = g.tensor(n.get(0).output());
        assertEquals(24 * 49, residualIn.floats());
        assertEquals(20 * 49, residualIn.elements());
    }

    @Test
    void theGraphOutputIsReorderedBackAndAGlobalPoolReadsTheBlockedEnd() {
        Graph g = run("network t(input: 16x7x7) { conv(32, 1) -> dwconv(3, pad: 1) }", ON, Map.of());
        assertEquals(List.of("reorder", "conv", "conv", "reorder"), PassesTest.kinds(g));
        assertEquals(g.outputs().get("out"), g.nodes().get(3).output());
        assertEquals(Layout.NCHW, layout(g, g.nodes().get(3)));
        Graph p = run("network t(input: 16x7x7) { conv(32, 1) -> dwconv(3, pad: 1) -> adaptive_avgpool([1, 1]) }", ON, Map.of());
        assertEquals(List.of("reorder", "conv", "conv", "adaptive_avgpool"), PassesTest.kinds(p));
        assertEquals(Layout.NCHWc8, p.tensor(p.nodes().get(3).inputs().get(0)).layout());
    }

    @Test
    void leavesLoneLayersBigPlanesAndTheDefaultAlone() {
        String src = "network t(input: 16x7x7) { conv(32, 1) -> maxpool(2) -> conv(32, 1) }"; // no two blockable layers adjacent
        assertEquals(List.of("conv", "maxpool", "conv"), PassesTest.kinds(run(src, ON, Map.of())));
        String big = "network t(input: 16x28x28) { conv(32, 1) -> dwconv(3, pad: 1) }"; // 784 pixels > 196
        assertEquals(List.of("conv", "conv"), PassesTest.kinds(run(big, ON, Map.of())));
        assertEquals(List.of("reorder", "conv", "conv", "reorder"), PassesTest.kinds(run(big, ON, Map.of("nchwc.maxPixels", "784"))));
        String small = "network t(input: 16x7x7) { conv(32, 1) -> dwconv(3, pad: 1) }";
        assertEquals(List.of("conv", "conv"), PassesTest.kinds(run(small, Set.of(), Map.of())), "off by default in the pipeline");
        assertEquals(List.of("conv", "conv"), PassesTest.kinds(run(small, ON, Map.of("nchwc", "false"))));
        assertEquals(List.of("conv", "conv"), PassesTest.kinds(Pipeline.run(PassesTest.lower(small), ON)), "the Java target plans nothing");
        String three = "network t(input: 16x7x7) { conv(32, 1) -> dwconv(3, pad: 1) -> conv(16, 1) }";
        assertEquals(List.of("conv", "conv", "conv"), PassesTest.kinds(run(three, ON, Map.of("nchwc.minLayers", "4"))), "a chain of 3 < 4 layers");
        assertEquals(List.of("conv", "conv"), PassesTest.kinds(run("network t(input: 16x3x3) { conv(32, 1) -> dwconv(3, pad: 1) }", ON, Map.of())),
                "a 3x3 plane < 16 pixels");
        // 4 layers, 2 reorders (in, out): kept at 2 layers per reorder, not at 4 (the default)
        String four = "network t(input: 16x7x7) { conv(32, 1) -> dwconv(3, pad: 1) -> conv(16, 1) -> dwconv(3, pad: 1) }";
        assertEquals(6, run(four, ON, Map.of("nchwc.minLayers", "4", "nchwc.layersPerReorder", "2")).nodes().size());
        assertEquals(4, run(four, ON, Map.of("nchwc.minLayers", "4", "nchwc.layersPerReorder", "4")).nodes().size());
        for (Node n : run(small, ON, Map.of()).nodes()) assertTrue(!(n.plan() instanceof KernelPlan.Gemm), "blocked 1x1s are on the oc-vector GEMM");
    }
}
