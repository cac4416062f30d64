package netc.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import netc.backend.llvm.NativeBackend;
import netc.model.Network;
import netc.runtime.Model;
import netc.runtime.io.RandomWeights;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A native model's first call costs about what the later ones do: the constructor allocates the buffers of one
 * image and makes one call. Measured on fresh instances of one library (the best first call of three, against the
 * median of ten later calls), with the first call at batch 2, whose buffers the call itself allocates, printed
 * beside it for comparison. The bound is loose (3x) because the machine may be shared.
 */
class NativeFirstCallTest {
    @TempDir Path tmp;

    @ParameterizedTest(name = "{0}, {1} thread(s)")
    @CsvSource({"resnet18, 1", "mobilenet_v2, 2"})
    void firstCallIsNearTheSteadyState(String name, int threads) throws Exception {
        Network net = Reference.build("stdlib:" + name, List.of(), null);
        var gen = NativeBackend.generate(net, Set.of(), "netc.generated", null, threads);
        Map<String, Path> files = NativeBackend.write(gen, NativeBackend.Options.DEFAULT, Files.createDirectories(tmp.resolve(name)));
        var weights = new RandomWeights(1, gen.graph().parameters());
        int per = Arrays.stream(net.input().dims()).mapToInt(Math::toIntExact).reduce(1, (a, b) -> a * b);
        float[] x = new float[2 * per];
        for (int i = 0; i < x.length; i++) x[i] = (float) Math.sin(i);
        double first = Double.MAX_VALUE, firstBatch2 = Double.MAX_VALUE;
        double[] steady = new double[10];
        for (int instance = 0; instance < 3; instance++) {
            Model m = (Model) NativeBackend.load(gen, files, weights);
            first = Math.min(first, ms(m, x, 1));
            firstBatch2 = Math.min(firstBatch2, ms(m, x, 2) / 2);
            if (instance == 2) for (int i = 0; i < steady.length; i++) steady[i] = ms(m, x, 1);
        }
        Arrays.sort(steady);
        double median = steady[steady.length / 2];
        System.out.printf(Locale.ROOT, "native first call %s, %d thread(s): first %.1f ms, steady (median of 10) %.1f ms, ratio %.2f;"
                + " first call at batch 2 (buffers allocated in the call) %.1f ms per image%n", name, threads, first, median, first / median, firstBatch2);
        assertTrue(first <= 3 * median, name + ": first call " + first + " ms against " + median + " ms steady");
    }

    private static double ms(Model m, float[] x, int n) {
        long t0 = System.nanoTime();
        m.forward(x, n);
        return (System.nanoTime() - t0) / 1e6;
    }
}
