package netc.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import netc.diag.DiagnosticPrinter;
import netc.diag.Diagnostics;
import netc.model.Network;
import netc.sema.Frontend;
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
        int iterations = Integer.getInteger("native.property.iterations", 40);
        long first = Long.getLong("native.property.seed", 1);
        List<String> failures = new ArrayList<>();
        for (long seed = first; seed < first + iterations; seed++) {
            String source = RandomNets.program(seed);
            Diagnostics d = new Diagnostics();
            Path file = Files.writeString(dir.resolve("random" + seed + ".net"), source);
            Network net = Frontend.build(Frontend.load(file.toString(), d), null, List.of(), null, d);
            if (d.hasErrors()) {
                StringBuilder sb = new StringBuilder("seed " + seed + ": netc rejects the generated program\n" + source);
                d.all().forEach(x -> sb.append(DiagnosticPrinter.format(x)));
                failures.add(sb.toString());
                continue;
            }
            try {
                OnnxOracle.Case c = OnnxOracle.prepareNative(net, seed, Files.createDirectories(dir.resolve("lib" + seed)));
                for (int batch = 1; batch <= 2; batch++) {
                    for (var diff : OnnxOracle.compare(c.model(), c.onnx(), seed, batch).values()) {
                        if (!diff.ok()) failures.add("seed " + seed + " batch " + batch + ": " + diff + "\n" + source);
                    }
                }
            } catch (Exception | AssertionError e) {
                failures.add("seed " + seed + ": " + e + "\n" + source);
            }
            if (failures.size() >= 5) break;
        }
        assertTrue(failures.isEmpty(), failures.size() + " failure(s):\n" + String.join("\n", failures));
    }
}
