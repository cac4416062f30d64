package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import netc.backend.java.JavaBackend;
import netc.backend.llvm.NativeBackend;
import netc.backend.onnx.OnnxExporter;
import netc.bench.models.OrtEngine;
import netc.bench.models.OrtProfile;
import netc.bench.models.Profiler;
import netc.ir.Graph;
import netc.ir.Lowering;
import netc.ir.Node;
import netc.ir.Op;
import netc.model.Network;
import netc.runtime.io.RandomWeights;
import org.junit.jupiter.api.Test;

/**
 * ONNX Runtime's per-node profile (the "ORT ms" column of {@code netc bench --profile}): its trace is read with the
 * warm-up runs left out, and its nodes map to netc's layers. The times themselves cannot be asserted; that every conv
 * is covered, both ways, can.
 */
class OrtProfileTest {
    @Test
    void everyConvOfMobilenetV2MapsBothWays() {
        Network net = Reference.build("stdlib:mobilenet_v2", List.of(), null);
        Graph lowered = Lowering.lower(net);
        byte[] onnx = OnnxExporter.bytes(net, new RandomWeights(1, lowered.parameters()), OnnxExporter.DEFAULT_OPSET);
        float[] x = new float[3 * 224 * 224];
        for (int i = 0; i < x.length; i++) x[i] = (float) Math.sin(i * 0.01);
        OrtProfile ort = OrtProfile.run(prefix -> OrtEngine.open(onnx, 2, prefix), x, 1, 1, 2);
        long ortConvs = ort.nodes().stream().filter(t -> t.op().equals("Conv")).count();
        assertEquals(52, ortConvs, "ORT's fused Conv nodes (one per conv of mobilenet_v2): " + ort.nodes());
        assertTrue(ort.nodes().stream().allMatch(t -> t.ms() >= 0), ort.nodes().toString());

        // the native build at 2 threads (separable fusion on) and the generated Java (no separable fusion)
        for (Graph optimised : List.of(NativeBackend.generate(net, Set.of(), "netc.generated", null, 2).graph(),
                JavaBackend.generate(net, Set.of(), "netc.generated", null).graph())) {
            List<String> layers = optimised.nodes().stream().map(Node::name).toList();
            OrtProfile.Attribution a = ort.attribute(OrtProfile.layerOf(lowered, optimised), layers);
            // every ORT conv has a layer ...
            assertTrue(a.unmapped().stream().noneMatch(t -> t.op().equals("Conv") || t.op().equals("Gemm")), "unmapped: " + a.unmapped());
            // ... and every conv-like layer of netc gets ORT time (a fused separable layer: the depthwise and 1x1 nodes)
            for (Node n : optimised.nodes()) {
                boolean conv = n.op() instanceof Op.Conv || n.op() instanceof Op.SeparableConv || n.op() instanceof Op.Dense
                        || n.op() instanceof Op.PointwiseChain || n.op() instanceof Op.InvertedResidual;
                if (conv) assertTrue(a.layerMs().containsKey(n.name()), n.name() + " (" + Profiler.label(optimised, n) + ") has no ORT node: " + a.layerMs().keySet());
            }
            // what is left: layout reorders and the flatten (a view that netc does not time)
            assertTrue(a.unmapped().stream().allMatch(t -> t.op().startsWith("Reorder") || t.op().equals("Flatten")), "unmapped: " + a.unmapped());
            assertEquals(ort.totalMs(), a.mappedMs() + a.unmappedMs(), 1e-9);
        }
        // the native graph fuses depthwise and 1x1 into one layer: both ORT convs land on it
        Graph nat = NativeBackend.generate(net, Set.of(), "netc.generated", null, 2).graph();
        Map<String, String> layerOf = OrtProfile.layerOf(lowered, nat);
        Map<String, Long> convsPerLayer = ort.nodes().stream().filter(t -> t.op().equals("Conv"))
                .collect(Collectors.groupingBy(t -> OrtProfile.resolve(t.name(), layerOf), Collectors.counting()));
        long separable = nat.nodes().stream().filter(n -> n.op() instanceof Op.SeparableConv).count();
        assertTrue(separable > 0, "the 2-thread native build fuses separable convs");
        assertEquals(separable, convsPerLayer.values().stream().filter(c -> c == 2).count(), convsPerLayer.toString());
        // and the expand 1x1 with them into one inverted residual layer: three ORT convs
        long inverted = nat.nodes().stream().filter(n -> n.op() instanceof Op.InvertedResidual).count();
        assertTrue(inverted > 0, "the 2-thread native build fuses inverted residuals");
        assertEquals(inverted, convsPerLayer.values().stream().filter(c -> c == 3).count(), convsPerLayer.toString());
    }

    @Test
    void parseLeavesOutWarmUpAndAverages() {
        String trace = """
                [
                {"cat" : "Session","pid" :1,"tid" :1,"dur" :100,"ts" :10,"ph" : "X","name" :"model_run","args" : {}},
                {"cat" : "Node","pid" :1,"tid" :1,"dur" :900,"ts" :20,"ph" : "X","name" :"a_kernel_time","args" : {"op_name" : "Conv"}},
                {"cat" : "Session","pid" :1,"tid" :1,"dur" :100,"ts" :200,"ph" : "X","name" :"model_run","args" : {}},
                {"cat" : "Node","pid" :1,"tid" :1,"dur" :30,"ts" :210,"ph" : "X","name" :"a_kernel_time","args" : {"s" : "{\\"}", "op_name" : "Conv"}},
                {"cat" : "Node","pid" :1,"tid" :1,"dur" :5,"ts" :240,"ph" : "X","name" :"a_fence_before","args" : {"op_name" : "Conv"}},
                {"cat" : "Node","pid" :1,"tid" :1,"dur" :8,"ts" :250,"ph" : "X","name" :"b_nchwc_kernel_time","args" : {"op_name" : "Relu"}},
                {"cat" : "Session","pid" :1,"tid" :1,"dur" :100,"ts" :400,"ph" : "X","name" :"model_run","args" : {}},
                {"cat" : "Node","pid" :1,"tid" :1,"dur" :50,"ts" :410,"ph" : "X","name" :"a_kernel_time","args" : {"op_name" : "Conv"}}
                ]
                """;
        List<OrtProfile.NodeTime> nodes = OrtProfile.parse(trace, 1);
        assertEquals(List.of("a Conv", "b_nchwc Relu"), nodes.stream().map(t -> t.name() + " " + t.op()).toList());
        assertEquals(0.04, nodes.get(0).ms(), 1e-12); // (30 + 50) us over the 2 runs after the first
        assertEquals(0.004, nodes.get(1).ms(), 1e-12);
        assertEquals("L", OrtProfile.resolve("b_nchwc", Map.of("b", "L")));
        assertEquals("L", OrtProfile.resolve("b_3", Map.of("b", "L")));
        assertEquals("L", OrtProfile.resolve("b/gate", Map.of("b", "L")));
        assertEquals(null, OrtProfile.resolve("c", Map.of("b", "L")));
    }
}
