package netc.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OrtSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import netc.backend.llvm.NativeBackend;
import netc.backend.onnx.OnnxExporter;
import netc.model.Network;
import netc.runtime.Model;
import netc.runtime.io.RandomWeights;
import netc.runtime.io.WeightSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The native target's conformance: every network of the standard library, compiled to a native library (x86-64-v3,
 * every pass on), against ONNX Runtime on netc's export, with the oracle, calibrated random weights, random inputs
 * and tolerances of {@link OnnxOracleTest}. To keep the suite at a few minutes: inputs are half the declared size
 * (the architecture is the same; {@link OnnxOracleTest#INPUTS} where that test already shrinks one), names that
 * are aliases of another (vgg of vgg16, resnet of resnet50...) run once, batch 2 runs only for the networks
 * NativeBackendTorchTest does not check against PyTorch, the sensitivity is measured only when a network misses the
 * plain 1e-4 bound, and the next network's library is built (LLVM) and its weights calibrated on a second thread
 * while this one is checked. Even so the 60 LLVM builds dominate: about 10 CPU-minutes in all, so several minutes
 * on two cores. {@code -Dnetc.oracle.nets=a,b} runs a subset.
 */
class NativeOracleTest {
    private static final Set<String> TORCH_CHECKED = Set.of("lenet", "nin_d2l", "resnet18", "mobilenet_v2", "squeezenet1_1", "googlenet",
            "shufflenet_v2_x1_0", "mobilenet_v3_small", "efficientnet_b0", "resnext50_32x4d", "densenet121", "alexnet", "vgg11_bn", "mnasnet0_5",
            "se_resnet50", "xception", "ghostnet", "inception_v3");
    private static final long SEED = 11;

    /** What is built ahead: the network, its library's files and the weights and export ORT runs. */
    private record Built(Network net, NativeBackend.Generated gen, Map<String, Path> files, WeightSource weights, byte[] onnx, double[] seconds) {}

    private static final List<String> NAMES = new ArrayList<>();
    private static final Map<String, Future<Built>> BUILDS = new ConcurrentHashMap<>();
    private static final ExecutorService BUILDER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "native-oracle-builder");
        t.setDaemon(true);
        return t;
    });
    private static Path dir;

    /** The standard library's names, an alias dropped when an earlier name has the same architecture. */
    static synchronized Stream<String> networks() {
        if (NAMES.isEmpty()) {
            Set<String> seen = new HashSet<>();
            OnnxOracleTest.networks().forEach(name -> {
                Network n = Reference.build("stdlib:" + name, List.of(), null);
                if (seen.add(n.input() + " " + n.params() + " " + n.macs() + " " + n.layers().size())) NAMES.add(name);
            });
        }
        return NAMES.stream();
    }

    /** Half the declared height and width (at least 28), or the smaller input OnnxOracleTest uses. */
    static String input(String name) {
        String smaller = OnnxOracleTest.INPUTS.get(name);
        if (smaller != null) return smaller;
        long[] d = Reference.build("stdlib:" + name, List.of(), null).input().dims();
        return d[0] + "x" + Math.max(28, d[1] / 2) + "x" + Math.max(28, d[2] / 2);
    }

    private static synchronized Future<Built> build(String name) throws Exception {
        if (dir == null) dir = Files.createTempDirectory("netc-native-oracle-");
        return BUILDS.computeIfAbsent(name, k -> BUILDER.submit(() -> {
            long t0 = System.nanoTime();
            Network net = Reference.build("stdlib:" + name, List.of(), input(name));
            var gen = NativeBackend.generate(net, Set.of(), "netc.generated", null);
            long t1 = System.nanoTime();
            var files = NativeBackend.write(gen, NativeBackend.Options.DEFAULT, Files.createDirectories(dir.resolve(name)));
            long t2 = System.nanoTime();
            WeightSource w = CalibratedWeights.of(net, new RandomWeights(SEED, gen.graph().parameters()), SEED);
            byte[] onnx = OnnxExporter.bytes(net, w, OnnxExporter.DEFAULT_OPSET);
            return new Built(net, gen, files, w, onnx, new double[] {(t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9});
        }));
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (dir == null) return;
        try (var s = Files.walk(dir)) { // the libraries stay mapped after their files are gone
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void nativeAgreesWithOnnxRuntime(String name) throws Exception {
        long t0 = System.nanoTime();
        Future<Built> mine = build(name);
        int next = NAMES.indexOf(name) + 1;
        if (next < NAMES.size()) build(NAMES.get(next));
        Built b = mine.get();
        BUILDS.remove(name);
        long t1 = System.nanoTime();
        Model m = (Model) NativeBackend.load(b.gen(), b.files(), b.weights());
        try (OrtSession s = OnnxOracle.session(b.onnx())) {
            double sensitivity = Double.NaN, tolerance = OnnxOracle.TOLERANCE;
            for (int batch : TORCH_CHECKED.contains(name) ? new int[] {1} : new int[] {1, 2}) {
                for (var d : OnnxOracle.compare(m, s, SEED, batch).values()) {
                    if (!d.ok(tolerance) && Double.isNaN(sensitivity)) {
                        // only now: a deep net's rounding sensitivity allows more (OnnxOracleTest#SENSITIVITY_FACTOR)
                        sensitivity = OnnxOracle.sensitivity(s, m.inputShape(), SEED);
                        tolerance = OnnxOracleTest.bound(sensitivity);
                    }
                    System.out.printf(Locale.ROOT, "native oracle %s %s batch %d: %s; sensitivity %.2g, bound %.2g (build: IR %.1f s, LLVM %.1f s, weights %.1f s; waited %.1f s for it; checked in %.1f s)%n",
                            name, b.net().input(), batch, d, sensitivity, tolerance, b.seconds()[0], b.seconds()[1], b.seconds()[2], (t1 - t0) / 1e9,
                            (System.nanoTime() - t1) / 1e9);
                    assertTrue(d.ok(tolerance), name + " batch " + batch + ": " + d + " (bound " + tolerance + ")");
                }
            }
        }
    }
}
