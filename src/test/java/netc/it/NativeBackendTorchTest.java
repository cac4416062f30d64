package netc.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import netc.backend.llvm.NativeBackend;
import netc.model.Network;
import netc.passes.Pipeline;
import netc.runtime.Model;
import netc.runtime.io.Npy;
import netc.runtime.io.SafeTensors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The native backend against PyTorch, on the cases JavaBackendTorchTest uses (written by
 * src/test/python/torch_cases.py): the library built for x86-64-v3, called through the generated FFM class, must
 * agree within 1e-4 of the output's scale, every pass on and every pass off. All of that test's networks but unet
 * (its full 512x512 size is slow here; NativeOracleTest checks it against ONNX Runtime at 128x128).
 */
class NativeBackendTorchTest {
    @TempDir Path tmp;

    static Stream<Arguments> cases() {
        List<String> models = List.of(System.getProperty("netc.nativeTorchModels",
                "lenet,nin_d2l,resnet18,mobilenet_v2,squeezenet1_1,googlenet,shufflenet_v2_x1_0,mobilenet_v3_small,efficientnet_b0,"
                        + "resnext50_32x4d,densenet121,alexnet,vgg11_bn,mnasnet0_5,se_resnet50,xception,ghostnet,inception_v3,resnet50").split(","));
        // two threads (each big layer split by channels or by pixel blocks) on a few networks: the same answer; mobilenet_v2
        // and resnet50 because only two-thread builds fuse inverted residuals and plan the bar networks' two-thread splits
        List<String> twoThreads = List.of(System.getProperty("netc.nativeTwoThreadModels", "resnet18,googlenet,mobilenet_v3_small,mobilenet_v2,resnet50,efficientnet_b0,mnasnet0_5").split(","));
        return Stream.concat(models.stream().flatMap(m -> Stream.of(Arguments.of(m, true, 1), Arguments.of(m, false, 1))),
                twoThreads.stream().map(m -> Arguments.of(m, true, 2)));
    }

    /** With every pass on, the 3x3 stride-1 convs of most of these networks run as Winograd F(2x2, 3x3). */
    @ParameterizedTest(name = "{0} passes={1} threads={2}")
    @MethodSource("cases")
    void matchesPyTorch(String model, boolean passes, int threads) throws Exception {
        Path dir = JavaBackendTorchTest.CASES.resolve(model);
        assertTrue(Files.exists(dir.resolve("output.npy")), "no PyTorch case in " + dir + ": the build runs src/test/python/torch_cases.py");
        Npy.Array x = Npy.read(dir.resolve("input.npy"));
        Network net = Reference.build("stdlib:" + model, List.of(), inputShape(x));
        Set<String> off = passes ? Set.of() : Set.copyOf(Pipeline.names());
        var generated = NativeBackend.generate(net, off, "netc.generated", null, threads);
        Model m = (Model) NativeBackend.instantiate(generated, NativeBackend.Options.DEFAULT, tmp, SafeTensors.open(dir.resolve("weights.safetensors")));
        Npy.Array expected = Npy.read(dir.resolve("output.npy"));
        int n = (int) x.shape()[0];
        float[] y = m.forward(x.data(), n);
        assertArrayEquals(y, m.forward(x.data(), n), "the second call differs from the first");
        Outputs.assertWithinScale(expected.data(), y, model + ", native vs torch");
        System.out.printf("%s passes=%s threads=%d: max |native - torch| / scale = %.2e%n", model, passes, threads, relativeError(expected.data(), y));
    }

    /** A case's input shape without the batch, as {@code CxHxW}. */
    static String inputShape(Npy.Array x) {
        return java.util.Arrays.stream(java.util.Arrays.copyOfRange(x.shape(), 1, x.shape().length))
                .mapToObj(Long::toString).collect(java.util.stream.Collectors.joining("x"));
    }

    /** max |actual - expected| / max |expected|. */
    static double relativeError(float[] expected, float[] actual) {
        double scale = 0, worst = 0;
        for (int i = 0; i < expected.length; i++) {
            scale = Math.max(scale, Math.abs(expected[i]));
            worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
        }
        return worst / scale;
    }
}
