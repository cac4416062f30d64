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
 * Small random networks ({@link RandomNets}, fixed seeds), compiled from source by the real front end, exported,
 * and run by ONNX Runtime against netc's generated Java (batch 1 and 2). {@code -Donnx.property.iterations=N}
 * runs more; {@code -Donnx.property.seed=S} starts elsewhere.
 */
class OnnxPropertyTest {
    @TempDir Path dir;

    @Test
    void randomNetworksAgreeWithOnnxRuntime() throws Exception {
        int iterations = Integer.getInteger("onnx.property.iterations", 300);
        long first = Long.getLong("onnx.property.seed", 1);
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
            for (int batch = 1; batch <= 2; batch++) {
                try {
                    for (var diff : OnnxOracle.compare(net, seed, batch).values()) {
                        if (!diff.ok()) failures.add("seed " + seed + " batch " + batch + ": " + diff + "\n" + source);
                    }
                } catch (Exception | AssertionError e) {
                    failures.add("seed " + seed + " batch " + batch + ": " + e + "\n" + source);
                    break;
                }
            }
            if (failures.size() >= 5) break;
        }
        assertTrue(failures.isEmpty(), failures.size() + " failure(s):\n" + String.join("\n", failures));
    }
}
