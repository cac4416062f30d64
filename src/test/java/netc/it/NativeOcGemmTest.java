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
 * The channel-vectorised GEMM (OcVectorGemm, plan {@code gemm-oc}) against ONNX Runtime, on one and two threads:
 * 7x7, 5x5 and (with {@code ocGemm.pixels=196}) 14x14 planes, pixel counts with a tail of 1 (49, 25) and none (196),
 * output channel counts that leave a short last tile of 24 (29, 30, 50, 100) or none (48, 1280), one K block (3, 40,
 * 64 input channels, and 320 and 960, whole since B fits) or several (1024, 37 x 9, 48 x 9, 96 x 9 taps), 1x1 read in place, 3x3 (stride 1 and
 * 2) and strided 1x1 through im2col, a residual, activations in registers (relu, relu6, hswish, silu) and not (tanh);
 * the IR says the kernel ran.
 */
class NativeOcGemmTest {
    @TempDir Path tmp;

    static Stream<Arguments> cases() {
        List<String[]> nets = List.of(
                new String[] {"head_k320_o1280", "320x7x7", "conv(1280, 1) -> bn -> relu6", "49"},
                // two threads take tiles of 16 channels x 6 pixels here (80 | 80 rather than 72 | 88 in tiles of 24)
                new String[] {"project_k960_o160", "960x7x7", "conv(160, 1) -> bn", "49"},
                new String[] {"k3_o48", "3x7x7", "conv(48, 1) -> relu", "49"},
                new String[] {"conv3x3_k37_o29", "37x5x5", "conv(29, 3, pad: 1) -> hswish", "49"},
                new String[] {"conv3x3_k96_o50", "96x7x7", "conv(50, 3, pad: 1) -> bn -> relu", "49"},
                new String[] {"stride2_k64_o100", "64x14x13", "conv(100, 1, stride: 2) -> tanh", "49"},
                new String[] {"stride2_3x3_k48_o30", "48x13x13", "conv(30, 3, stride: 2, pad: 1) -> relu", "49"},
                // weights over 4 x L2 (2.4 MB): K blocks of 128 taps
                new String[] {"k1024_o600", "1024x7x7", "conv(600, 1) -> bn -> relu", "49"},
                new String[] {"residual_k40_o50", "40x7x7", "add { conv(50, 1) -> bn\n conv(50, 3, pad: 1) } -> relu", "49"},
                new String[] {"plane14_k320_o29", "320x14x14", "conv(29, 1) -> silu", "196"},
                new String[] {"plane14_3x3_k40_o72", "40x14x14", "add { conv(72, 3, pad: 1)\n conv(72, 1) } -> relu6", "196"});
        return nets.stream().flatMap(n -> Stream.of(Arguments.of(n[0], n[1], n[2], n[3], 1), Arguments.of(n[0], n[1], n[2], n[3], 2)));
    }

    @ParameterizedTest(name = "{0} threads={4}")
    @MethodSource("cases")
    void matchesOnnxRuntime(String name, String input, String body, String pixels, int threads) throws Exception {
        String ir = NativeSmallNets.withProperty("netc.native.ocGemm.pixels", pixels, () -> NativeSmallNets.checkAgainstOrt(tmp, name, input, body, threads, 31));
        assertTrue(ir.contains("; gemm-oc: "), name + ": the channel-vectorised GEMM was not taken");
    }
}
