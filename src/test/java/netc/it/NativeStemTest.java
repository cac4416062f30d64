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
 * The native stem kernel (stride-2 convs on few input channels, straight from deinterleaved input rows) against
 * ONNX Runtime: mobilenet_v2's 3x3/s2 3 -> 32 at 224x224 with BN and relu6, odd sizes whose last 16-pixel tile is
 * partial, channel counts that leave a short tile of 6, no padding, asymmetric padding with an even kernel, 1x1,
 * a residual, activations applied in registers and not, on one thread and on two (the larger cases are split by
 * output rows); the IR says the kernel was taken.
 */
class NativeStemTest {
    @TempDir Path tmp;

    static Stream<Arguments> cases() {
        List<String[]> nets = List.of(
                new String[] {"mobilenet", "3x224x224", "conv(32, 3, stride: 2, pad: 1, bias: false) -> bn -> relu6"},
                new String[] {"odd", "3x17x23", "conv(10, 3, stride: 2, pad: 1) -> relu"},
                new String[] {"unpadded", "1x9x8", "conv(7, 3, stride: 2)"},
                new String[] {"even_asym", "2x15x33", "conv(13, 2, stride: 2, pad: [0, 1, 0, 1]) -> hswish"},
                new String[] {"one_by_one", "3x13x13", "conv(5, 1, stride: 2) -> sigmoid"},
                new String[] {"residual", "4x40x70", "add { conv(20, 3, stride: 2, pad: 1) -> relu\n conv(20, 3, stride: 2, pad: 1) } -> relu"},
                new String[] {"wide", "3x64x150", "conv(24, 3, stride: 2, pad: 1) -> silu"});
        return nets.stream().flatMap(n -> Stream.of(Arguments.of(n[0], n[1], n[2], 1), Arguments.of(n[0], n[1], n[2], 2)));
    }

    @ParameterizedTest(name = "{0} threads={3}")
    @MethodSource("cases")
    void matchesOnnxRuntime(String name, String input, String body, int threads) throws Exception {
        String ir = NativeSmallNets.checkAgainstOrt(tmp, name, input, body, threads, 17);
        long stems = ir.lines().filter(l -> l.contains("; stem: direct stride-2 conv")).count();
        assertEquals(name.equals("residual") ? 2 : 1, stems, name + ": the stem kernel was not taken");
    }
}
