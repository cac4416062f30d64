package netc.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import netc.diag.Diagnostics;
import netc.model.Network;
import netc.sema.Frontend;
import netc.sema.ModuleLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every network of the standard library (the list `netc stdlib` prints), exported by netc and run by ONNX Runtime,
 * against netc's generated Java: random weights (BN statistics of a random batch, perturbed), batch 1 and 2, at the input size
 * each network declares, except the few listed in {@link #INPUTS} whose full size would make the suite too slow on
 * a small machine.
 */
class OnnxOracleTest {
    /** Smaller inputs for the heaviest networks (the architecture is the same at any size they accept). */
    private static final java.util.Map<String, String> INPUTS = java.util.Map.of(
            "unet", "1x256x256", "segmentation", "3x224x224", "deeplabv3_resnet50", "3x224x224", "deeplabv3_resnet101", "3x224x224",
            "fcn_resnet50", "3x224x224", "fcn_resnet101", "3x224x224", "efficientnet_b6", "3x300x300", "efficientnet_b7", "3x300x300");

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
                assertTrue(d.ok(), name + " batch " + batch + ": " + d);
            }
        }
    }
}
