package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import netc.backend.java.JavaBackend;
import netc.backend.onnx.proto.Onnx.ModelProto;
import netc.backend.onnx.proto.Onnx.TensorProto;
import netc.runtime.Model;
import netc.runtime.io.RandomWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code netc export} end to end: what the file holds, that ONNX Runtime loads and agrees with it, and its errors. */
class ExportCommandTest {
    @TempDir Path dir;

    @Test
    void exportsANetworkOnnxRuntimeLoadsAndAgreesWith() throws Exception {
        Path file = dir.resolve("lenet.onnx");
        var r = Run.netc("export", "stdlib:lenet", "--onnx", file.toString(), "--random-seed", "5");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("wrote " + file + ": lenet, opset 17,"), r.out());

        ModelProto m = ModelProto.parseFrom(Files.readAllBytes(file));
        assertEquals(17, m.getOpsetImport(0).getVersion());
        var net = Reference.build("stdlib:lenet", List.of(), null);
        var gen = JavaBackend.generate(net, Set.of(), "netc.generated", null);
        // initialisers under the weights' dotted names, float32
        List<String> inits = m.getGraph().getInitializerList().stream().map(TensorProto::getName).toList();
        assertTrue(inits.containsAll(gen.graph().parameters().keySet()), inits.toString());
        // the unfused architecture: one Conv per conv layer, no fused ops, shapes on every intermediate
        assertEquals(net.layers().stream().filter(l -> l.op().equals("conv")).count(),
                m.getGraph().getNodeList().stream().filter(n -> n.getOpType().equals("Conv")).count());
        assertEquals(net.layers().size() - 1, m.getGraph().getValueInfoCount());

        try (OrtSession s = OrtEnvironment.getEnvironment().createSession(file.toString(), new OrtSession.SessionOptions())) {
            assertEquals(List.of("input"), List.copyOf(s.getInputNames()));
            assertEquals(List.of("out"), List.copyOf(s.getOutputNames()));
            long[] shape = ((TensorInfo) s.getInputInfo().get("input").getInfo()).getShape();
            assertEquals("[-1, 1, 28, 28]", Arrays.toString(shape)); // the batch is symbolic
        }
        // the same random weights as `netc run --random-seed 5`
        Model ours = (Model) JavaBackend.instantiate(gen, new RandomWeights(5, gen.graph().parameters()));
        for (int batch : new int[] {1, 3}) {
            for (var d : OnnxOracle.compare(ours, Files.readAllBytes(file), 2, batch).values()) assertTrue(d.ok(), d.toString());
        }
    }

    @Test
    void olderOpsetWritesHardSwishOut() throws Exception {
        Path file = dir.resolve("m.onnx");
        var r = Run.netc("export", "stdlib:mobilenet_v3_small", "--input", "3x96x96", "--onnx", file.toString(), "--opset", "13");
        assertEquals(0, r.code(), r.out() + r.err());
        ModelProto m = ModelProto.parseFrom(Files.readAllBytes(file));
        assertFalse(m.getGraph().getNodeList().stream().anyMatch(n -> n.getOpType().equals("HardSwish")), "HardSwish is opset 14");
        var net = Reference.build("stdlib:mobilenet_v3_small", List.of(), "3x96x96");
        var gen = JavaBackend.generate(net, Set.of(), "netc.generated", null);
        Model ours = (Model) JavaBackend.instantiate(gen, new RandomWeights(1, gen.graph().parameters()));
        for (var d : OnnxOracle.compare(ours, Files.readAllBytes(file), 4, 2).values()) assertTrue(d.ok(), d.toString());
    }

    @Test
    void unsupportedOpsetIsAUsageError() throws Exception {
        Path file = dir.resolve("x.onnx");
        var r = Run.netc("export", "stdlib:lenet", "--onnx", file.toString(), "--opset", "11");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--opset 11 is not supported: netc writes ONNX opsets 13 to 21"), r.err());
        assertNoFiles();
    }

    @Test
    void unwritableOutputsLeaveNoFile() throws Exception {
        var missing = Run.netc("export", "stdlib:lenet", "--onnx", dir.resolve("no/such/dir/x.onnx").toString());
        assertEquals(1, missing.code(), missing.err());
        assertTrue(missing.err().contains("netc: error: cannot write") && missing.err().contains("no such directory"), missing.err());
        Path taken = Files.createDirectory(dir.resolve("taken.onnx"));
        var onDir = Run.netc("export", "stdlib:lenet", "--onnx", taken.toString());
        assertEquals(1, onDir.code(), onDir.err());
        assertTrue(onDir.err().contains("netc: error: cannot write"), onDir.err());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(taken), s.toList(), "no temporary files left behind");
        }
    }

    @Test
    void badWeightsAreReportedAndLeaveNoFile() throws Exception {
        Path garbage = Files.writeString(dir.resolve("w.safetensors"), "not a safetensors file");
        Path file = dir.resolve("x.onnx");
        var r = Run.netc("export", "stdlib:lenet", "--onnx", file.toString(), "--weights", garbage.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("netc: error: "), r.err());
        assertFalse(Files.exists(file));
        var wrongNet = Run.netc("export", "stdlib:alexnet", "--onnx", file.toString(), "--weights", lenetWeights().toString());
        assertEquals(1, wrongNet.code(), wrongNet.err());
        assertTrue(wrongNet.err().contains("weights do not fit the network"), wrongNet.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void errorsInTheNetworkAreDiagnostics() throws Exception {
        Path src = Files.writeString(dir.resolve("bad.net"), "network bad(input: 3x8x8) {\n  conv(4, 9)\n}\n");
        var r = Run.netc("export", src.toString(), "--onnx", dir.resolve("x.onnx").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("bad.net:2:3: error:"), r.err());
        assertFalse(Files.exists(dir.resolve("x.onnx")));
    }

    private Path lenetWeights() {
        Path w = BenchCommandTest.MODELS.resolve("lenet/weights.safetensors");
        assertTrue(Files.exists(w), "no " + w + ": the build runs src/test/python/onnx_export.py");
        return w;
    }

    private void assertNoFiles() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.toList());
        }
    }
}
