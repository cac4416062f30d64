package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import netc.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worked numbers of the seed articles (/work/shared/seeds, see its README), through {@code netc summary
 * --format json} on the small networks under samples/seeds. Every expected number is the seed's own.
 */
class SeedExamplesTest {

    // ---- seed 002: convolution variants ----------------------------------------------------------------------

    @Test
    void depthwiseConvolution() {
        // "1024x(1024x5x5+1)=26215424, 1024x(1x5x5+1)=26624", 8x8x1024 in and out
        JsonNode standard = summary("seeds/seed002_depthwise.net", "standard");
        JsonNode depthwise = summary("seeds/seed002_depthwise.net", "depthwise");
        assertOnlyLayer(standard, "conv", "[1024,8,8]", 26_215_424L);
        assertOnlyLayer(depthwise, "dwconv", "[1024,8,8]", 26_624L);
    }

    @Test
    void spatialSeparableConvolution() {
        // "256x(256x7x7+1)=3211520, 2x256x(256x7x1+1)=918016", 64x64x256 in and out
        JsonNode standard = summary("seeds/seed002_spatial_separable.net", "standard");
        JsonNode separable = summary("seeds/seed002_spatial_separable.net", "separable");
        assertOnlyLayer(standard, "conv", "[256,64,64]", 3_211_520L);
        assertEquals(918_016L, separable.get("params").asLong(), "7x1 + 1x7 parameters");
        assertEquals(2, separable.get("layers").size());
        for (JsonNode l : separable.get("layers")) {
            assertEquals(918_016L / 2, l.get("params").asLong(), "each of 7x1 and 1x7: 256x(256x7x1+1)");
        }
        assertEquals("[256,64,64]", output(separable));
    }

    @Test
    void groupConvolution() {
        // "256x(256x5x5+1)=1638656, 32 groups: 256x(8*5x5+1)=51456", 64x64x256 in and out
        JsonNode standard = summary("seeds/seed002_group.net", "standard");
        JsonNode grouped = summary("seeds/seed002_group.net", "grouped");
        assertOnlyLayer(standard, "conv", "[256,64,64]", 1_638_656L);
        assertOnlyLayer(grouped, "conv", "[256,64,64]", 51_456L);
        // "when the number of groups equals the channels it is like a depthwise convolution": 256 x (1x5x5+1)
        JsonNode full = summary("seeds/seed002_group.net", "grouped", "--set", "groups=256");
        assertOnlyLayer(full, "conv", "[256,64,64]", 256L * (5 * 5 + 1));
    }

    // ---- seed 001: MobileNet ----------------------------------------------------------------------------------

    @Test
    void depthwiseSeparableIsSmallerAndCheaper() {
        JsonNode standard = summary("seeds/seed001_mobilenet.net", "standard");
        JsonNode separable = summary("seeds/seed001_mobilenet.net", "separable");
        assertEquals(output(standard), output(separable), "both map 512x14x14 to the same shape");
        long p0 = standard.get("params").asLong(), p1 = separable.get("params").asLong();
        long m0 = standard.get("macs").asLong(), m1 = separable.get("macs").asLong();
        assertTrue(p1 < p0, "fewer parameters: " + p1 + " vs " + p0);
        assertTrue(m1 < m0, "fewer mult-adds: " + m1 + " vs " + m0);
        // Seed 001: "parameters can be reduced 8~9 times" for 3x3 kernels; MobileNet's ratio is 1/N + 1/Dk^2.
        double ratio = 1.0 / 512 + 1.0 / 9;
        assertEquals(ratio, (double) p1 / p0, 1e-12, "parameter ratio 1/N + 1/Dk^2");
        assertEquals(ratio, (double) m1 / m0, 1e-12, "mult-add ratio 1/N + 1/Dk^2");
        assertTrue(p0 / (double) p1 > 8 && p0 / (double) p1 < 9, "8 to 9 times fewer parameters");
    }

