package netc.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import netc.model.Network;
import netc.runtime.Model;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The native target's conformance: every network of the standard library, compiled to a native library (x86-64-v3,
 * every pass on), against ONNX Runtime on netc's export, with the oracle, weights, inputs and tolerances of
 * {@link OnnxOracleTest}. Names that are aliases of another (vgg of vgg16, resnet of resnet50...) run once. Batch 1
 * and 2; batch 1 only for the networks NativeBackendTorchTest already checks against PyTorch, to keep the suite
 * within a few minutes. {@code -Dnetc.oracle.nets=a,b} runs a subset.
 */
class NativeOracleTest {
    private static final Set<String> TORCH_CHECKED = Set.of("lenet", "nin_d2l", "resnet18", "mobilenet_v2", "squeezenet1_1", "googlenet",
            "shufflenet_v2_x1_0", "mobilenet_v3_small", "efficientnet_b0", "resnext50_32x4d", "densenet121", "alexnet", "vgg11_bn", "mnasnet0_5",
            "se_resnet50", "xception", "ghostnet", "inception_v3");

    @TempDir Path tmp;

    /** The standard library's names, an alias dropped when an earlier name has the same architecture. */
    static Stream<String> networks() {
        Set<String> seen = new HashSet<>();
        return OnnxOracleTest.networks().filter(name -> {
            Network n = Reference.build("stdlib:" + name, List.of(), OnnxOracleTest.INPUTS.get(name));
            return seen.add(n.input() + " " + n.params() + " " + n.macs() + " " + n.layers().size());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void nativeAgreesWithOnnxRuntime(String name) throws Exception {
        Network net = Reference.build("stdlib:" + name, List.of(), OnnxOracleTest.INPUTS.get(name));
        long seed = 11;
        OnnxOracle.Case c = OnnxOracle.prepareNative(net, seed, tmp);
        Model m = c.model();
        try (OrtSession s = OnnxOracle.session(c.onnx())) {
            double sensitivity = OnnxOracle.sensitivity(s, m.inputShape(), seed);
            double tolerance = OnnxOracleTest.bound(sensitivity);
            for (int batch : TORCH_CHECKED.contains(name) ? new int[] {1} : new int[] {1, 2}) {
                for (var d : OnnxOracle.compare(m, s, seed, batch).values()) {
                    System.out.printf(Locale.ROOT, "native oracle %s %s batch %d: %s; sensitivity %.2g, bound %.2g%n", name, net.input(), batch, d,
                            sensitivity, tolerance);
                    assertTrue(d.ok(tolerance), name + " batch " + batch + ": " + d + " (bound " + tolerance + ")");
                }
            }
        }
    }
}
