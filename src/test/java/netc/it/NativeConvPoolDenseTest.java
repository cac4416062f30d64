package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fused head (fuse_conv_pool_dense: a blocked 1x1, the global pool and the dense layer as one kernel) against
 * ONNX Runtime on 3 images (each image's partials in its own slots): output counts with a rest after the 4-vector
 * loop and lanes past the last vector, a channel tile tail (64 = 24 + 24 + 16), activations on the dense output,
 * 7x7 and 14x14 planes, several chunks on two threads (the 320-channel head) and all of them on one; the graph says
 * the node was fused; NCHW heads too (SiLU and hard-swish, a second dense layer after the fused one).
 */
class NativeConvPoolDenseTest {
    @TempDir Path tmp;

    /** A chain nchwc blocks (1x1, depthwise, 1x1, depthwise; no two 1x1s in a row, which fuse_pointwise_chain takes) ending in the head. */
    private static String body(int head, String dense) {
        return "conv(32, 1) -> relu -> conv(32, 3, pad: 1, groups: 32) -> relu -> conv(64, 1) -> relu -> conv(64, 3, pad: 1, groups: 64) -> relu -> conv("
                + head + ", 1) -> relu6 -> gap -> flatten -> " + dense;
    }

    static Stream<Arguments> cases() {
        List<String[]> nets = List.of(
                new String[] {"o37_c64", "16x7x7", body(64, "linear(37)")},
                new String[] {"o10_c64_relu_14x14", "16x14x14", body(64, "linear(10) -> relu")},
                new String[] {"o8_c48_sigmoid", "16x7x7", body(48, "linear(8) -> sigmoid")},
                new String[] {"o1000_c320", "16x7x7", body(320, "linear(1000)")},
                new String[] {"o1003_c320_14x14", "8x14x14", body(320, "linear(1003)")},
                // NCHW heads (no blocked chain before them): the conv's own oc-vector GEMM plan, the transpose skipped
                new String[] {"nchw_o1000_c320_silu", "32x7x7", "conv(320, 1) -> silu -> gap -> flatten -> linear(1000)"},
                new String[] {"nchw_o37_c50", "16x7x7", "conv(50, 1) -> relu -> gap -> flatten -> linear(37) -> hswish"},
                new String[] {"nchw_two_dense", "24x7x7", "conv(96, 1) -> hswish -> gap -> flatten -> linear(128) -> hswish -> linear(10)"});
        return nets.stream().flatMap(n -> Stream.of(Arguments.of(n[0], n[1], n[2], 1), Arguments.of(n[0], n[1], n[2], 2)));
    }

    @ParameterizedTest(name = "{0} threads={3}")
    @MethodSource("cases")
    void matchesOnnxRuntime(String name, String input, String body, int threads) throws Exception {
        var gen = NativeSmallNets.checkAgainstOrt(tmp, name, input, body, java.util.Set.of(), threads, 23);
        long fused = gen.graph().nodes().stream().filter(n -> n.op() instanceof netc.ir.Op.ConvPoolDense).count();
        assertEquals(1, fused, name + ": one conv_pool_dense node");
    }
}
