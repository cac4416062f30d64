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
 * The native vector pooling kernels against ONNX Runtime: max and average, kernels 1 to 7 (square and not),
 * strides 1, 2 and 3 (a row split into one, two and three phases), padding, ceil mode (windows past the padding),
 * dilation, average with and without the padding counted, odd and narrow planes (one partial tile, rows peeled at
 * both ends only), tall planes (rows in the loop), the global average pool, on one thread and with the channels
 * split over two (the cases at the end big enough to be split).
 */
class NativePoolTest {
    @TempDir Path tmp;

    static Stream<Arguments> cases() {
        List<String[]> nets = List.of(
                new String[] {"max1", "4x9x13", "maxpool(1)"},
                new String[] {"max2_odd", "4x9x13", "maxpool(2)"},
                new String[] {"max3s2_pad", "8x30x31", "maxpool(3, stride: 2, pad: 1)"},
                new String[] {"max3s2_resnet", "64x56x56", "maxpool(3, stride: 2, pad: 1)"},
                new String[] {"max3s1_pad", "8x14x14", "maxpool(3, stride: 1, pad: 1)"},
                new String[] {"max3s2_ceil", "8x27x27", "maxpool(3, stride: 2, ceil: true)"},
                new String[] {"max3s2_ceil_odd", "8x14x15", "maxpool(3, stride: 2, ceil: true)"},
                new String[] {"max5s1_pad", "4x11x19", "maxpool(5, stride: 1, pad: 2)"},
                new String[] {"max7s2_pad", "4x23x17", "maxpool(7, stride: 2, pad: 3)"},
                new String[] {"max3s3", "4x20x25", "maxpool(3)"},
                new String[] {"max3s3_ceil_pad", "4x20x25", "maxpool(3, pad: 1, ceil: true)"},
                new String[] {"max_dilated", "4x20x21", "maxpool(3, stride: 1, pad: 1, dilation: 2)"},
                new String[] {"max_dilated_s2", "4x19x23", "maxpool(3, stride: 2, pad: 1, dilation: 2)"},
                new String[] {"max_rect", "4x12x18", "maxpool([3, 2], stride: [1, 2], pad: [1, 0])"},
                new String[] {"max_narrow", "8x30x3", "maxpool(3, stride: 2, pad: 1)"},
                new String[] {"max_tall", "6x40x9", "maxpool(3, stride: 1, pad: 1)"},
                new String[] {"avg2_densenet", "8x28x28", "avgpool(2)"},
                new String[] {"avg3s1_pad", "8x14x14", "avgpool(3, stride: 1, pad: 1)"},
                new String[] {"avg3s1_pad_excl", "8x14x13", "avgpool(3, stride: 1, pad: 1, count_include_pad: false)"},
                new String[] {"avg3s2_ceil", "4x14x15", "avgpool(3, stride: 2, pad: 1, ceil: true)"},
                new String[] {"avg3s2_ceil_excl", "4x14x15", "avgpool(3, stride: 2, pad: 1, ceil: true, count_include_pad: false)"},
                new String[] {"avg5s3_ceil", "4x17x20", "avgpool(5, stride: 3, pad: 2, ceil: true)"},
                new String[] {"avg7_global", "16x7x7", "avgpool(7)"},
                new String[] {"avg_rect", "4x9x16", "avgpool([1, 3], stride: [1, 1], pad: [0, 1], count_include_pad: false)"},
                new String[] {"global", "24x7x9", "gap"},
                // big enough for two threads (even and odd output rows, 7x7 planes)
                new String[] {"max3s2_rows_even", "32x67x45", "maxpool(3, stride: 2, pad: 1)"},
                new String[] {"max3s2_rows_odd", "32x65x45", "maxpool(3, stride: 2, pad: 1)"},
                new String[] {"avg3s1_rows_excl", "24x40x40", "avgpool(3, stride: 1, pad: 1, count_include_pad: false)"},
                new String[] {"max3s1_channels", "300x7x7", "maxpool(3, stride: 1, pad: 1)"});
        return nets.stream().flatMap(n -> Stream.of(Arguments.of(n[0], n[1], n[2], 1), Arguments.of(n[0], n[1], n[2], 2)));
    }

    @ParameterizedTest(name = "{0} threads={3}")
    @MethodSource("cases")
    void matchesOnnxRuntime(String name, String input, String body, int threads) throws Exception {
        String ir = NativeSmallNets.checkAgainstOrt(tmp, name, input, body, threads, 13);
        assertTrue(body.equals("gap") || ir.contains(" pool "), "the pool did not take the vector kernel");
    }
}
