package netc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import netc.backend.llvm.NativeBackend;
import netc.runtime.Model;
import netc.runtime.io.WeightSource;

/** Loads a native build into this process (run, bench): built in a scratch folder that is gone afterwards. */
final class NativeLoad {
    private NativeLoad() {}

    static Model instantiate(NativeBackend.Generated gen, String cpu, WeightSource weights) throws IOException {
        Path dir = Files.createTempDirectory("netc-native-");
        try {
            return (Model) NativeBackend.instantiate(gen, new NativeBackend.Options(cpu, null), dir, weights);
        } finally {
            // the library stays mapped after its file is gone
            try (var s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
