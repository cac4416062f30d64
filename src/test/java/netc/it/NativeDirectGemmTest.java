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
 * 1x1 convs reading B in place (plan {@code gemm-1x1 ... direct-b}, at most 96 output channels on planes of 14x14 and
 * up) against ONNX Runtime, on one and two threads: with pixel tiles outside ({@code direct-b order=pixels}, K blocks
 * of at least 64 taps) K blocks evened out (577 = 145 x 3 + 142, 200 = 2 x 100) or one (64, 144), pixel tails of 4
 * (narrow), 1, 13 (masked) and none, short channel tiles (29, 32, 16 of 6), a range of pixel blocks with a shorter last
 * block, a residual, activations in registers and not (sigmoid); and K blocks under 64 (channel tiles outside). The
 * IR says which loop order ran.
 */
class NativeDirectGemmTest {
    @TempDir Path tmp;

    static Stream<Arguments> cases() {
        List<String[]> nets = List.of(
                new String[] {"k577_o29_14x14", "577x14x14", "conv(29, 1) -> relu", "true"},
                new String[] {"k200_o64_15x15_residual", "200x15x15", "add { conv(64, 1) -> bn\n conv(64, 3, pad: 1) } -> relu6", "true"},
                new String[] {"k144_o24_17x13_sigmoid", "144x17x13", "conv(24, 1) -> sigmoid", "true"},
                new String[] {"k64_o16_28x28", "64x28x28", "conv(16, 1) -> bn -> relu", "true"},
                new String[] {"k192_o32_29x27", "192x29x27", "conv(32, 1) -> bn", "true"},
                new String[] {"k40_o24_20x20", "40x20x20", "conv(24, 1) -> relu", "false"});
        return nets.stream().flatMap(n -> Stream.of(Arguments.of(n[0], n[1], n[2], n[3], 1), Arguments.of(n[0], n[1], n[2], n[3], 2)));
    }

    @ParameterizedTest(name = "{0} threads={4}")
    @MethodSource("cases")
    void matchesOnnxRuntime(String name, String input, String body, String pixelsOuter, int threads) throws Exception {
        String ir = NativeSmallNets.checkAgainstOrt(tmp, name, input, body, threads, 23);
        assertEquals(Boolean.parseBoolean(pixelsOuter), ir.contains("; gemm-1x1 direct-b: pixel tiles outside"), name + ": loop order");
    }
}
