package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import netc.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * {@code netc bench} end to end on LeNet: netc's generated Java and ONNX Runtime, on netc's own export and on the
 * model and weights that src/test/python/onnx_export.py writes during the build (PyTorch's export), outputs
 * agreeing, plus the per-layer profile. Times are printed, never asserted.
 */
class BenchCommandTest {
    static final Path MODELS = Path.of(System.getProperty("netc.onnxModels", "target/onnx-models"));

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
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
            double diff = Double.parseDouble(cells[10].strip());
            assertTrue(diff <= 1e-5, "netc and ONNX Runtime differ by " + diff + " of the output's scale: " + row);
            assertEquals("5+5", cells[11].strip(), row);
        }
        assertTrue(r.out().contains("profile of lenet, batch 3, 2 threads"), r.out());
        assertTrue(r.out().contains("| conv5x5 | 2 |"), r.out());
    }

    @Test
    void netcAloneWithRandomWeights() {
        Run r = run("bench", "stdlib:lenet", "--random-seed", "7", "--iterations", "2", "--format", "md");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("| network | batch | threads | netc first ms | netc steady ms | netc min ms | calls |"), r.out());
        assertTrue(r.out().contains("| lenet | 1 | 2 |"), r.out());
    }

    @Test
    void againstOnnxRuntimeOnItsOwnExport() {
        Run r = run("bench", "stdlib:lenet", "--against", "onnxruntime", "--random-seed", "3", "--batch", "1,2", "--iterations", "3");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("on netc's export"), r.out());
        List<String> rows = Arrays.stream(r.out().split("\n")).filter(l -> l.startsWith("| lenet |")).toList();
        assertEquals(2, rows.size(), r.out());
        for (String row : rows) {
            double diff = Double.parseDouble(row.split("\\|")[10].strip());
            assertTrue(diff <= 1e-5, "netc and ONNX Runtime differ by " + diff + " of the output's scale: " + row);
        }
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
    }
}
