package netc.it;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The GEMM conv's pixel tails against ONNX Runtime: output planes of 1 to 17 pixels, 49 (7x7: three 16-pixel tiles
 * and a narrow tail of one) and 196 (14x14: a tail of four), for 1x1 convs (B read from packed panels) and strided
 * 3x3 ones (im2col), with channel counts that leave a short channel tile, more input channels than one K block, and
 * epilogues in registers (relu, the residual) and after the store (tanh, the one activation still applied by a scalar
 * call), on one and two threads.
 */
class NativeGemmTailTest {
    @TempDir Path tmp;

    static Stream<Arguments> cases() {
        List<String[]> planes = List.of(new String[] {"1", "1"}, new String[] {"1", "2"}, new String[] {"1", "3"}, new String[] {"2", "2"},
                new String[] {"1", "5"}, new String[] {"2", "3"}, new String[] {"1", "7"}, new String[] {"3", "3"}, new String[] {"2", "5"},
                new String[] {"1", "11"}, new String[] {"13", "1"}, new String[] {"1", "15"}, new String[] {"4", "4"}, new String[] {"17", "1"},
                new String[] {"7", "7"}, new String[] {"14", "14"});
        return planes.stream().flatMap(p -> Stream.of(
                Arguments.of("pw_" + p[0] + "x" + p[1], "20x" + p[0] + "x" + p[1], "add { conv(20, 1) -> bn\n in } -> relu", 1),
                Arguments.of("pw_deep_" + p[0] + "x" + p[1], "300x" + p[0] + "x" + p[1], "conv(14, 1) -> tanh", 2),
                Arguments.of("s2_" + p[0] + "x" + p[1], "9x" + (2 * Integer.parseInt(p[0])) + "x" + (2 * Integer.parseInt(p[1])),
                        "conv(16, 3, stride: 2, pad: 1) -> bn -> relu", 2)));
    }

    @ParameterizedTest(name = "{0} threads={3}")
    @MethodSource("cases")
    void matchesOnnxRuntime(String name, String input, String body, int threads) throws Exception {
        NativeSmallNets.checkAgainstOrt(tmp, name, input, body, threads, 17);
    }
}
