package netc.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small random networks ({@link RandomNets}: every op of the language, transposed convs of every stride, padding,
 * output padding, dilation and group count, both resizes, LRN, softmax...) compiled to native libraries and run
 * against ONNX Runtime, batch 1 and 2: the ops the standard library does not use, or uses in one form only.
 * {@code -Dnative.property.iterations=N} runs more (each is one LLVM build); {@code -Dnative.property.seed=S} starts elsewhere.
 */
class NativePropertyTest {
    @TempDir Path dir;

    @Test
    void randomNetworksAgreeWithOnnxRuntime() throws Exception {
        List<String> failures = RandomNets.check("native.property", 40, dir, (net, seed, source, found) -> {
            try {
                OnnxOracle.Case c = OnnxOracle.prepareNative(net, seed, Files.createDirectories(dir.resolve("lib" + seed)));
                for (int batch = 1; batch <= 2; batch++) {
                    for (var diff : OnnxOracle.compare(c.model(), c.onnx(), seed, batch).values()) {
                        if (!diff.ok()) found.add("seed " + seed + " batch " + batch + ": " + diff + "\n" + source);
                    }
                }
            } catch (Exception | AssertionError e) {
                found.add("seed " + seed + ": " + e + "\n" + source);
            }
        });
        assertTrue(failures.isEmpty(), failures.size() + " failure(s):\n" + String.join("\n", failures));
    }
}
