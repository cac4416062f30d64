package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import netc.model.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stdlib networks without a torchvision counterpart: against the same network written in PyTorch
 * (reference/other_nets.json, written by src/test/python/other_nets_reference.py), and, where the source of
 * the layout publishes one, against its published parameter count.
 */
class OtherNetsTest {
    static Stream<String> models() {
        List<String> names = new ArrayList<>();
        Reference.json("other_nets.json").get("models").fieldNames().forEachRemaining(names::add);
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void matchesPyTorch(String model) {
        JsonNode ref = Reference.json("other_nets.json").get("models").get(model);
        Reference.assertMatches(ref, Reference.build("stdlib:" + model, List.of(), null), model);
    }

    private static Network build(String name) { return Reference.build("stdlib:" + name, List.of(), null); }

    /**
     * Keras' model.summary() of keras.applications.Xception(include_top=True): "Total params: 22,910,480"
     * (Keras docs, keras.io/api/applications: 22.9M). Keras counts the BN moving mean and variance as
     * non-trainable parameters (54,528), which netc counts as buffers.
     */
    @Test
    void xceptionHasKerasCount() {
        Network n = build("xception");
        assertEquals(22_910_480L, n.params() + n.buffers());
        assertEquals(22_855_952L, n.params(), "Keras' trainable params");
    }

    /**
     * Hu et al., "Squeeze-and-Excitation Networks" (CVPR 2018 / TPAMI 2019), "Model and Computational
     * Complexity": SE adds ~2.5M parameters to ResNet-50's ~25M; the PyTorch ports of the released model
     * (Cadene's pretrainedmodels se_resnet50, timm's seresnet50) have 28.09M.
     */
    @Test
    void seResnet50HasPublishedCount() {
        assertEquals(2809, Math.round(build("se_resnet50").params() / 1e4), "SE-ResNet-50 has ~28.09M parameters");
    }

    /** Han et al., "GhostNet: More Features from Cheap Operations" (CVPR 2020), table 7: GhostNet 1.0x, 5.2M. */
    @Test
    void ghostnetHasPublishedCount() {
        assertEquals(52, Math.round(build("ghostnet").params() / 1e5), "GhostNet 1.0x has 5.2M parameters");
    }
}
