package netc.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import netc.backend.llvm.NativeBackend;
import netc.model.Network;
import netc.passes.Pipeline;
import netc.runtime.Model;
import netc.runtime.io.RandomWeights;

/**
 * Not a test: the native library of a stdlib network built with fuse_separable on and with it off, in one process,
 * calls alternating pair by pair (so a shared machine's load hits both alike): the medians and minima of each, and
 * the median of the per-pair ratios. {@code java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED
 * -cp ... netc.it.NativeFusionBench mobilenet_v2 [threads] [pairs]}
 */
public final class NativeFusionBench {
    public static void main(String[] args) throws Exception {
        String model = args[0];
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2, pairs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        boolean profile = args.length > 3 && args[3].equals("profile");
        Network net = Reference.build("stdlib:" + model, List.of(), null);
        Path dir = Files.createTempDirectory("netc-fusion-bench-");
        var fused = NativeBackend.generate(net, Set.of(Pipeline.on("fuse_separable")), "bench.fused", null, threads, profile);
        var plain = NativeBackend.generate(net, Set.of(), "bench.plain", null, threads, profile);
        Model a = (Model) NativeBackend.instantiate(fused, NativeBackend.Options.DEFAULT, dir.resolve("fused"), new RandomWeights(1, fused.graph().parameters()));
        Model b = (Model) NativeBackend.instantiate(plain, NativeBackend.Options.DEFAULT, dir.resolve("plain"), new RandomWeights(1, plain.graph().parameters()));
        float[] x = new float[(int) net.input().elements()];
        for (int i = 0; i < x.length; i++) x[i] = (float) Math.sin(i * 0.01);
        float[] ya = a.forward(x, 1), yb = b.forward(x, 1);
        double worst = 0, scale = 0;
        for (int i = 0; i < ya.length; i++) {
            worst = Math.max(worst, Math.abs(ya[i] - yb[i]));
            scale = Math.max(scale, Math.abs(yb[i]));
        }
        for (int i = 0; i < 20; i++) { a.forward(x, 1); b.forward(x, 1); }
        List<Double> ta = new ArrayList<>(), tb = new ArrayList<>(), ratio = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            boolean aFirst = i % 2 == 0; // alternate which goes first
            long t0 = System.nanoTime();
            (aFirst ? a : b).forward(x, 1);
            long t1 = System.nanoTime();
            (aFirst ? b : a).forward(x, 1);
            long t2 = System.nanoTime();
            double da = (aFirst ? t1 - t0 : t2 - t1) / 1e6, db = (aFirst ? t2 - t1 : t1 - t0) / 1e6;
            ta.add(da);
            tb.add(db);
            ratio.add(da / db);
        }
        ta.sort(null);
        tb.sort(null);
        ratio.sort(null);
        System.out.printf("%s threads=%d: fused median %.2f ms (min %.2f), unfused median %.2f ms (min %.2f); fused/unfused: pair median %.3f"
                        + " [quartiles %.3f-%.3f]; nodes %d vs %d; max diff/scale %.1e%n",
                model, threads, ta.get(pairs / 2), ta.get(0), tb.get(pairs / 2), tb.get(0), ratio.get(pairs / 2), ratio.get(pairs / 4),
                ratio.get(3 * pairs / 4), fused.graph().nodes().size(), plain.graph().nodes().size(), worst / scale);
        if (profile) { // kilocycles per call of each node, by name: a fused node is named after its depthwise conv
            long[] ca = ((netc.runtime.ffm.NativeModel) a).layerCycles(fused.graph().nodes().size(), false);
            long[] cb = ((netc.runtime.ffm.NativeModel) b).layerCycles(plain.graph().nodes().size(), false);
            java.util.Map<String, Long> unfused = new java.util.HashMap<>();
            for (int i = 0; i < cb.length; i++) unfused.put(plain.graph().nodes().get(i).name(), cb[i]);
            for (int i = 0; i < ca.length; i++) {
                var n = fused.graph().nodes().get(i);
                String line = String.format("%-28s %-16s %-12s fused %8.1f", n.name(), n.op().kind(), fused.graph().tensor(n.output()).shape(), ca[i] / 1e3 / (pairs + 21));
                if (n.op() instanceof netc.ir.Op.SeparableConv) {
                    int pw = -1;
                    for (int j = 0; j < plain.graph().nodes().size(); j++) {
                        var m = plain.graph().nodes().get(j);
                        if (!m.inputs().isEmpty() && plain.graph().nodes().stream().anyMatch(d -> d.name().equals(n.name()) && d.output() == m.inputs().get(0))) pw = j;
                    }
                    long sum = unfused.get(n.name()) + (pw < 0 ? 0 : cb[pw]);
                    line += String.format("  unfused dw %8.1f + 1x1 %8.1f = %8.1f  (%.2fx)", unfused.get(n.name()) / 1e3 / (pairs + 21),
                            pw < 0 ? 0 : cb[pw] / 1e3 / (pairs + 21), sum / 1e3 / (pairs + 21), (double) ca[i] / sum);
                }
                System.out.println(line);
            }
        }
    }
}
