package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import netc.backend.java.JavaBackend;
import netc.runtime.Model;
import netc.runtime.io.RandomWeights;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deepest networks must compile to valid Java (no method near the JVM's 64 KB limit) and run: every pass on,
 * random weights, one small image.
 */
class JavaBackendLargeNetsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"resnet152, 3x64x64", "densenet201, 3x64x64", "deeplabv3_resnet50, 3x64x64", "inception_v3, 3x75x75"})
    void compilesAndRuns(String model, String input) {
        var net = Reference.build("stdlib:" + model, List.of(), input);
        var gen = JavaBackend.generate(net, Set.of(), "netc.generated", null);
        Model m = (Model) JavaBackend.instantiate(gen, new RandomWeights(7, gen.graph().parameters()));
        int[] in = m.inputShape();
        float[] x = new float[in[0] * in[1] * in[2]];
        for (int i = 0; i < x.length; i++) x[i] = (float) Math.sin(0.1 * i);
        float[] y = m.forward(x, 1);
        long expected = 1;
        for (int d : m.outputShapes().get("out")) expected *= d;
        assertEquals(expected, y.length);
        for (float v : y) assertTrue(Float.isFinite(v), model + " gave a non-finite output");
    }

    @org.junit.jupiter.api.Test
    void namedOutputsOfAMultiOutputNetwork() {
        var net = Reference.build("stdlib:googlenet", List.of("aux_logits=true"), "3x224x224");
        var gen = JavaBackend.generate(net, Set.of(), "netc.generated", "GooglenetAux");
        Model m = (Model) JavaBackend.instantiate(gen, new RandomWeights(3, gen.graph().parameters()));
        assertEquals(List.of("out", "aux1", "aux2"), List.copyOf(m.outputShapes().keySet()));
        float[] x = new float[2 * 3 * 224 * 224];
        for (int i = 0; i < x.length; i++) x[i] = (float) Math.cos(0.01 * i);
        var all = m.forwardAll(x, 2);
        assertEquals(List.of("out", "aux1", "aux2"), List.copyOf(all.keySet()));
        for (var e : all.entrySet()) {
            assertEquals(2 * 1000, e.getValue().length, e.getKey());
            for (float v : e.getValue()) assertTrue(Float.isFinite(v), e.getKey());
        }
        // the main output does not depend on the aux heads being computed alongside
        var plain = Reference.build("stdlib:googlenet", List.of(), "3x224x224");
        var genPlain = JavaBackend.generate(plain, Set.of(), "netc.generated", "GooglenetPlain");
        Model p = (Model) JavaBackend.instantiate(genPlain, new RandomWeights(3, genPlain.graph().parameters()));
        org.junit.jupiter.api.Assertions.assertArrayEquals(p.forward(x, 2), all.get("out"));
    }
}
