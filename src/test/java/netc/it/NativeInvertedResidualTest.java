package netc.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import netc.ir.Op;
import netc.passes.Pipeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The native inverted residual kernel (fuse_inverted_residual: expand 1x1, depthwise, project 1x1 in bands) against
 * ONNX Runtime, which runs the three convs unfused: stride 1 and 2, with and without the residual, expansion 1 and
 * 6, odd widths and widths that are not a multiple of 8 or 16 (the depthwise through its buffer, masked expand
 * loads), heights that leave a short last band, more expanded channels than one K block with a last block that is
 * not a multiple of 6, an activation with no vector form on the expand, on one thread and on two.
 */
class NativeInvertedResidualTest {
    @TempDir Path tmp;

    static Stream<Arguments> cases() {
        List<String[]> nets = List.of(
                new String[] {"s1_res", "16x28x28", "add { conv(96, 1, bias: false) -> bn -> relu6 -> dwconv(3, pad: 1) -> bn -> relu6 -> conv(16, 1) -> bn\n in }"},
                new String[] {"s1_odd", "8x29x31", "conv(48, 1) -> relu6 -> dwconv(3, pad: 1) -> relu6 -> conv(12, 1)"},
                new String[] {"s1_w30_res", "24x30x30", "add { conv(144, 1) -> relu6 -> dwconv(3, pad: 1) -> relu6 -> conv(24, 1)\n in }"},
                new String[] {"s1_e1", "16x28x28", "conv(16, 1) -> relu6 -> dwconv(3, pad: 1) -> relu6 -> conv(8, 1)"},
                new String[] {"s1_tall", "8x90x9", "conv(30, 1) -> relu -> dwconv(3, pad: 1) -> relu6 -> conv(7, 1) -> relu"},
                new String[] {"s1_k_blocks", "32x28x28", "conv(400, 1) -> relu6 -> dwconv(3, pad: 1) -> relu6 -> conv(20, 1)"},
                new String[] {"s1_silu_5x5", "12x33x35", "conv(36, 1) -> silu -> dwconv(5, pad: 2) -> relu6 -> conv(13, 1)"},
                new String[] {"s2", "16x56x56", "conv(96, 1, bias: false) -> bn -> relu6 -> dwconv(3, stride: 2, pad: 1) -> bn -> relu6 -> conv(24, 1)"},
                new String[] {"s2_odd", "10x33x37", "conv(60, 1) -> relu6 -> dwconv(3, stride: 2, pad: 1) -> relu6 -> conv(14, 1)"},
                new String[] {"s2_k_blocks", "24x44x44", "conv(400, 1) -> relu6 -> dwconv(3, stride: 2, pad: 1) -> relu6 -> conv(32, 1)"});
        return nets.stream().flatMap(n -> Stream.of(Arguments.of(n[0], n[1], n[2], 1), Arguments.of(n[0], n[1], n[2], 2)));
    }

    @ParameterizedTest(name = "{0} threads={3}")
    @MethodSource("cases")
    void matchesOnnxRuntime(String name, String input, String body, int threads) throws Exception {
        check(name, input, body, threads);
    }

    /**
     * Bands of 2 and 3 rows (irRows), so that each thread's range has several bands whose window rolls from the previous
     * one, the last full band's window clamped at the image's bottom and a short last band; in three chunks (irChunks)
     * on two threads.
     */
    static Stream<Arguments> smallBands() {
        return cases().filter(a -> List.of("s1_res", "s1_odd", "s1_silu_5x5", "s2_odd", "s2_k_blocks").contains((String) a.get()[0]))
                .flatMap(a -> Stream.of(2, 3).map(rows -> Arguments.of(a.get()[0], a.get()[1], a.get()[2], a.get()[3], rows)));
    }

    @ParameterizedTest(name = "{0} threads={3} rows={4}")
    @MethodSource("smallBands")
    void rollingWindow(String name, String input, String body, int threads, int rows) throws Exception {
        System.setProperty("netc.native.irRows", "" + rows);
        System.setProperty("netc.native.irChunks", "3"); // chunks that start mid-range, each expanding its halo anew
        try {
            check(name + "_rows" + rows, input, body, threads);
        } finally {
            System.clearProperty("netc.native.irRows");
            System.clearProperty("netc.native.irChunks");
        }
    }

    /** Fused whatever the expansion and the depthwise's size (the defaults leave 1x and 5x5 apart): the kernel's cases. */
    private void check(String name, String input, String body, int threads) throws Exception {
        var gen = NativeSmallNets.withProperty("netc.native.invertedResidual.minRatio", "1", () -> NativeSmallNets.withProperty(
                "netc.native.invertedResidual.maxKernel", "7", () -> NativeSmallNets.checkAgainstOrt(tmp, name, input, body,
                        Set.of(Pipeline.on("fuse_separable"), Pipeline.on("fuse_inverted_residual")), threads, 17)));
        assertTrue(gen.graph().nodes().stream().anyMatch(n -> n.op() instanceof Op.InvertedResidual),
                name + ": the pass did not fuse: " + gen.graph().nodes());
    }
}
