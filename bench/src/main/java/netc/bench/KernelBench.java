package netc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import netc.runtime.Activation;
import netc.runtime.Backend;
import netc.runtime.Parallel;
import netc.runtime.kernels.Conv2d;
import netc.runtime.kernels.Gemm;
import netc.runtime.kernels.Linear;

/**
 * GFLOP/s (2 x MACs / time, best of several timed batches after warm-up) of the GEMM and of conv layers typical of
 * resnet50 and mobilenet_v2, batch 1, for each backend and thread count. Noisy on a shared machine: compare ratios
 * within one run.
 */
public final class KernelBench {
    record Case(String name, long flops, Runnable run) {}

    public static void main(String[] args) {
        boolean quick = false;
        String only = null;
        List<Integer> threads = List.of(1, 2);
        List<Backend> backends = Backend.VECTOR.available() ? List.of(Backend.VECTOR, Backend.SCALAR) : List.of(Backend.SCALAR);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--only" -> only = args[++i];
                case "--threads" -> threads = java.util.Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
                case "--backends" -> backends = java.util.Arrays.stream(args[++i].split(","))
                        .map(s -> Backend.valueOf(s.toUpperCase())).toList();
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        double seconds = quick ? 0.3 : 1.0;
        System.out.printf("%-30s %7s %7s %8s %8s %8s%n", "case", "backend", "threads", "GFLOP/s", "cpu GF/s", "ms");
        for (Backend backend : backends) {
            List<Case> cases = cases(backend);
            for (int t : threads) {
                Parallel.setCommonThreads(t);
                for (Case c : cases) {
                    if (only != null && !c.name.contains(only)) continue;
                    double[] sec = time(c.run, seconds);
                    String cpu = t == 1 ? String.format("%8.1f", c.flops / sec[1] / 1e9) : String.format("%8s", "-");
                    System.out.printf("%-30s %7s %7d %8.1f %s %8.3f%n", c.name, backend.name().toLowerCase(), t,
                            c.flops / sec[0] / 1e9, cpu, sec[0] * 1e3);
                }
            }
        }
    }

