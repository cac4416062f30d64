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
 * The GEMM conv's im2col, which copies each tap's row eight pixels at a time (stride 1: one load; stride 2: the even
 * lanes of two loads), against ONNX Runtime on one and two threads: rows whose valid range leaves a masked tail
 * (1-7 pixels), stride-2 rows whose last group of 16 floats would end past the row (31 and 32 wide: the second load
 * masked), padding on both sides, a 5x5 and a dilated 3x3 at stride 1, and a 7x7 stride-2 stem on too many taps for
 * the stem kernel. All have enough multiply-adds to be split over two threads.
 */
class NativeIm2colTest {
    @TempDir Path tmp;

    static Stream<Arguments> cases() {
        List<String[]> nets = List.of(
                new String[] {"s2_1x1_w31_tight", "64x33x31", "conv(96, 1, stride: 2) -> relu"},
                new String[] {"s2_3x3_w32_tight", "40x32x32", "conv(48, 3, stride: 2, pad: 1) -> relu"},
                new String[] {"s2_3x3_odd", "37x29x27", "conv(29, 3, stride: 2, pad: 1) -> relu6"},
                new String[] {"s2_7x7_stem", "3x45x47", "conv(16, 7, stride: 2, pad: 3) -> relu"},
                new String[] {"s1_5x5_odd", "7x41x43", "conv(30, 5, pad: 2) -> relu"},
                new String[] {"s1_3x3_dilated", "16x23x21", "conv(20, 3, pad: 2, dilation: 2)"});
        return nets.stream().flatMap(n -> Stream.of(Arguments.of(n[0], n[1], n[2], 1), Arguments.of(n[0], n[1], n[2], 2)));
    }

    @ParameterizedTest(name = "{0} threads={3}")
    @MethodSource("cases")
    void matchesOnnxRuntime(String name, String input, String body, int threads) throws Exception {
        String ll = NativeSmallNets.checkAgainstOrt(tmp, name, input, body, threads, 29);
        assertTrue(ll.contains("<i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>") || !body.contains("stride: 2"),
                name + ": the stride-2 rows should be copied with the even-lane shuffle");
    }
}
