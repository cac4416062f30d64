package netc.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import netc.backend.llvm.NativeBackend;
import netc.ir.IrPrinter;
import netc.backend.onnx.OnnxExporter;
import netc.model.Network;
import netc.runtime.Model;
import netc.runtime.io.RandomWeights;
import netc.runtime.io.WeightSource;
import netc.passes.Pipeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The blocked layout NCHWc8 (pass nchwc: reorders, the blocked depthwise, the oc-vector GEMM's blocked mode, flat
 * sums) against ONNX Runtime, on one and two threads: channel counts that are not multiples of 8 (20, 36, 100, 12)
 * and are (64, 96, 160), 7x7, 14x14 and odd planes (9x9, 5x5, 13x11), stride 2 depthwise convs, residuals fused into
 * the 1x1 and a separate sum, activations in registers and not (sigmoid, hard sigmoid, whose f(0) is not 0), chains
 * that end at the graph's output, that feed a non-blocked layer (a pool) or a global average pool (which reads
 * the blocked tensor) and that start at the graph's input; the IR says the chain was blocked.
 */
class NativeNchwcTest {
    @TempDir Path tmp;

    static Stream<Arguments> cases() {
        List<String[]> nets = List.of(
                new String[] {"ir_c20_7x7", "20x7x7", "add { conv(100, 1) -> relu6 -> dwconv(3, pad: 1) -> relu6 -> conv(20, 1)\n in }"},
                new String[] {"ir_c36_14x14_s2", "36x14x14", "conv(100, 1) -> relu6 -> dwconv(3, stride: 2, pad: 1) -> relu6 -> conv(36, 1) -> relu"},
                new String[] {"odd_9x9", "12x9x9", "conv(36, 1) -> hsigmoid -> dwconv(3, pad: 1) -> sigmoid -> conv(20, 1) -> hswish"},
                new String[] {"odd_5x5_s2", "20x11x11", "dwconv(3, stride: 2, pad: 1) -> relu -> conv(29, 1) -> relu6 -> dwconv(5, pad: 2) -> conv(12, 1)"},
                new String[] {"plain_13x11", "64x13x11", "add { conv(96, 1) -> relu6 -> dwconv(3, pad: 1) -> relu6 -> conv(64, 1)\n in } -> relu -> conv(160, 1)"},
                new String[] {"sum_then_pool", "40x7x7", "add { conv(40, 1) -> relu\n dwconv(3, pad: 1) } -> relu6 -> conv(160, 1) -> relu6 -> avgpool(7)"},
                new String[] {"global_pool_c20", "36x9x9", "conv(20, 1) -> relu6 -> dwconv(3, stride: 2, pad: 1) -> conv(100, 1) -> hswish -> adaptive_avgpool([1, 1])"},
                new String[] {"global_pool_c64_and_sum", "64x7x7", "add { conv(64, 1) -> relu6 -> dwconv(3, pad: 1)\n in } -> adaptive_avgpool([1, 1])"},
                new String[] {"two_chains_c100", "100x14x14", "conv(100, 1) -> relu6 -> dwconv(3, pad: 1) -> relu6 -> maxpool(2) -> conv(36, 1) -> dwconv(3, pad: 1)"});
        return nets.stream().flatMap(n -> Stream.of(Arguments.of(n[0], n[1], n[2], 1), Arguments.of(n[0], n[1], n[2], 2)));
    }

    @ParameterizedTest(name = "{0} threads={3}")
    @MethodSource("cases")
    void matchesOnnxRuntime(String name, String input, String body, int threads) throws Exception {
        // chains of two layers and more, however many reorders (the defaults want 4 layers and 4 per reorder)
        var gen = NativeSmallNets.withProperty("netc.native.nchwc.minLayers", "2", () -> NativeSmallNets.withProperty("netc.native.nchwc.layersPerReorder",
                "1", () -> NativeSmallNets.checkAgainstOrt(tmp, name, input, body, Set.of(Pipeline.on("nchwc"), "fuse_separable", "fuse_inverted_residual"),
                        threads, 37)));
        String ir = IrPrinter.print(gen.graph());
        assertTrue(ir.contains("NCHWc8 = reorder") && (ir.contains("NCHW = reorder") || name.startsWith("global_pool")), name + ": no blocked chain:\n" + ir);
        assertTrue(gen.llvmIr().contains("on NCHWc8") && gen.llvmIr().contains("NCHWc8 in and out"), name + ": a blocked kernel is missing");
        if (name.startsWith("global_pool")) assertTrue(gen.llvmIr().contains("global average pool, NCHWc8"), name + ": the pool did not read the chain's end");
    }

    /**
     * Whole networks with the pass on, at their declared input size (so that the 14x14 and 7x7 stages are what the
     * pass takes): on one thread every small-plane layer is unfused, on two the 14x14 ones are fused separable convs
     * and only the 7x7 stage is blocked.
     */
    @ParameterizedTest(name = "{0} threads={1}")
    @MethodSource("networks")
    void wholeNetworkMatchesOnnxRuntime(String name, int threads) throws Exception {
        Network net = Reference.build("stdlib:" + name, List.of(), null);
        var gen = NativeBackend.generate(net, Set.of(Pipeline.on("nchwc")), "netc.generated", null, threads);
        assertTrue(IrPrinter.print(gen.graph()).contains("NCHWc8 = conv"), name + ": nothing blocked");
        WeightSource w = CalibratedWeights.of(net, new RandomWeights(5, gen.graph().parameters()), 5);
        Model m = (Model) NativeBackend.instantiate(gen, NativeBackend.Options.DEFAULT, tmp.resolve("lib"), w);
        byte[] onnx = OnnxExporter.bytes(net, w, OnnxExporter.DEFAULT_OPSET);
        for (var d : OnnxOracle.compare(m, onnx, 5, 1).values()) assertTrue(d.ok(), name + ": " + d);
    }

    static Stream<Arguments> networks() {
        return Stream.of(Arguments.of("mobilenet_v2", 1), Arguments.of("mobilenet_v2", 2), Arguments.of("mnasnet0_5", 2));
    }
}
