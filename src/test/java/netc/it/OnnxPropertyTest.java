package netc.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small random networks ({@link RandomNets}, fixed seeds), compiled from source by the real front end, exported,
 * and run by ONNX Runtime against netc's generated Java (batch 1 and 2). {@code -Donnx.property.iterations=N}
 * runs more; {@code -Donnx.property.seed=S} starts elsewhere.
 */
class OnnxPropertyTest {
    @TempDir Path dir;

    @Test
    void randomNetworksAgreeWithOnnxRuntime() throws Exception {
        List<String> failures = RandomNets.check("onnx.property", 300, dir, (net, seed, source, found) -> {
            for (int batch = 1; batch <= 2; batch++) {
                try {
                    for (var diff : OnnxOracle.compare(net, seed, batch).values()) {
                        if (!diff.ok()) found.add("seed " + seed + " batch " + batch + ": " + diff + "\n" + source);
                    }
                } catch (Exception | AssertionError e) {
                    found.add("seed " + seed + " batch " + batch + ": " + e + "\n" + source);
                    break;
                }
            }
        });
        assertTrue(failures.isEmpty(), failures.size() + " failure(s):\n" + String.join("\n", failures));
    }
}
