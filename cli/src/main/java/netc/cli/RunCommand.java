package netc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import netc.backend.java.JavaBackend;
import netc.backend.llvm.NativeBackend;
import netc.backend.llvm.UnsupportedOpException;
import netc.model.Network;
import netc.runtime.Model;
import netc.runtime.io.Images;
import netc.runtime.io.Npy;
import netc.runtime.io.WeightsException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true, description = {
        "Compile a network to Java in memory and run it on an input: a .npy batch (N x C x H x W, or C x H x W) or an image",
        "(PNG/JPEG, resized and normalised the ImageNet way). Prints the top-5 classes of classifiers; --output writes the result as .npy."})
final class RunCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin Target target;

    @ArgGroup(exclusive = true, multiplicity = "1")
    WeightsOption weights;

    @Option(names = "--input", required = true, paramLabel = "X.npy|IMAGE", description = "the input batch or an image")
    Path input;

    @Option(names = "--output", paramLabel = "Y.npy", description = "write the main output here")
    Path output;

    @Option(names = "--timing", description = "also print compile, first-call and second-call times")
    boolean timing;

    @Option(names = "--target", paramLabel = "TARGET", description = "java (the default) or native (LLVM-compiled library called through FFM)")
    String backend = "java";

    @Mixin NativeOptions nativeOptions;

    @Option(names = "-f", paramLabel = "no-PASS", description = "-fno-NAME switches a pass off (repeatable)")
    List<String> flags = new ArrayList<>();

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        var disabled = CompileCommand.disabledPasses(flags, spec);
        nativeOptions.check(spec);
        if (!backend.equals("java") && !backend.equals("native")) throw new ParameterException(spec.commandLine(), "--target takes 'java' or 'native'");
        if (!Files.isRegularFile(input)) throw new ParameterException(spec.commandLine(), "no input file " + input);
        boolean npy = input.toString().toLowerCase(Locale.ROOT).endsWith(".npy");
        try {
            Npy.Array array = npy ? Npy.read(input) : null;
            String shape = array == null ? null : inputShape(array.shape());
            Network net = target.build(shape, err);
            if (net == null) return Main.DIAGNOSTICS;
            long[] in = net.input().dims();
            float[] x;
            int n;
            if (array != null) {
                x = array.data();
                n = array.shape().length == in.length ? 1 : (int) array.shape()[0];
            } else {
                if (in.length != 3) throw new ParameterException(spec.commandLine(), "an image input needs a network on C x H x W");
                x = Images.imagenet(input, (int) in[0], (int) in[1], (int) in[2]);
                n = 1;
            }
            long t0 = System.nanoTime();
            Model model;
            if (backend.equals("native")) {
                NativeBackend.Generated gen = NativeBackend.generate(net, disabled, "netc.generated", null, nativeOptions.threads);
                model = NativeLoad.instantiate(gen, nativeOptions.cpu(null), WeightsOption.open(weights, gen.graph().parameters(), 0));
            } else {
                JavaBackend.Generated gen = JavaBackend.generate(net, disabled, "netc.generated", null);
                model = (Model) JavaBackend.instantiate(gen, WeightsOption.open(weights, gen.graph().parameters(), 0));
            }
            long t1 = System.nanoTime();
            float[] y = model.forward(x, n);
            long t2 = System.nanoTime();
            if (timing) {
                float[] again = model.forward(x, n);
                long t3 = System.nanoTime();
                out.printf(Locale.ROOT, "timing: compile + load weights %.0f ms, first call %.1f ms, second call %.1f ms%n",
                        (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
                y = again;
            }
            double ms = (t2 - t1) / 1e6;
            int[] outShape = model.outputShapes().get("out");
            long[] full = new long[outShape.length + 1];
            full[0] = n;
            for (int i = 0; i < outShape.length; i++) full[i + 1] = outShape[i];
            if (output != null) {
                try {
                    Npy.write(output, full, y);
                } catch (IOException e) {
                    err.println("netc: error: cannot write " + output + ": " + Inputs.reason(e));
                    err.flush();
                    return Main.DIAGNOSTICS;
                }
            }
            out.printf(Locale.ROOT, "%s: %d image%s in %.1f ms (first call%s), output %s%n", net.name(), n, n == 1 ? "" : "s",
                    ms, backend.equals("native") ? ", native" : ", includes JIT warm-up", Arrays.toString(full));
            if (outShape.length == 1) printTop5(out, y, n, outShape[0]);
            if (output != null) out.println("wrote " + output);
            out.flush();
            return Main.OK;
        } catch (WeightsException | UnsupportedOpException e) {
            err.println("netc: error: " + e.getMessage());
            err.flush();
            return Main.DIAGNOSTICS;
        }
    }

    /** The network input implied by a .npy shape: N x C x H x W or C x H x W (or N x F / F). */
    private static String inputShape(long[] s) {
        long[] chw = s.length == 4 || s.length == 2 ? Arrays.copyOfRange(s, 1, s.length) : s;
        return Arrays.stream(chw).mapToObj(Long::toString).reduce((a, b) -> a + "x" + b).orElse("");
    }

    private static void printTop5(PrintWriter out, float[] y, int n, int classes) {
        for (int img = 0; img < n; img++) {
            final int base = img * classes;
            double max = Double.NEGATIVE_INFINITY, sum = 0;
            for (int c = 0; c < classes; c++) max = Math.max(max, y[base + c]);
            for (int c = 0; c < classes; c++) sum += Math.exp(y[base + c] - max);
            final double m = max, s = sum;
            int[] top = IntStream.range(0, classes).boxed().sorted(Comparator.comparingDouble(c -> -y[base + c])).limit(5).mapToInt(Integer::intValue).toArray();
            out.printf(Locale.ROOT, "image %d top-5:", img);
            for (int c : top) out.printf(Locale.ROOT, "  class %d (%.1f%%, logit %.3f)", c, 100 * Math.exp(y[base + c] - m) / s, y[base + c]);
            out.println();
        }
    }
}
