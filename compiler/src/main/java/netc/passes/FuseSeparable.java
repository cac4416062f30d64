package netc.passes;

import java.util.ArrayList;
import java.util.List;
import netc.ir.Graph;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Target;
import netc.ir.Tensor;

/**
 * fuse_separable: a depthwise conv (groups = input channels, any stride, padding, dilation, with its folded BN and
 * activation) whose output only a 1x1 stride-1 conv reads becomes one node with that conv (and its bias, residual,
 * activation): the backend computes the 1x1 over bands of depthwise rows and never writes the depthwise output
 * whole (MobileNet, MnasNet, EfficientNet, Xception, ShuffleNet). Not when the depthwise output is smaller than both
 * the input and the output (a stride-2 depthwise before a widening 1x1): the fused node, holding both, would raise the
 * memory peak. Off by default ({@code -ffuse_separable} switches it on): it lowers the memory peak (mobilenet_v2:
 * ~7%) but ran 5-10% slower than the unfused convs at batch 1, where the depthwise output stays in cache anyway.
 * Test: PassesTest.
 */
public final class FuseSeparable {
    private FuseSeparable() {}

    /**
     * Default smallest depthwise input plane fused for two threads ({@code separable.minPixels=N}): the fused kernel
     * cuts a small plane (a band or two per thread) by the 1x1's output channels, each thread redoing the whole
     * depthwise, or in bands whose halo rows it computes twice. Per-layer medians, two threads, fused against the
     * depthwise and 1x1 apart: mobilenet_v2's 14 x 14 separables 1.00-1.05x, its 32 -> 16 on 112 x 112 0.96x.
     */
    static final long MIN_PIXELS = 28 * 28;

    /**
     * Default most output channels of a 1x1 fused for two threads ({@code separable.maxOut=N}): what fusing saves is
     * the round trip of the depthwise output, K floats a pixel, against K x outC multiply-adds of the 1x1, so it pays
     * where outC is small; a wide 1x1 is a compute-bound GEMM, which the fused kernel runs on a band's panel less
     * well than alone. Per-layer medians, fused against apart (two threads, alternating calls): 16 output channels
     * on 112 x 112 0.75x (mobilenet_v3_large, 16 -> 16), 0.95x (mnasnet1_0, 32 -> 16), 0.96x (mobilenet_v2); 64 and
     * more 1.12x (mobilenet_v1's 32 -> 64 on 112 x 112), 1.00-1.09x (xception's 64 -> 128 on 147 x 147 1.07x, 728 ->
     * 728 on 37 x 37 1.09x; the layers after them 1.1-1.4x, as the fused node leaves its output split across the
     * cores otherwise). A separable whose depthwise reads a 1x1 expand that fuse_inverted_residual takes ({@link
     * FuseInvertedResidual#fuses}, its own thresholds) is fused regardless, for that pass.
     */
    static final long MAX_OUT = 32;

    static boolean worthOnTwoThreads(Target t, Op.Conv pw, long dwPlane) {
        return dwPlane >= t.option("separable.minPixels", MIN_PIXELS) && pw.outC() <= t.option("separable.maxOut", MAX_OUT);
    }

    public static Graph run(Graph g, Target t) {
        var producers = g.producers();
        var uses = g.useCounts();
        return Rewrites.fuseIntoProducers(g, (consumer, slot, p, sweep) -> {
            if (slot != 0 || !(consumer.op() instanceof Op.Conv pw) || !FusePointwiseChain.isPointwise(pw)) return null;
            if (!(p.op() instanceof Op.Conv dw) || p.inputs().size() != 1 || dw.epilogue().residual()) return null;
            Tensor in = g.tensor(p.inputs().get(0));
            // groups > 1: a conv of a one-channel input is better off as a GEMM than on the direct depthwise kernel
            if (in.dims().length != 3 || in.isView() || dw.groups() != in.dims()[0] || dw.groups() == 1) return null;
            // kept for fuse_inverted_residual: an expand only this depthwise reads, which that pass would take
            Node expand = producers.get(p.inputs().get(0));
            boolean forExpand = expand != null && uses.getOrDefault(expand.output(), 0) == 1 && FuseInvertedResidual.fuses(g, t, expand, dw);
            if (t.threads() > 1 && !worthOnTwoThreads(t, pw, in.dims()[1] * in.dims()[2]) && !forExpand) return null;
            if (!FusePointwiseChain.keepsPeak(g, p.inputs().get(0), p.output(), consumer.output())) return null;
            List<Integer> inputs = new ArrayList<>(p.inputs());
            if (pw.epilogue().residual()) {
                int r = consumer.inputs().get(1);
                if (sweep.producerIndex(r) >= sweep.producerIndex(p.output())) return null; // r not ready when dw runs
                inputs.add(r);
            }
            return new Node(p.name(), new Op.SeparableConv(dw, pw), inputs, consumer.output());
        });
    }
}
