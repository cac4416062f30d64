package netc.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import netc.backend.llvm.NativeBackend;
import netc.backend.onnx.OnnxExporter;
import netc.model.Network;
import netc.runtime.Model;
import netc.runtime.io.RandomWeights;
import netc.runtime.io.WeightSource;

/** One-line networks compiled natively and checked against ONNX Runtime, for the kernel variant tests. */
final class NativeSmallNets {
    private NativeSmallNets() {}

    /** Runs {@code body} with system property {@code key} (a {@code netc.native.*} knob) set to {@code value}, then restores it. */
    static <T> T withProperty(String key, String value, java.util.concurrent.Callable<T> body) throws Exception {
        String old = System.setProperty(key, value);
        try {
            return body.call();
        } finally {
            if (old == null) System.clearProperty(key);
            else System.setProperty(key, old);
        }
    }

    /**
     * Compiles {@code network NAME(input: INPUT) { BODY }} natively for {@code threads}, runs it on calibrated random
     * weights against ONNX Runtime on the exported model (3 inputs) and asserts every output within tolerance;
     * returns the LLVM IR, for checks of which kernel a layer took.
     */
    static String checkAgainstOrt(Path tmp, String name, String input, String body, int threads, long seed) throws Exception {
        return checkAgainstOrt(tmp, name, input, body, Set.of(), threads, seed).llvmIr();
    }

    /** As above with pass switches ({@code -fno-NAME} / {@code Pipeline.on(NAME)}); returns what the backend generated. */
    static NativeBackend.Generated checkAgainstOrt(Path tmp, String name, String input, String body, Set<String> switches, int threads, long seed)
            throws Exception {
        Path file = tmp.resolve(name + ".net");
        Files.writeString(file, "network " + name + "(input: " + input + ") {\n  " + body + "\n}\n");
        Network net = Reference.build(file.toString(), List.of(), null);
        var gen = NativeBackend.generate(net, switches, "netc.generated", null, threads);
        WeightSource w = CalibratedWeights.of(net, new RandomWeights(seed, gen.graph().parameters()), seed);
        Model m = (Model) NativeBackend.instantiate(gen, NativeBackend.Options.DEFAULT, tmp.resolve("lib"), w);
        byte[] onnx = OnnxExporter.bytes(net, w, OnnxExporter.DEFAULT_OPSET);
        for (var d : OnnxOracle.compare(m, onnx, seed, 3).values()) assertTrue(d.ok(), name + ": " + d);
        return gen;
    }
}
