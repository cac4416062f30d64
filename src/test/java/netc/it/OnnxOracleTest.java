package netc.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import netc.diag.Diagnostics;
import netc.model.Network;
import netc.sema.ModuleLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every network of the standard library (the list `netc stdlib` prints), exported by netc and run by ONNX Runtime,
 * against netc's generated Java: random weights (BN statistics of a random batch, perturbed), batch 1 and 2, at the input size
 * each network declares, except those listed in {@link #INPUTS} whose full size would make the suite too slow on
 * a small machine. Tolerance: 1e-4 of the output's scale, except {@link #ILL_CONDITIONED}.
 */
class OnnxOracleTest {
    /** Smaller inputs for the heaviest networks (the architecture is the same at any size they accept), to keep the suite short. */
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("vgg", "3x112x112"), Map.entry("vgg11", "3x112x112"), Map.entry("vgg13", "3x112x112"),
            Map.entry("vgg16", "3x112x112"), Map.entry("vgg19", "3x112x112"), Map.entry("vgg11_bn", "3x112x112"),
            Map.entry("vgg13_bn", "3x112x112"), Map.entry("vgg16_bn", "3x112x112"), Map.entry("vgg19_bn", "3x112x112"),
            Map.entry("unet", "1x128x128"), Map.entry("segmentation", "3x128x128"), Map.entry("deeplabv3_resnet50", "3x128x128"),
            Map.entry("deeplabv3_resnet101", "3x128x128"), Map.entry("fcn_resnet50", "3x128x128"), Map.entry("fcn_resnet101", "3x128x128"),
            Map.entry("efficientnet_b5", "3x300x300"), Map.entry("efficientnet_b6", "3x300x300"), Map.entry("efficientnet_b7", "3x300x300"));

    /**
     * The deepest ResNets (and the segmentation nets on ResNet backbones) are ill-conditioned under random weights:
     * netc with all its fusions and with none already differ by 1.2e-4 of the output's scale on resnet101 and by
     * 3.8e-4 on resnet152, the same order as netc against ONNX Runtime (1.1e-4 and 3.8e-4). No float32
     * implementation can be held to 1e-4 there, so these are held to 3e-3 (the largest seen: 1.0e-3,
     * deeplabv3_resnet101); every other network to {@link OnnxOracle#TOLERANCE}.
     */
    private static final Set<String> ILL_CONDITIONED = Set.of("resnet101", "resnext101_32x8d", "resnet152", "segmentation",
            "deeplabv3_resnet50", "deeplabv3_resnet101", "fcn_resnet50", "fcn_resnet101");

    static Stream<String> networks() {
        Diagnostics d = new Diagnostics();
        var all = new ModuleLoader(d).loadStdlib(null);
        assertTrue(!d.hasErrors(), "the standard library loads");
        return all.networks().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void agreesWithOnnxRuntime(String name) throws Exception {
        Network net = Reference.build("stdlib:" + name, List.of(), INPUTS.get(name));
        for (int batch : new int[] {1, 2}) {
            var diffs = OnnxOracle.compare(net, 11, batch);
            for (var d : diffs.values()) {
                System.out.println("onnx oracle " + name + " " + net.input() + " batch " + batch + ": " + d);
                assertTrue(d.ok(ILL_CONDITIONED.contains(name) ? 3e-3 : OnnxOracle.TOLERANCE), name + " batch " + batch + ": " + d);
            }
        }
    }
}
