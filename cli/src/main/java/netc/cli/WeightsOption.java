package netc.cli;

import java.nio.file.Path;
import java.util.Map;
import netc.runtime.io.RandomWeights;
import netc.runtime.io.SafeTensors;
import netc.runtime.io.WeightSource;
import picocli.CommandLine.Option;

/**
 * Where a command's weights come from: --weights FILE or --random-seed N (an exclusive picocli group; each command
 * says whether one is required). The same N gives the same weights in run, export and bench.
 */
final class WeightsOption {
    @Option(names = "--weights", paramLabel = "W.safetensors", description = "weights by layer name (F32, F16 or BF16)")
    Path file;

    @Option(names = "--random-seed", paramLabel = "N", description = "deterministic random weights, the same for the same N in run, export and bench")
    Long seed;

    /** The file's weights, else random ones from the seed ({@code defaultSeed} when neither was given). */
    static WeightSource open(WeightsOption w, Map<String, long[]> shapes, long defaultSeed) {
        if (w != null && w.file != null) return SafeTensors.open(w.file);
        return new RandomWeights(w != null && w.seed != null ? w.seed : defaultSeed, shapes);
    }

    static Path file(WeightsOption w) { return w == null ? null : w.file; }

    static Long seed(WeightsOption w) { return w == null ? null : w.seed; }
}
