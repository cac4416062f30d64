package netc.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import netc.runtime.Backend;
import netc.runtime.internal.Epi;
import netc.runtime.internal.Impl;

/** The GEMM micro-kernel alone on L1/L2-resident packed panels: its GFLOP/s per core (thread CPU time). */
public final class MicroBench {
    public static void main(String[] args) {
        Backend backend = args.length > 0 ? Backend.valueOf(args[0].toUpperCase()) : Backend.best();
        Impl impl = Impl.of(backend);
        int kc = 256, tiles = 24;
        float[] a = KernelBench.rand(new java.util.Random(1), kc * Impl.MR * tiles);
        int nr = impl.nr;
        float[] b = KernelBench.rand(new java.util.Random(2), kc * nr);
        float[] c = new float[Impl.MR * nr * tiles];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 8; round++) {
            long reps = 20000;
            long t0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
            for (long r = 0; r < reps; r++) {
                for (int t = 0; t < tiles; t++) {
                    impl.tile(kc, a, t * kc * Impl.MR, b, 0, c, t * Impl.MR * nr, nr, Impl.MR, nr, r > 0, false, Epi.NONE, 0, 0, null, 0);
                }
            }
            long cpu = mx.getCurrentThreadCpuTime() - t0, wall = System.nanoTime() - w0;
            double flops = 2.0 * Impl.MR * nr * kc * tiles * reps;
            System.out.printf("%s micro-kernel %dx%d kc=%d: %.1f GFLOP/s (cpu time), %.1f (wall)%n",
                    impl.name(), Impl.MR, nr, kc, flops / cpu, flops / wall);
        }
    }
}
