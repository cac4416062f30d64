package netc.it;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import netc.backend.java.JavaBackend;
import netc.model.Network;
import netc.runtime.Model;
import netc.runtime.io.RandomWeights;

/**
 * Not a test: steady-state batch-1 forward time of a stdlib network with and without the given passes, interleaved,
 * median of N after warm-up, and the planned arena. {@code java --add-modules jdk.incubator.vector -cp ...
 * netc.it.FusionBench mobilenet_v2 fuse_separable,fuse_pointwise_chain [reps]}
 */
public final class FusionBench {
    public static void main(String[] args) {
        String model = args[0];
        Set<String> off = Set.of(args[1].split(","));
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Network net = Reference.build("stdlib:" + model, List.of(), null);
        var on = JavaBackend.generate(net, Set.of(), "bench.on", null);
        var without = JavaBackend.generate(net, off, "bench.off", null);
        Model a = (Model) JavaBackend.instantiate(on, new RandomWeights(1, on.graph().parameters()));
        Model b = (Model) JavaBackend.instantiate(without, new RandomWeights(1, without.graph().parameters()));
        float[] x = new float[(int) net.input().elements()];
        for (int i = 0; i < x.length; i++) x[i] = (float) Math.sin(i * 0.01);
        if (!Arrays.equals(a.forward(x, 1), b.forward(x, 1))) System.out.println("note: outputs differ bitwise");
        for (int i = 0; i < 15; i++) { a.forward(x, 1); b.forward(x, 1); }
        List<Long> ta = new ArrayList<>(), tb = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            a.forward(x, 1);
            long t1 = System.nanoTime();
            b.forward(x, 1);
            long t2 = System.nanoTime();
            ta.add(t1 - t0);
            tb.add(t2 - t1);
        }
        ta.sort(null);
        tb.sort(null);
        double ma = ta.get(reps / 2) / 1e6, mb = tb.get(reps / 2) / 1e6;
        System.out.printf("%s: fused %.2f ms, without %s %.2f ms, ratio without/fused %.3f; arena %d -> %d bytes; nodes %d -> %d%n",
                model, ma, args[1], mb, mb / ma, without.plan().arenaBytes(), on.plan().arenaBytes(),
                without.graph().nodes().size(), on.graph().nodes().size());
    }
}
