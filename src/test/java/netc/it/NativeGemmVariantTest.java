package netc.it;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The GEMM conv's kernel variants against ONNX Runtime, on one and two threads: 1x1 convs that read B straight from
 * the input (at most 96 output channels on planes of 196 pixels and more) and ones that pack it, with odd input
 * channel counts (1, 37, and 300: two K blocks with partial sums in between), odd output channel counts (a short
 * last channel tile: 5, 7, 13, 97, 200, 250; the last two with channel tiles outside pixel tiles, more channels
 * than pixels), odd pixel counts (2303 = 143 x 16 + 15, 667, 323, 221, 196, 49), the residual, a strided 1x1
 * conv on an odd-sized input, and planes of at most 196 pixels with all of K (up to 512 taps) in one block or not
 * (517); all but the smallest have enough multiply-adds to be split over two threads.
 */
class NativeGemmVariantTest {
    @TempDir Path tmp;

    static Stream<Arguments> cases() {
        List<String[]> nets = List.of(
                new String[] {"direct_k37_o13", "37x49x47", "conv(13, 1) -> relu"},
                new String[] {"direct_k300_o7", "300x23x29", "conv(7, 1) -> sigmoid"},
                new String[] {"direct_k1_o5", "1x20x20", "conv(5, 1) -> bn -> relu"},
                new String[] {"direct_residual_o96", "96x14x14", "add { conv(96, 1) -> bn\n in } -> relu"},
                new String[] {"packed_k37_o97", "37x17x19", "conv(97, 1) -> relu"},
                new String[] {"packed_k300_o97", "300x13x17", "conv(97, 1) -> relu6"},
                new String[] {"channels_outer_k300_o200", "300x7x7", "conv(200, 1) -> relu"},
                new String[] {"channels_outer_k160_o250", "160x14x14", "add { conv(250, 1) -> bn\n conv(250, 1) } -> relu"},
                new String[] {"stride2_k65_o20", "65x63x61", "conv(20, 1, stride: 2) -> relu"},
                // small planes: up to 512 taps in one K block (7x7, and 14x14 through a stride-2 im2col); 517 taps: three
                new String[] {"whole_k512_7x7", "512x7x7", "add { conv(150, 1) -> bn\n conv(150, 1) } -> relu"},
                new String[] {"whole_k480_stride2_14x14", "480x27x27", "conv(100, 1, stride: 2) -> relu"},
                new String[] {"blocks_k517_7x7", "517x7x7", "conv(131, 1) -> relu"});
        return nets.stream().flatMap(n -> Stream.of(Arguments.of(n[0], n[1], n[2], 1), Arguments.of(n[0], n[1], n[2], 2)));
    }

    @ParameterizedTest(name = "{0} threads={3}")
    @MethodSource("cases")
    void matchesOnnxRuntime(String name, String input, String body, int threads) throws Exception {
        NativeSmallNets.checkAgainstOrt(tmp, name, input, body, threads, 23);
    }
}