    // ---- seed 003: NiN ----------------------------------------------------------------------------------------

    /** PyTorch module classes as netc ops. */
    private static final Map<String, Set<String>> TORCH_OPS = Map.of(
            "Conv2d", Set.of("conv"), "ReLU", Set.of("relu"), "MaxPool2d", Set.of("maxpool"), "Dropout", Set.of("dropout"),
            "AdaptiveAvgPool2d", Set.of("adaptive_avgpool", "gap"), "Flatten", Set.of("flatten"));

    static Stream<Arguments> ninNetworks() {
        String repo = System.getProperty("netc.repo", "../..");
        return Stream.of(
                Arguments.of("nin_seed003", resource("seeds/nin_seed003.net")),
                Arguments.of("nin_d2l", "stdlib:nin_d2l"),
                Arguments.of("nin_d2l", Path.of(repo, "samples", "seeds", "seed003_nin.net").toString()));
    }

    @ParameterizedTest(name = "{1} as {0}")
    @MethodSource("ninNetworks")
    void ninMatchesPyTorch(String reference, String target) {
        JsonNode ref = Reference.json("nin_seed003.json").get("networks").get(reference);
        JsonNode ours = summaryOf(target);
        assertEquals(ref.get("input").toString(), ours.get("input").toString(), "input");
        List<String> expected = new ArrayList<>(), actual = new ArrayList<>();
        for (JsonNode l : ref.get("layers")) {
            expected.add(l.get("name").asText() + " " + l.get("type").asText() + " " + l.get("output") + " " + l.get("params").asLong());
        }
        for (JsonNode l : ours.get("layers")) {
            String op = l.get("op").asText();
            String type = TORCH_OPS.entrySet().stream().filter(e -> e.getValue().contains(op)).map(Map.Entry::getKey)
                    .findFirst().orElse("?" + op);
            actual.add(l.get("name").asText() + " " + type + " " + l.get("output") + " " + l.get("params").asLong());
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual), "layers (name, type, output, params) of " + target);
        assertEquals(ref.get("params").asLong(), ours.get("params").asLong(), "total parameters");
        JsonNode last = ref.get("layers").get(ref.get("layers").size() - 1);
        assertEquals(last.get("output").toString(), ours.get("outputs").get("out").toString(), "network output");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static void assertOnlyLayer(JsonNode summary, String op, String output, long params) {
        assertEquals(1, summary.get("layers").size(), "one layer");
        JsonNode l = summary.get("layers").get(0);
        assertEquals(op, l.get("op").asText());
        assertEquals(output, l.get("output").toString(), "output shape");
        assertEquals(params, l.get("params").asLong(), "layer parameters");
        assertEquals(params, summary.get("params").asLong(), "network parameters");
    }

    private static String output(JsonNode summary) { return summary.get("outputs").get("out").toString(); }

    /** A seed example of samples/seeds (what a user reads), one network of it. */
    private static JsonNode summary(String sample, String network, String... more) {
        String file = Path.of(System.getProperty("netc.repo", "../.."), "samples", sample).toString();
        List<String> args = new ArrayList<>(List.of(file, "--network", network));
        args.addAll(List.of(more));
        return summaryOf(args.toArray(String[]::new));
    }

    /** {@code netc summary ARGS --format json}, parsed; fails on a non-zero exit with what netc printed. */
    private static JsonNode summaryOf(String... args) {
        List<String> all = new ArrayList<>(List.of("summary"));
        all.addAll(List.of(args));
        all.addAll(List.of("--format", "json"));
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, "netc " + String.join(" ", all) + " failed:\n" + err);
        try {
            return new ObjectMapper().readTree(out.toString());
        } catch (Exception e) {
            throw new AssertionError("summary JSON does not parse: " + e.getMessage() + "\n" + out, e);
        }
    }

    private static String resource(String name) {
        URL url = SeedExamplesTest.class.getResource("/" + name);
        if (url == null) throw new IllegalStateException("missing test resource " + name);
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
