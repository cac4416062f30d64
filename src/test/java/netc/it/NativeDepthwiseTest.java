package netc.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The native depthwise kernels against ONNX Runtime on small nets that reach each variant: stride 1 and 2,
 * symmetric, asymmetric and no padding, dilation, channel multipliers, 3x3 and 5x5, odd widths and planes small
 * enough to be unrolled whole or tall enough to loop over rows, epilogues in registers (relu6, hswish, the residual)
 * and after the plane (sigmoid, silu), on one thread and with the channels split over two.
 */
class NativeDepthwiseTest {
    @TempDir Path tmp;

    static Stream<Arguments> cases() {
        List<String[]> nets = List.of(
                new String[] {"s1_pad_relu6", "8x9x13", "dwconv(3, pad: 1) -> bn -> relu6"},
                new String[] {"s2_pad_hswish", "8x11x15", "dwconv(3, stride: 2, pad: 1) -> bn -> hswish"},
                new String[] {"s2_5x5_mult2", "6x7x7", "dwconv(5, stride: 2, pad: 2, mult: 2) -> relu"},
                new String[] {"s1_5x5_small", "16x7x7", "dwconv(5, pad: 2, bias: false) -> bn -> relu6"},
                new String[] {"dilated", "4x20x21", "dwconv(3, pad: 2, dilation: 2) -> relu"},
                new String[] {"dilated_s2", "4x19x23", "dwconv(3, stride: 2, pad: 2, dilation: 2) -> relu6"},
                new String[] {"residual", "8x14x14", "add { dwconv(3, pad: 1) -> bn\n in } -> relu"},
                new String[] {"asym_s2_sigmoid", "8x16x16", "dwconv(3, stride: 2, pad: [0, 1, 0, 1]) -> sigmoid"},
                new String[] {"valid_silu", "4x12x30", "dwconv(3) -> silu"},
                new String[] {"tall_s1", "12x40x37", "dwconv(3, pad: 1) -> bn -> relu6"},
                new String[] {"tall_s2", "12x41x45", "dwconv(3, stride: 2, pad: 1) -> bn -> relu6"},
                new String[] {"tall_s2_even", "32x56x56", "dwconv(3, stride: 2, pad: 1) -> bn -> relu6"},
                new String[] {"narrow", "8x30x3", "dwconv(3, stride: 2, pad: 1) -> relu"});
        return nets.stream().flatMap(n -> Stream.of(Arguments.of(n[0], n[1], n[2], 1), Arguments.of(n[0], n[1], n[2], 2)));
    }

    @ParameterizedTest(name = "{0} threads={3}")
    @MethodSource("cases")
    void matchesOnnxRuntime(String name, String input, String body, int threads) throws Exception {
        String ir = NativeSmallNets.checkAgainstOrt(tmp, name, input, body, threads, 11);
        assertTrue(ir.contains("; depthwise "), "the conv did not take the depthwise kernel");
    }
}
