package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * {@code netc bench} end to end on LeNet: netc's generated Java and ONNX Runtime, on netc's own export and on the
 * model and weights that src/test/python/onnx_export.py writes during the build (PyTorch's export), outputs
 * agreeing, plus the per-layer profile; the native target beside the Java one, and the JSON report. Times are printed,
 * never asserted (only that they are positive and that the ratio is their quotient).
 */
class BenchCommandTest {
    static final Path MODELS = Path.of(System.getProperty("netc.onnxModels", "target/onnx-models"));

    static Run run(String... args) {
        return Run.netc(args);
    }

    @Test
    void lenetAgainstOnnxRuntime() {
        Path onnx = MODELS.resolve("lenet/model.onnx");
        assertTrue(Files.exists(onnx), "no " + onnx + ": the build runs src/test/python/onnx_export.py");
        Run r = run("bench", "stdlib:lenet", "--onnx", onnx.toString(), "--batch", "1,3", "--threads", "1,2", "--iterations", "5", "--profile", "--top", "3");
        assertEquals(0, r.code(), r.out() + r.err());
        List<String> rows = Arrays.stream(r.out().split("\n")).filter(l -> l.startsWith("| lenet |")).toList();
        assertEquals(4, rows.size(), r.out());
        for (String row : rows) {
            String[] cells = row.split("\\|");
            double diff = Double.parseDouble(cells[11].strip());
            assertTrue(diff <= 1e-5, "netc and ONNX Runtime differ by " + diff + " of the output's scale: " + row);
            assertEquals("5+5", cells[12].strip(), row);
        }
        assertTrue(r.out().contains("profile of lenet (generated Java), batch 3, 2 threads"), r.out());
        assertTrue(r.out().contains("| conv5x5 | 2 |"), r.out());
    }

    @Test
    void netcAloneWithRandomWeights() {
        Run r = run("bench", "stdlib:lenet", "--random-seed", "7", "--iterations", "2", "--format", "md");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("| network | target | batch | threads | netc first ms | netc steady ms | netc min ms | calls |"), r.out());
        assertTrue(r.out().contains("| lenet | java | 1 | 2 |"), r.out());
    }

    @Test
    void againstOnnxRuntimeOnItsOwnExport() {
        Run r = run("bench", "stdlib:lenet", "--against", "onnxruntime", "--random-seed", "3", "--batch", "1,2", "--iterations", "3");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("on netc's export"), r.out());
        List<String> rows = Arrays.stream(r.out().split("\n")).filter(l -> l.startsWith("| lenet |")).toList();
        assertEquals(2, rows.size(), r.out());
        for (String row : rows) {
            double diff = Double.parseDouble(row.split("\\|")[11].strip());
            assertTrue(diff <= 1e-5, "netc and ONNX Runtime differ by " + diff + " of the output's scale: " + row);
        }
    }

    @Test
    void nativeTargetAgainstOnnxRuntime() {
        Run r = run("bench", "stdlib:lenet", "--target", "native", "--against", "onnxruntime", "--batch", "1,2", "--threads", "1,2", "--iterations", "3", "--profile");
        assertEquals(0, r.code(), r.out() + r.err());
        List<String> rows = Arrays.stream(r.out().split("\n")).filter(l -> l.startsWith("| lenet |")).toList();
        assertEquals(4, rows.size(), r.out());
        for (String row : rows) {
            String[] cells = row.split("\\|");
            assertEquals("native", cells[2].strip(), row);
            double diff = Double.parseDouble(cells[11].strip());
            assertTrue(diff <= 1e-5, "native netc and ONNX Runtime differ by " + diff + " of the output's scale: " + row);
        }
        assertTrue(r.out().contains("native (1 thread) ") && r.out().contains("native (2 threads) ") && r.out().contains("LLVM + link"), r.out());
        // the profile of an instrumented build, per batch and thread count, every conv and dense layer with its GFLOP/s and share of peak
        for (String config : List.of("batch 1, 1 thread ", "batch 2, 1 thread ", "batch 1, 2 threads", "batch 2, 2 threads")) {
            assertTrue(r.out().contains("profile of lenet (native), " + config), config + "\n" + r.out());
        }
        assertTrue(r.out().contains("| layer | op | output | ms | % | GFLOP/s | % of peak | ORT ms | netc/ORT |"), r.out());
        // ORT's own time for the same layers, from its profiler, beside netc's
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\| conv5x5 \\| 2 \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\| [0-9]+ \\| [0-9.]+ \\| [0-9.]+ \\|")), r.out());
        assertTrue(r.out().contains("ORT ms: ONNX Runtime's own per-node times"), r.out());
    }

    @Test
    void javaAndNativeAsJson() throws Exception {
        Run r = run("bench", "stdlib:lenet", "--target", "java,native", "--against", "onnxruntime", "--random-seed", "5",
                "--batch", "1,3", "--threads", "1", "--iterations", "4", "--format", "json");
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        JsonNode machine = report.get("machine");
        assertEquals(Runtime.getRuntime().availableProcessors(), machine.get("cores").asInt(), r.out());
        assertEquals(Runtime.version().toString(), machine.get("jdk").asText(), r.out());
        assertTrue(machine.get("onnxruntime").asText().matches("\\d+\\.\\d+\\.\\d+.*"), r.out());
        for (String when : List.of("load_average_before", "load_average_after")) {
            assertEquals(3, machine.get(when).size(), r.out());
            machine.get(when).forEach(v -> assertTrue(v.asDouble() >= 0, r.out()));
        }
        for (String load : List.of("java", "native_threads_1", "onnxruntime")) assertTrue(report.get("load_ms").get(load).asDouble() > 0, r.out());
        JsonNode rows = report.get("rows");
        assertEquals(4, rows.size(), r.out());
        List<String> order = new java.util.ArrayList<>();
        for (JsonNode row : rows) {
            order.add(row.get("target").asText() + "/" + row.get("batch").asInt());
            assertEquals("lenet", row.get("network").asText());
            assertEquals(1, row.get("threads").asInt());
            for (String f : List.of("netc_first_ms", "netc_ms", "onnxruntime_first_ms", "onnxruntime_ms")) {
                assertTrue(row.get(f).asDouble() > 0, f + " in " + row);
            }
            assertEquals(4, row.get("netc_calls").asInt(), row.toString());
            assertEquals(4, row.get("onnxruntime_calls").asInt(), row.toString());
            double ratio = row.get("netc_ms").asDouble() / row.get("onnxruntime_ms").asDouble();
            assertEquals(ratio, row.get("ratio").asDouble(), 1e-4 * ratio, row.toString());
            double diff = row.get("max_diff_over_scale").asDouble();
            assertTrue(diff >= 0 && diff <= 1e-4, "netc and ONNX Runtime differ by " + diff + " of the output's scale: " + row);
            assertTrue(row.get("agrees").asBoolean(), row.toString());
        }
        assertEquals(List.of("java/1", "native/1", "java/3", "native/3"), order);
        // both targets were timed in the same rounds against the one ORT session
        assertEquals(rows.get(0).get("onnxruntime_ms").asDouble(), rows.get(1).get("onnxruntime_ms").asDouble(), r.out());
    }

    @Test
    void profileAsJson() throws Exception {
        Run r = run("bench", "stdlib:lenet", "--target", "native", "--against", "onnxruntime", "--random-seed", "5", "--threads", "1",
                "--iterations", "3", "--profile", "--format", "json");
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode profiles = new ObjectMapper().readTree(r.out()).get("profiles");
        assertEquals(1, profiles.size(), r.out());
        JsonNode p = profiles.get(0);
        assertEquals("native", p.get("target").asText());
        assertTrue(p.get("peak_gflops").asDouble() > 0 && p.get("ms_per_call").asDouble() > 0, r.out());
        int convs = 0;
        for (JsonNode l : p.get("layers")) {
            if (!l.get("op").asText().startsWith("conv")) continue;
            convs++;
            assertTrue(l.get("ms").asDouble() >= 0 && l.get("macs").asLong() > 0, l.toString());
            assertTrue(l.get("onnxruntime_ms").isNumber(), "every conv has ORT's time: " + l);
        }
        assertEquals(2, convs, r.out());
        assertTrue(p.get("onnxruntime_unmapped").isArray(), r.out());
    }

    @Test
    void jsonWithoutOnnxRuntime() throws Exception {
        Run r = run("bench", "stdlib:lenet", "--iterations", "2", "--format", "json");
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertTrue(report.get("machine").get("onnxruntime").isNull(), r.out());
        JsonNode row = report.get("rows").get(0);
        assertEquals("java", row.get("target").asText());
        assertTrue(row.get("netc_ms").asDouble() > 0, r.out());
        assertTrue(row.get("onnxruntime_ms").isNull() && row.get("ratio").isNull() && row.get("max_diff_over_scale").isNull(), r.out());
    }

    @Test
    void usageErrors() {
        Path onnx = MODELS.resolve("lenet/model.onnx");
        Run seed = run("bench", "stdlib:lenet", "--onnx", onnx.toString(), "--random-seed", "1");
        assertEquals(2, seed.code(), seed.err());
        assertTrue(seed.err().contains("--weights"), seed.err());
        Run other = run("bench", "stdlib:lenet", "--against", "tensorflow");
        assertEquals(2, other.code(), other.err());
        assertTrue(other.err().contains("--against takes onnxruntime or none"), other.err());
        Run target = run("bench", "stdlib:lenet", "--target", "java,cuda");
        assertEquals(2, target.code(), target.err());
        assertTrue(target.err().contains("--target takes java, native or java,native; not 'cuda'"), target.err());
        Run threads = run("bench", "stdlib:lenet", "--target", "native", "--threads", "4");
        assertEquals(2, threads.code(), threads.err());
        assertTrue(threads.err().contains("the native target runs on 1 or 2 threads"), threads.err());
        Run format = run("bench", "stdlib:lenet", "--format", "csv");
        assertEquals(2, format.code(), format.err());
        assertTrue(format.err().contains("--format takes text, md or json"), format.err());
    }
}
