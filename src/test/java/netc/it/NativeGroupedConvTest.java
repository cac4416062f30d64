package netc.it;

import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grouped (not depthwise) convs on the direct kernel against ONNX Runtime: stride 2, padded (through the zero-padded
 * copy, its rows split in even and odd columns, from even and odd input widths; 5x5; dilated, unsplit) and not, on
 * output rows of 1 to 17 columns, so that every row ends in a masked tile of 1 to 7 columns after
 * none, one or two full ones (resnext's 14x14 -> 7x7 and 28x28 -> 14x14), with 4 and 8 channels per group, a
 * residual and a vector or scalar activation, on one thread and with the groups split over two.
 */
class NativeGroupedConvTest {
    @TempDir Path tmp;

    static Stream<Arguments> cases() {
        Stream<Arguments> widths = IntStream.rangeClosed(1, 17).boxed().flatMap(w -> Stream.of(
                Arguments.of("s2_pad_w" + w, "16x" + (2 * w + 1) + "x" + (2 * w), "conv(16, 3, stride: 2, pad: 1, groups: 4) -> bn -> relu", w % 2 + 1),
                Arguments.of("s2_valid_w" + w, "32x5x" + (2 * w + 1), "conv(32, 3, stride: 2, groups: 4) -> silu", 2 - w % 2),
                // odd widths: the padded row's last odd column is missing from its phase
                Arguments.of("s2_pad_odd_w" + w, "16x7x" + (2 * w + 1), "conv(16, 3, stride: 2, pad: 1, groups: 4) -> relu", 2 - w % 2),
                Arguments.of("s2_residual_w" + w, "16x" + (2 * w) + "x" + (2 * w),
                        "add { conv(16, 3, stride: 2, pad: 1, groups: 2) -> bn\n conv(16, 1, stride: 2) } -> relu6", 1)));
        // resnext's shapes, big enough for two threads
        return Stream.concat(widths, Stream.of(
                Arguments.of("resnext_7x7", "512x14x14", "conv(512, 3, stride: 2, pad: 1, groups: 32) -> bn -> relu", 2),
                Arguments.of("resnext_14x14", "256x28x28", "conv(256, 3, stride: 2, pad: 1, groups: 32) -> bn -> relu", 2),
                // a 5x5 (taps two elements into a phase) and a dilated one (no phases: every other lane of 16)
                Arguments.of("s2_k5_pad2", "16x13x15", "conv(16, 5, stride: 2, pad: 2, groups: 4) -> relu", 1),
                Arguments.of("s2_dilated", "16x11x13", "conv(16, 3, stride: 2, pad: 2, dilation: 2, groups: 4) -> relu", 1)));
    }

    @ParameterizedTest(name = "{0} threads={3}")
    @MethodSource("cases")
    void matchesOnnxRuntime(String name, String input, String body, int threads) throws Exception {
        NativeSmallNets.checkAgainstOrt(tmp, name, input, body, threads, 23);
    }
}
