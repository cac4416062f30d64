package netc.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import netc.backend.llvm.NativeBackend;
import netc.backend.onnx.OnnxExporter;
import netc.model.Network;
import netc.runtime.Model;
import netc.runtime.io.Npy;
import netc.runtime.io.RandomWeights;
import netc.runtime.io.SafeTensors;
import netc.runtime.io.WeightSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The native backend's Winograd convs, each variant forced on every conv the winograd pass marks
 * ({@code -Dnetc.native.winograd=2} or {@code 4}), within stated bounds of a reference:
 * <ul>
 * <li>one layer (3x3 conv, batch norm, relu or a residual) against ONNX Runtime, at ResNet's stage sizes and at
 * sizes that leave partial tiles at the right and bottom edges, within {@link #LAYER_BOUND} of the output's scale;
 * <li>whole networks against PyTorch (the cases of NativeBackendTorchTest): resnet18, vgg11_bn and se_resnet50
 * (ResNet-50's bottleneck stages with squeeze-excitation), within the suites' 1e-4 of the output's scale.
 * </ul>
 * Measured (this machine, float32): F(2x2) 1e-7 to 4e-7 per layer, F(4x4) on the points 0, +-1, 1/2, -2 about 1e-6
 * per layer; whole networks in the low 1e-6 for both (see the printed lines).
 */
class WinogradAccuracyTest {
    /** Per layer: F(4x4)'s rounding (transform entries up to 8, G's thirds and fifteenths) stays well inside this. */
    static final double LAYER_BOUND = 1e-5;
    /** Whole networks: the bound every native test holds (Outputs.assertWithinScale). */
    static final double NET_BOUND = 1e-4;

    @TempDir Path tmp;

    static Stream<Arguments> layers() {
        List<String[]> shapes = List.of(
                new String[] {"s56", "64x56x56", "conv(64, 3, pad: 1) -> bn -> relu", "2"},
                new String[] {"s28", "128x28x28", "conv(128, 3, pad: 1) -> bn -> relu", "1"},
                new String[] {"s14", "256x14x14", "conv(256, 3, pad: 1) -> bn -> relu", "2"},
                new String[] {"edges", "40x17x23", "add { conv(40, 3, pad: 1) -> bn\n in } -> relu", "1"},
                new String[] {"edges2", "300x13x30", "conv(37, 3, pad: 1) -> relu", "2"},
                new String[] {"valid", "48x19x21", "conv(50, 3) -> bn -> relu", "1"});
        return Stream.of("2", "4").flatMap(v -> shapes.stream().map(s -> Arguments.of(v, s[0], s[1], s[2], Integer.parseInt(s[3]))));
    }

    @ParameterizedTest(name = "F({0}x{0}) {1} {2} threads={4}")
    @MethodSource("layers")
    void layerMatchesOnnxRuntime(String variant, String name, String input, String body, int threads) throws Exception {
        Path file = tmp.resolve(name + ".net");
        Files.writeString(file, "network " + name + "(input: " + input + ") {\n  " + body + "\n}\n");
        Network net = Reference.build(file.toString(), List.of(), null);
        long seed = 23;
        Model[] m = new Model[1];
        WeightSource[] w = new WeightSource[1];
        forced(variant, () -> {
            var gen = NativeBackend.generate(net, Set.of(), "netc.generated", null, threads);
            assertTrue(gen.graph().nodes().stream().anyMatch(n -> n.op() instanceof netc.ir.Op.Conv c && c.winograd()), "no Winograd conv in " + name);
            w[0] = CalibratedWeights.of(net, new RandomWeights(seed, gen.graph().parameters()), seed);
            m[0] = (Model) NativeBackend.instantiate(gen, NativeBackend.Options.DEFAULT, tmp.resolve("lib"), w[0]);
            return null;
        });
        byte[] onnx = OnnxExporter.bytes(net, w[0], OnnxExporter.DEFAULT_OPSET);
        for (var d : OnnxOracle.compare(m[0], onnx, seed, 2).values()) {
            System.out.printf("F(%sx%s) %s %s: max |native - ORT| / scale = %.2e%n", variant, variant, name, input, d.maxAbs() / d.scale());
            assertTrue(d.ok(LAYER_BOUND), "F(" + variant + "x" + variant + ") " + name + ": " + d);
        }
    }

    static Stream<Arguments> networks() {
        return Stream.of("2", "4").flatMap(v -> Stream.of("resnet18", "vgg11_bn", "se_resnet50").map(n -> Arguments.of(v, n)));
    }

    @ParameterizedTest(name = "F({0}x{0}) {1}")
    @MethodSource("networks")
    void networkMatchesPyTorch(String variant, String model) throws Exception {
        Path dir = JavaBackendTorchTest.CASES.resolve(model);
        assertTrue(Files.exists(dir.resolve("output.npy")), "no PyTorch case in " + dir + ": the build runs src/test/python/torch_cases.py");
        Npy.Array x = Npy.read(dir.resolve("input.npy"));
        String input = java.util.Arrays.stream(java.util.Arrays.copyOfRange(x.shape(), 1, x.shape().length))
                .mapToObj(Long::toString).collect(java.util.stream.Collectors.joining("x"));
        Network net = Reference.build("stdlib:" + model, List.of(), input);
        Model m = forced(variant, () -> {
            var gen = NativeBackend.generate(net, Set.of(), "netc.generated", null, 2);
            return (Model) NativeBackend.instantiate(gen, NativeBackend.Options.DEFAULT, tmp, SafeTensors.open(dir.resolve("weights.safetensors")));
        });
        float[] expected = Npy.read(dir.resolve("output.npy")).data(), y = m.forward(x.data(), (int) x.shape()[0]);
        double scale = 0, worst = 0;
        for (int i = 0; i < expected.length; i++) {
            scale = Math.max(scale, Math.abs(expected[i]));
            worst = Math.max(worst, Math.abs(y[i] - expected[i]));
        }
        System.out.printf("F(%sx%s) %s: max |native - torch| / scale = %.2e%n", variant, variant, model, worst / scale);
        assertTrue(worst <= NET_BOUND * scale, String.format("F(%sx%s) %s: %.3g of the output's scale", variant, variant, model, worst / scale));
    }

    /** Runs {@code body} (generation and build) with the variant forced, restoring the knob after. */
    private static <T> T forced(String variant, Callable<T> body) throws Exception {
        String old = System.getProperty("netc.native.winograd");
        System.setProperty("netc.native.winograd", variant);
        try {
            return body.call();
        } finally {
            if (old == null) System.clearProperty("netc.native.winograd");
            else System.setProperty("netc.native.winograd", old);
        }
    }
}
