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

    /** Most input channels of the expand: its GEMM then takes one K block (ConvPlans.KC). */
    public static final long MAX_IN = ConvPlans.KC;

    public static Graph run(Graph g, Target t) {
        long minPixels = t.option("invertedResidual.minPixels", MIN_PIXELS);
        return Rewrites.fuseIntoProducers(g, (consumer, slot, p, sweep) -> {
            if (slot != 0 || !(consumer.op() instanceof Op.SeparableConv s)) return null;
            if (!(p.op() instanceof Op.Conv e) || !FusePointwiseChain.isPointwise(e) || e.epilogue().residual() || p.inputs().size() != 1) return null;
            Op.Conv dw = s.depthwise();
            if (dw.sh() != dw.sw() || dw.sh() > 2 || dw.outC() != dw.groups()) return null; // multiplier 1, stride 1 or 2
            Tensor in = g.tensor(p.inputs().get(0)), mid = g.tensor(p.output());
            if (in.dims().length != 3 || in.isView() || in.dims()[0] > MAX_IN || mid.dims()[1] * mid.dims()[2] < minPixels) return null;
            List<Integer> inputs = new ArrayList<>(p.inputs());
            if (s.pointwise().epilogue().residual()) {
                int r = consumer.inputs().get(1);
                if (sweep.producerIndex(r) >= sweep.producerIndex(p.output())) return null; // r not ready when the expand runs
                inputs.add(r);
            }
            return new Node(p.name(), new Op.InvertedResidual(e, dw, s.pointwise()), inputs, consumer.output());
        });
    }
}
