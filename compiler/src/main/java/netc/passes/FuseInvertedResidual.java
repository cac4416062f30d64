package netc.passes;

import java.util.ArrayList;
import java.util.List;
import netc.ir.Graph;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Target;
import netc.ir.Tensor;

/**
 * fuse_inverted_residual: a 1x1 expand conv (with its bias and activation) whose output only a fused separable conv
 * reads becomes one node with it (MobileNetV2's inverted residual: expand, depthwise, project): the native backend
 * computes the expand per band of output rows and K block of expanded channels into a cache-sized scratch and runs
 * the separable kernel from there, so the expanded tensor (mobilenet_v2's features.2: 96x112x112, 4.8 MB) is never
 * written whole. Only where the expanded plane has at least {@link #MIN_PIXELS} pixels (target option
 * {@code invertedResidual.minPixels=N}, as fuse_separable's {@code separable.minPixels}): each thread's first band
 * expands its halo rows again, and on 14x14 and 7x7 planes (a band or two per thread) that costs more than the round
 * trip through L2 saves (measured, see backend-llvm/README.md). Only an expand on at most {@link #MAX_IN} input channels (one K block of the GEMM).
 * Off by default: the native target switches it on with fuse_separable (NativeBackend); the Java backend has no
 * kernel for it. Test: PassesTest, NativeInvertedResidualTest.
 */
public final class FuseInvertedResidual {
    private FuseInvertedResidual() {}

    /**
     * Smallest expanded plane fused (28x28). mobilenet_v2, two threads, per-layer minima: at 14x14 the fused blocks
     * took 1.0-1.25x the unfused pair's time (there a band per thread, its halo rows 2/7 more expand work, and the
     * unfused 1x1s run from cache at 150-170 GFLOP/s); at 28x28-112x112 0.79-0.98x.
     */
    public static final long MIN_PIXELS = 28 * 28;

    /**
     * Default least expansion (expanded over input channels, {@code invertedResidual.minRatio=N}) and widest
     * depthwise ({@code invertedResidual.maxKernel=N}) fused: the kernel runs any, but not faster. Per-layer medians,
     * two threads, fused against the three convs apart: mnasnet1_0's 3x3 blocks (3x and 6x) 0.80-0.96x, but its 5x5
     * ones 1.03-1.43x (40 -> 120 -> 40 on 28 x 28: 235 us against 165); mobilenet_v1's 2x "expands" (the 1x1 before
     * a separable) 64 -> 128 on 56 x 56 0.95x, 128 -> 256 on 28 x 28 1.15x; mobilenet_v2's (6x) 0.75-0.87x of ONNX
     * Runtime's time.
     */
    static final long MIN_RATIO = 3, MAX_KERNEL = 3;

    /** Most input channels of the expand: its GEMM then takes one K block (ConvPlans.KC). */
    public static final long MAX_IN = ConvPlans.KC;

    public static Graph run(Graph g, Target t) {
        return Rewrites.fuseIntoProducers(g, (consumer, slot, p, sweep) -> {
            if (slot != 0 || !(consumer.op() instanceof Op.SeparableConv s)) return null;
            if (!fuses(g, t, p, s.depthwise())) return null;
            List<Integer> inputs = new ArrayList<>(p.inputs());
            if (s.pointwise().epilogue().residual()) {
                int r = consumer.inputs().get(1);
                if (sweep.producerIndex(r) >= sweep.producerIndex(p.output())) return null; // r not ready when the expand runs
                inputs.add(r);
            }
            return new Node(p.name(), new Op.InvertedResidual((Op.Conv) p.op(), s.depthwise(), s.pointwise()), inputs, consumer.output());
        });
    }

    /**
     * Whether node {@code p}, if only a fused separable conv with depthwise {@code dw} reads it, fuses with it: a 1x1
     * expand of at most {@link #MAX_IN} channels that widens at least {@code invertedResidual.minRatio} times, whose
     * output plane has at least {@code invertedResidual.minPixels} pixels, and a depthwise of at most
     * {@code invertedResidual.maxKernel} taps across, multiplier 1 and stride 1 or 2.
     * fuse_separable asks it too, to keep such a separable.
     */
    static boolean fuses(Graph g, Target t, Node p, Op.Conv dw) {
        if (!(p.op() instanceof Op.Conv e) || !FusePointwiseChain.isPointwise(e) || e.epilogue().residual() || p.inputs().size() != 1) return false;
        if (dw.sh() != dw.sw() || dw.sh() > 2 || dw.outC() != dw.groups()) return false; // multiplier 1, stride 1 or 2
        if (dw.kh() > t.option("invertedResidual.maxKernel", MAX_KERNEL) || dw.kw() > t.option("invertedResidual.maxKernel", MAX_KERNEL)) return false;
        Tensor in = g.tensor(p.inputs().get(0)), mid = g.tensor(p.output());
        return in.dims().length == 3 && !in.isView() && in.dims()[0] <= MAX_IN && mid.dims()[0] >= t.option("invertedResidual.minRatio", MIN_RATIO) * in.dims()[0]
                && mid.dims()[1] * mid.dims()[2] >= t.option("invertedResidual.minPixels", MIN_PIXELS);
    }
}
