package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import netc.model.Layer;
import netc.model.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stdlib networks without a torchvision counterpart, against the figures their papers publish. The papers give
 * millions rounded to a few digits, so each check is "our count, rounded as the paper rounds, is the paper's".
 */
class MobileVariantsTest {
    private static Network build(String network, List<String> sets, String input) {
        return Reference.build("stdlib:" + network, sets, input);
    }

    /** Parameters less BN's scale and shift: the paper's counts are those of the conv and fully connected layers. */
    private static long convAndFcParams(Network n) {
        return n.layers().stream().filter(l -> !l.op().equals("bn")).mapToLong(Layer::params).sum();
    }

    private static void assertMillions(double published, long ours, double within, String what) {
        assertTrue(Math.abs(ours / 1e6 - published) < within, what + ": published " + published + "M, ours " + ours);
    }

    /**
     * MobileNet v1: Howard et al. 2017, "MobileNets: Efficient Convolutional Neural Networks for Mobile Vision
     * Applications", arXiv:1704.04861. Table 6 (width multiplier at 224), table 7 (resolution at width 1.0)
     * and table 8 (0.50 MobileNet-160): mult-adds in millions as integers, parameters in millions.
     */
    @ParameterizedTest(name = "mobilenet_v1 alpha {0} at {1}")
    @CsvSource({
            "1.0, 224, 569, 4.2, 1", "0.75, 224, 325, 2.6, 1", "0.5, 224, 149, 1.3, 1", "0.25, 224, 41, 0.5, 1",
            "1.0, 192, 418, 4.2, 1", "1.0, 160, 290, 4.2, 1", "1.0, 128, 186, 4.2, 1",
            "0.5, 160, 76, 1.32, 2"})
    void mobilenetV1MatchesThePaper(String alpha, int resolution, int multAdds, double params, int paramDigits) {
        Network n = build("mobilenet_v1", List.of("alpha=" + alpha), "3x" + resolution + "x" + resolution);
        assertMillions(multAdds, n.macs(), 1.0, "mult-adds");
        double scale = Math.pow(10, paramDigits);
        assertEquals(params, Math.round(convAndFcParams(n) / 1e6 * scale) / scale, "parameters (millions)");
    }

    /** `alpha` and the input resolution are what the paper scales; the network reads both. */
    @Test
    void mobilenetV1TakesWidthAndResolution() {
        Network n = build("mobilenet_v1", List.of("alpha=0.5"), "3x160x160");
        Layer last = n.layers().stream().filter(l -> l.op().equals("relu")).reduce((a, b) -> b).orElseThrow();
        assertEquals("[512, 5, 5]", Arrays.toString(last.output().dims()));
        assertEquals(1_331_592, n.params());
    }

    /**
     * ShuffleNet v1: Zhang et al. 2017, "ShuffleNet: An Extremely Efficient Convolutional Neural Network for
     * Mobile Devices", arXiv:1707.01083. Table 1 gives the complexity of the 1x network with g = 3 as 137
     * MFLOPs (the paper's FLOPs are multiply-adds); it publishes no parameter count.
     */
    @Test
    void shufflenetV1MatchesThePaper() {
        Network n = build("shufflenet_v1_g3", List.of(), null);
        assertMillions(137, n.macs(), 1.0, "mult-adds");
        assertEquals("[1000]", Arrays.toString(n.layers().get(n.outputs().get("out")).output().dims()));
    }
}
