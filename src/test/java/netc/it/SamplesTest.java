package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import netc.diag.Diagnostics;
import netc.runtime.io.Npy;
import netc.sema.Frontend;
import netc.syntax.Definition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The samples are what a new user runs first: every .net file checks clean, each seed example prints the summary
 * committed next to it, and the classify sample's command does what its README says. (samples/digits is a Maven
 * project, built and run by netc-maven-plugin's integration tests.)
 */
class SamplesTest {
    private static final Path REPO = Path.of(System.getProperty("netc.repo", "../.."));
    private static final Path SAMPLES = REPO.resolve("samples");

    /** Numbers the seed articles print for their worked examples (seed README): each must appear in the summary. */
    private static final Map<String, List<String>> SEED_NUMBERS = Map.of(
            "seed002_depthwise.net", List.of("26,215,424", "26,624"),
            "seed002_group.net", List.of("1,638,656", "51,456"),
            "seed002_spatial_separable.net", List.of("3,211,520", "918,016"),
            // GoogLeNet's inception (3a): 64 + 128 + 32 + 32 = 256 channels at 28x28; naive adds the 192 pooled ones
            "seed004_inception.net", List.of("out 256x28x28", "out 416x28x28"));

    static Stream<Path> netFiles() throws IOException {
        try (Stream<Path> all = Files.walk(SAMPLES)) {
            // not what a build of a sample copied into its target/ folder
            return all.filter(p -> p.toString().endsWith(".net") && !SAMPLES.relativize(p).toString().replace('\\', '/').contains("/target/"))
                    .sorted().toList().stream();
        }
    }

    static Stream<Path> seedExamples() throws IOException {
        try (Stream<Path> all = Files.list(SAMPLES.resolve("seeds"))) {
            return all.filter(p -> p.toString().endsWith(".net")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("netFiles")
    void checksClean(Path sample) {
        Run r = netc("check", sample.toString());
        assertEquals(0, r.code(), r.err());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedExamples")
    void seedExamplePrintsItsSummary(Path sample) throws IOException {
        String shown = REPO.relativize(sample).toString().replace('\\', '/');
        StringBuilder transcript = new StringBuilder();
        for (String network : rootNetworks(sample)) {
            Run r = netc("summary", sample.toString(), "--network", network);
            assertEquals(0, r.code(), r.err());
            transcript.append("$ netc summary ").append(shown).append(" --network ").append(network).append('\n').append(r.out()).append('\n');
        }
        String name = sample.getFileName().toString();
        for (String number : SEED_NUMBERS.getOrDefault(name, List.of())) {
            assertTrue(transcript.toString().contains(number), "the seed's " + number + " is not in the summary of " + name + ":\n" + transcript);
        }
        Path golden = sample.resolveSibling(name.replaceFirst("\\.net$", ".summary.txt"));
        if (Boolean.getBoolean("golden.update")) Files.writeString(golden, transcript);
        assertTrue(Files.exists(golden), "no " + golden + "; run with -Dgolden.update=true to write it");
        assertEquals(Files.readString(golden), transcript.toString(), golden + " differs (-Dgolden.update=true rewrites it; review the diff)");
    }

    /** samples/classify/classify.sh's two steps: draw the picture, run resnet18 with seeded random weights. */
    @Test
    void classifyRunsAsItsReadmeSays(@TempDir Path tmp) throws Exception {
        Path png = tmp.resolve("disc.png"), logits = tmp.resolve("logits.npy");
        Process p = new ProcessBuilder("/usr/bin/python3", SAMPLES.resolve("classify/make_image.py").toString(), png.toString())
                .redirectErrorStream(true).start();
        String pyOut = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), pyOut);
        Run r = netc("run", "stdlib:resnet18", "--random-seed", "1", "--input", png.toString(), "--output", logits.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("output [1, 1000]"), r.out());
        Matcher m = Pattern.compile("image 0 top-5:((?:  class \\d+ \\(\\d+\\.\\d%, logit -?\\d+\\.\\d+\\)){5})\\n").matcher(r.out());
        assertTrue(m.find(), "no top-5 line of five classes as the README shows:\n" + r.out());
        Npy.Array y = Npy.read(logits);
        assertEquals("[1, 1000]", Arrays.toString(y.shape()));
        // The README's reading of the line: the first class is the largest logit of the file, with that value.
        int best = 0;
        for (int c = 1; c < 1000; c++) if (y.data()[c] > y.data()[best]) best = c;
        Matcher first = Pattern.compile("class (\\d+) \\([^,]+, logit (-?[\\d.]+)\\)").matcher(m.group(1));
        assertTrue(first.find());
        assertEquals(best, Integer.parseInt(first.group(1)), "top class");
        assertEquals(y.data()[best], Float.parseFloat(first.group(2)), 5e-4, "its logit");
    }

    private static List<String> rootNetworks(Path file) {
        Diagnostics d = new Diagnostics();
        List<String> out = new ArrayList<>();
        for (Definition def : Frontend.load(file.toString(), d).program().rootNetworks()) out.add(def.name());
        assertTrue(!d.hasErrors() && !out.isEmpty(), file + " defines no network or does not load");
        return out;
    }

    private static Run netc(String... args) {
        return Run.netc(args);
    }
}
