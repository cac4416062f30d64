package netc.it;


import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every stdlib network with a torchvision counterpart against torchvision itself (reference/torchvision.json,
 * written by src/test/python/torchvision_reference.py): parameter count, state_dict keys in order with shapes,
 * buffers, MACs, default input and output shape.
 */
class TorchvisionReferenceTest {
    /** Reference entries that are a stdlib network with different parameters. */
    private static List<String> setsFor(String model) {
        return model.equals("inception_v3_aux") ? List.of("aux_logits=true") : List.of();
    }

    private static String networkFor(String model) {
        return model.equals("inception_v3_aux") ? "inception_v3" : model;
    }

    static Stream<String> models() {
        List<String> names = new ArrayList<>();
        Reference.json("torchvision.json").get("models").fieldNames().forEachRemaining(names::add);
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void matchesTorchvision(String model) {
        JsonNode ref = Reference.json("torchvision.json").get("models").get(model);
        Reference.assertMatches(ref, Reference.build("stdlib:" + networkFor(model), setsFor(model), null), model);
    }

}
