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

/** One-layer test networks written on the fly, compiled natively and checked against ONNX Runtime on the same weights. */
final class NativeSmallNets {
    private NativeSmallNets() {}

    /** {@code network NAME(input: INPUT) { BODY }} in {@code dir}, on {@code threads} threads, calibrated weights of {@code seed}. */
    static void assertMatchesOrt(Path dir, String name, String input, String body, int threads, long seed) throws Exception {
        Path file = dir.resolve(name + ".net");
        Files.writeString(file, "network " + name + "(input: " + input + ") {\n  " + body + "\n}\n");
        Network net = Reference.build(file.toString(), List.of(), null);
        var gen = NativeBackend.generate(net, Set.of(), "netc.generated", null, threads);
        WeightSource w = CalibratedWeights.of(net, new RandomWeights(seed, gen.graph().parameters()), seed);
        Model m = (Model) NativeBackend.instantiate(gen, NativeBackend.Options.DEFAULT, dir.resolve("lib"), w);
        byte[] onnx = OnnxExporter.bytes(net, w, OnnxExporter.DEFAULT_OPSET);
        for (var d : OnnxOracle.compare(m, onnx, seed, 3).values()) assertTrue(d.ok(), name + ": " + d);
    }
}
