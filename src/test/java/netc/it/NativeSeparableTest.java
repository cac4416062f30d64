package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import netc.ir.KernelPlan;
import netc.ir.Op;
import netc.passes.Pipeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The native fused kernels against ONNX Runtime (which runs the unfused convs): fuse_separable's depthwise + 1x1
 * (strides 1 and 2, dilation, asymmetric padding, channel multiplier, 5x5, relu6 / hswish / silu on either conv, a
 * residual on the 1x1, odd sizes, widths that leave a partial vector, more depthwise channels than one K block,
 * bands that do not divide the height) and fuse_pointwise_chain's chains of 1x1 convs (with a residual, more
 * channels than one K block, a pixel count that leaves a short last block), on one thread and on two (the larger
 * cases pass the two-thread threshold, so their bands or blocks are split).
 */
class NativeSeparableTest {
    @TempDir Path tmp;

    static Stream<Arguments> cases() {
        List<String[]> nets = List.of(
                new String[] {"s1_relu6", "8x9x13", "dwconv(3, pad: 1) -> bn -> relu6 -> conv(12, 1, bias: false) -> bn", "separable"},
                new String[] {"s2_hswish", "8x11x15", "dwconv(3, stride: 2, pad: 1) -> bn -> hswish -> conv(8, 1) -> hswish", "separable"},
                new String[] {"residual", "16x14x14", "add { dwconv(3, pad: 1) -> bn -> relu6 -> conv(16, 1) -> bn\n in } -> relu", "separable"},
                new String[] {"dilated", "6x20x21", "dwconv(3, pad: 2, dilation: 2) -> relu -> conv(10, 1)", "separable"},
                new String[] {"dilated_s2", "6x19x23", "dwconv(3, stride: 2, pad: 2, dilation: 2) -> relu6 -> conv(6, 1) -> relu", "separable"},
                new String[] {"asym_s2", "8x16x16", "dwconv(3, stride: 2, pad: [0, 1, 0, 1]) -> conv(8, 1) -> sigmoid", "separable"},
                new String[] {"mult2_5x5", "6x7x7", "dwconv(5, pad: 2, mult: 2) -> silu -> conv(7, 1) -> relu6", "separable"},
                new String[] {"s3", "4x17x19", "dwconv(3, stride: 3, pad: 1) -> relu -> conv(4, 1)", "separable"},
                new String[] {"narrow", "8x30x3", "dwconv(3, stride: 2, pad: 1) -> relu -> conv(5, 1)", "separable"},
                new String[] {"big_s1", "96x28x28", "dwconv(3, pad: 1) -> bn -> relu6 -> conv(40, 1, bias: false) -> bn", "separable"},
                new String[] {"big_res", "32x56x56", "add { dwconv(3, pad: 1) -> bn -> relu6 -> conv(32, 1, bias: false) -> bn\n in }", "separable"},
                new String[] {"k_blocks", "300x9x11", "dwconv(3, pad: 1) -> bn -> relu6 -> conv(50, 1) -> relu", "separable"},
                new String[] {"big_s2", "144x29x31", "dwconv(3, stride: 2, pad: 1) -> bn -> relu6 -> conv(48, 1, bias: false) -> bn", "separable"},
                new String[] {"chain", "8x13x11", "conv(24, 1) -> relu -> conv(24, 1) -> relu -> conv(10, 1)", "chain"},
                new String[] {"chain_res", "16x30x30", "add { conv(48, 1) -> relu -> conv(48, 1) -> relu6 -> conv(16, 1)\n in }", "chain"},
                new String[] {"chain_k", "40x33x35", "conv(280, 1) -> relu -> conv(300, 1) -> hswish -> conv(24, 1) -> relu", "chain"});
        return nets.stream().flatMap(n -> Stream.of(Arguments.of(n[0], n[1], n[2], n[3], 1), Arguments.of(n[0], n[1], n[2], n[3], 2)));
    }

    @ParameterizedTest(name = "{0} threads={4}")
    @MethodSource("cases")
    void matchesOnnxRuntime(String name, String input, String body, String fused, int threads) throws Exception {
        // fused at any size and width (two-thread builds leave planes under 28x28 and 1x1s of more than 32 channels
        // apart by default): the kernel's cases
        var gen = NativeSmallNets.withProperty("netc.native.separable.minPixels", "0", () -> NativeSmallNets.withProperty("netc.native.separable.maxOut", "4096",
                () -> NativeSmallNets.checkAgainstOrt(tmp, name, input, body, Set.of(Pipeline.on("fuse_separable")), threads, 13)));
        boolean fusedNode = gen.graph().nodes().stream().anyMatch(n -> fused.equals("separable") ? n.op() instanceof Op.SeparableConv
                : n.op() instanceof Op.PointwiseChain);
        assertTrue(fusedNode, name + ": the pass did not fuse: " + gen.graph().nodes());
    }

    /**
     * The separable knobs reach the plan and the kernel: one-row bands (separablePanel) without the even/odd split
     * (deinterleave=false) on a stride-2 layer, still against ONNX Runtime (the scratch follows the node's plan).
     */
    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 2})
    void knobsReachThePlanAndStillMatch(int threads) throws Exception {
        var gen = NativeSmallNets.withProperty("netc.native.separablePanel", "2048", () -> NativeSmallNets.withProperty("netc.native.deinterleave", "false",
                () -> NativeSmallNets.checkAgainstOrt(tmp, "knobs_s2", "144x29x31", "dwconv(3, stride: 2, pad: 1) -> bn -> relu6 -> conv(24, 1, bias: false) -> bn",
                        Set.of(Pipeline.on("fuse_separable")), threads, 13)));
        var plan = (KernelPlan.Separable) gen.graph().nodes().stream().filter(n -> n.op() instanceof Op.SeparableConv).findFirst().orElseThrow().plan();
        assertEquals(1, plan.rows(), "2048 floats of panel hold one 15-pixel row of 144 channels at most");
        assertFalse(plan.deinterleave());
    }
}