    private static final java.lang.management.ThreadMXBean MX = java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * Best time of one call: warm up, then the minimum over batches; {@code [wall, cpu]} where cpu is the calling
     * thread's CPU time (immune to time slicing by other processes; meaningful for one thread only).
     */
    static double[] time(Runnable r, double seconds) {
        // -Dbench.warmup=S: on a loaded machine C2 may need seconds to compile a new path, which meanwhile runs in C1
        // where the Vector API falls back to Java objects
        double warmup = Double.parseDouble(System.getProperty("bench.warmup", Double.toString(seconds * 0.5)));
        long end = System.nanoTime() + (long) (warmup * 1e9);
        int calls = 0;
        while (System.nanoTime() < end || calls < 3) {
            r.run();
            calls++;
        }
        double best = Double.MAX_VALUE, bestCpu = Double.MAX_VALUE;
        end = System.nanoTime() + (long) (seconds * 1e9);
        int batch = Math.max(1, calls / 10);
        do {
            long c0 = MX.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < batch; i++) r.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9 / batch);
            bestCpu = Math.min(bestCpu, (MX.getCurrentThreadCpuTime() - c0) / 1e9 / batch);
        } while (System.nanoTime() < end);
        return new double[] {best, bestCpu};
    }

    static List<Case> cases(Backend backend) {
        Random rnd = new Random(1);
        List<Case> cs = new ArrayList<>();
        for (int n : new int[] {256, 512, 1024}) {
            float[] a = rand(rnd, n * n), b = rand(rnd, n * n), c = new float[n * n];
            cs.add(new Case("gemm " + n + "^3", 2L * n * n * n,
                    () -> Gemm.multiply(backend, n, n, n, a, 0, n, b, 0, n, c, 0, n)));
        }
        Linear fc = new Linear(2048, 1000, rand(rnd, 2048 * 1000), rand(rnd, 1000), Activation.NONE, 0f, false,
                2048, 1000, backend);
        float[] fx = rand(rnd, 2048), fy = new float[1000];
        cs.add(new Case("r50 fc 2048->1000 batch 1", 2L * 2048 * 1000, () -> fc.forward(1, fx, 0, fy, 0)));
        // name, inC, H, W, outC, k, stride, pad, groups
        conv(cs, backend, rnd, "r50 conv1 7x7s2 3->64 @224", 3, 224, 224, 64, 7, 2, 3, 1);
        conv(cs, backend, rnd, "r50 3x3 64->64 @56", 64, 56, 56, 64, 3, 1, 1, 1);
        conv(cs, backend, rnd, "r50 1x1 256->64 @56", 256, 56, 56, 64, 1, 1, 0, 1);
        conv(cs, backend, rnd, "r50 1x1 64->256 @56", 64, 56, 56, 256, 1, 1, 0, 1);
        conv(cs, backend, rnd, "r50 3x3 128->128 @28", 128, 28, 28, 128, 3, 1, 1, 1);
        // Winograd F(2x2, 3x3) on the stride-1 3x3s (GFLOP/s counted as the direct conv's, so comparable)
        winograd(cs, backend, rnd, "r50 3x3 64->64 @56 winograd", 64, 56, 64);
        winograd(cs, backend, rnd, "r50 3x3 128->128 @28 winograd", 128, 28, 128);
        winograd(cs, backend, rnd, "r50 3x3 256->256 @14 winograd", 256, 14, 256);
        if (Boolean.getBoolean("bench.fuseAB")) {
            Conv2d c3 = Conv2d.builder(64, 56, 56, 64, 3, 3).padding(1).activation(Activation.RELU).backend(backend)
                    .build(rand(rnd, 64 * 64 * 9), rand(rnd, 64));
            Conv2d c1 = Conv2d.builder(256, 56, 56, 64, 1, 1).activation(Activation.RELU).backend(backend)
                    .build(rand(rnd, 64 * 256), rand(rnd, 64));
            float[] x3 = rand(rnd, 64 * 56 * 56), x1 = rand(rnd, 256 * 56 * 56), y = new float[64 * 56 * 56];
            for (boolean f : new boolean[] {true, false, true, false}) {
                cs.add(new Case("fuse=" + f + " 3x3 64->64 @56", 2 * c3.macs(), () -> {
                    netc.runtime.internal.GemmDriver.FUSE = f;
                    c3.forward(1, x3, 0, y, 0);
                }));
                cs.add(new Case("fuse=" + f + " 1x1 256->64 @56", 2 * c1.macs(), () -> {
                    netc.runtime.internal.GemmDriver.FUSE = f;
                    c1.forward(1, x1, 0, y, 0);
                }));
            }
        }
        if (Boolean.getBoolean("bench.flatAB")) {
            // flat panels across row ends vs one row per panel, alternated (the property is read at build)
            for (boolean f : new boolean[] {true, false, true, false}) {
                System.setProperty("netc.conv.flatTiles", Boolean.toString(f));
                conv(cs, backend, rnd, "flat=" + f + " 3x3 256->256 @14", 256, 14, 14, 256, 3, 1, 1, 1);
                conv(cs, backend, rnd, "flat=" + f + " 3x3 128->128 @28", 128, 28, 28, 128, 3, 1, 1, 1);
                conv(cs, backend, rnd, "flat=" + f + " 3x3s2 256 @28->14", 256, 28, 28, 256, 3, 2, 1, 1);
            }
            System.clearProperty("netc.conv.flatTiles");
        }
        System.setProperty("netc.conv.rowTiles", "false");
        conv(cs, backend, rnd, "r50 3x3 64->64 @56 im2col", 64, 56, 56, 64, 3, 1, 1, 1);
        conv(cs, backend, rnd, "r50 conv1 im2col", 3, 224, 224, 64, 7, 2, 3, 1);
        System.clearProperty("netc.conv.rowTiles");
        conv(cs, backend, rnd, "r50 1x1 1024->256 @14", 1024, 14, 14, 256, 1, 1, 0, 1);
        conv(cs, backend, rnd, "r50 3x3 256->256 @14", 256, 14, 14, 256, 3, 1, 1, 1);
        conv(cs, backend, rnd, "r50 3x3 512->512 @7", 512, 7, 7, 512, 3, 1, 1, 1);
        conv(cs, backend, rnd, "r50 1x1s2 512->1024 @28", 512, 28, 28, 1024, 1, 2, 0, 1);
        conv(cs, backend, rnd, "r50 1x1 512->2048 @7", 512, 7, 7, 2048, 1, 1, 0, 1);
        conv(cs, backend, rnd, "r50 3x3s2 512->512 @14->7", 512, 14, 14, 512, 3, 2, 1, 1);
        conv(cs, backend, rnd, "mv2 dw3x3 32 @112", 32, 112, 112, 32, 3, 1, 1, 32);
        conv(cs, backend, rnd, "mv2 dw3x3s2 96 @112", 96, 112, 112, 96, 3, 2, 1, 96);
        conv(cs, backend, rnd, "mv2 dw3x3 144 @56", 144, 56, 56, 144, 3, 1, 1, 144);
        conv(cs, backend, rnd, "mv2 dw3x3s2 144 @56", 144, 56, 56, 144, 3, 2, 1, 144);
        conv(cs, backend, rnd, "mv2 dw3x3s2 192 @28", 192, 28, 28, 192, 3, 2, 1, 192);
        conv(cs, backend, rnd, "mv2 dw3x3 960 @7", 960, 7, 7, 960, 3, 1, 1, 960);
        conv(cs, backend, rnd, "mv2 1x1 144->24 @56", 144, 56, 56, 24, 1, 1, 0, 1);
        conv(cs, backend, rnd, "mv2 1x1 16->96 @112", 16, 112, 112, 96, 1, 1, 0, 1);
        conv(cs, backend, rnd, "mv2 1x1 24->144 @56", 24, 56, 56, 144, 1, 1, 0, 1);
        conv(cs, backend, rnd, "mv2 1x1 32->192 @28", 32, 28, 28, 192, 1, 1, 0, 1);
        conv(cs, backend, rnd, "mv2 1x1 64->384 @14", 64, 14, 14, 384, 1, 1, 0, 1);
        conv(cs, backend, rnd, "mv2 conv 3x3s2 3->32 @224", 3, 224, 224, 32, 3, 2, 1, 1);
        separable(cs, backend, rnd, "mv2 sep 144 @56 s2 ->32", 144, 56, 2, 32);
        separable(cs, backend, rnd, "mv2 sep 384 @14 ->64", 384, 14, 1, 64);
        separable(cs, backend, rnd, "mv2 sep 576 @14 ->96", 576, 14, 1, 96);
        separable(cs, backend, rnd, "mv2 sep 960 @7 ->320", 960, 7, 1, 320);
        conv(cs, backend, rnd, "mv2 dw3x3 576 @14", 576, 14, 14, 576, 3, 1, 1, 576);
        conv(cs, backend, rnd, "mv2 1x1 576->96 @14", 576, 14, 14, 96, 1, 1, 0, 1);
        conv(cs, backend, rnd, "mv2 1x1 960->320 @7", 960, 7, 7, 320, 1, 1, 0, 1);
        conv(cs, backend, rnd, "mv2 1x1 96->576 @14", 96, 14, 14, 576, 1, 1, 0, 1);
        return cs;
    }

    /** A mobilenet_v2 separable block: depthwise 3x3 (relu6) then 1x1 to {@code outC}, fused. */
    static void separable(List<Case> cs, Backend backend, Random rnd, String name, int c, int h, int stride, int outC) {
        netc.runtime.kernels.SeparableConv2d sep = netc.runtime.kernels.SeparableConv2d.builder(c, h, h, 3, 3, outC)
                .stride(stride, stride).padding(1, 1, 1, 1).depthwiseActivation(Activation.RELU6, 0f)
                .activation(Activation.NONE, 0f).backend(backend)
                .build(rand(rnd, c * 9), rand(rnd, c), rand(rnd, outC * c), rand(rnd, outC));
        float[] x = rand(rnd, c * h * h);
        float[] y = new float[outC * sep.outHeight() * sep.outWidth()];
        cs.add(new Case(name, 2 * sep.macs(), () -> sep.forward(1, x, 0, y, 0)));
    }

    static void winograd(List<Case> cs, Backend backend, Random rnd, String name, int c, int h, int outC) {
        Conv2d conv = Conv2d.builder(c, h, h, outC, 3, 3).padding(1).activation(Activation.RELU).winograd(true)
                .backend(backend).build(rand(rnd, outC * c * 9), rand(rnd, outC));
        float[] x = rand(rnd, c * h * h), y = new float[outC * h * h];
        cs.add(new Case(name, 2 * conv.macs(), () -> conv.forward(1, x, 0, y, 0)));
    }

    static void conv(List<Case> cs, Backend backend, Random rnd, String name, int inC, int h, int w, int outC, int k,
                     int stride, int pad, int groups) {
        Conv2d conv = Conv2d.builder(inC, h, w, outC, k, k).stride(stride).padding(pad).groups(groups)
                .activation(Activation.RELU).backend(backend)
                .build(rand(rnd, outC * inC / groups * k * k), rand(rnd, outC));
        float[] x = rand(rnd, inC * h * w);
        float[] y = new float[outC * conv.outHeight() * conv.outWidth()];
        cs.add(new Case(name, 2 * conv.macs(), () -> conv.forward(1, x, 0, y, 0)));
    }

    static float[] rand(Random rnd, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = rnd.nextFloat() - 0.5f;
        return a;
    }
}
