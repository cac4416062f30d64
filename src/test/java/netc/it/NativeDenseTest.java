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
 * The native dense kernel against ONNX Runtime: rows taken 8 at a time (output counts with no rest, a rest of 1 and
 * of 7, fewer than 8), features a multiple of 8 or not (then a row at a time), activations, a chain, on one
 * thread and with the rows split over two (the wide cases); the IR says which loop ran.
 */
class NativeDenseTest {
    @TempDir Path tmp;

    static Stream<Arguments> cases() {
        List<String[]> nets = List.of(
                new String[] {"rows16_k64", "64x1x1", "flatten -> linear(16)"},
                new String[] {"rows9_k8_relu", "2x2x2", "flatten -> linear(9) -> relu"},
                new String[] {"rows7_k24", "24x1x1", "flatten -> linear(7) -> sigmoid"},
                new String[] {"rows1_k32", "2x4x4", "flatten -> linear(1)"},
                new String[] {"rows15_k20_odd", "5x2x2", "flatten -> linear(15) -> relu"},
                new String[] {"chain_4x4x4", "4x4x4", "flatten -> linear(33) -> relu -> linear(10)"},
                // wide enough for two threads: 1000 rows cut 500 | 500, 1023 with rests on both sides
                new String[] {"classifier_k1280", "1280x1x1", "flatten -> linear(1000)"},
                new String[] {"wide_k1024_rows1023", "64x4x4", "flatten -> linear(1023) -> relu"});
        return nets.stream().flatMap(n -> Stream.of(Arguments.of(n[0], n[1], n[2], 1), Arguments.of(n[0], n[1], n[2], 2)));
    }

    @ParameterizedTest(name = "{0} threads={3}")
    @MethodSource("cases")
    void matchesOnnxRuntime(String name, String input, String body, int threads) throws Exception {
        String ir = NativeSmallNets.checkAgainstOrt(tmp, name, input, body, threads, 17);
        assertEquals(!name.endsWith("_odd"), ir.contains("weight rows at a time"), name + ": the row-blocked loop");
    }
}
