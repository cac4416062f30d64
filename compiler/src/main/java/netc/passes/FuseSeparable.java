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
     * Default smallest output plane fused for two threads ({@code separable.minPixels=N}; 0 fuses all): the fused
     * kernel cuts a plane that fits one band (7x7, 14x14) by the 1x1's output channels, each thread redoing the
     * whole depthwise. Per-layer minima, mobilenet_v2, two threads (loaded machine): at 7x7 the fused nodes took
     * 178-293 us against 137-229 us for the depthwise and 1x1 apart (1.22-1.30x; 14x14 -> 7x7 stride 2: 137 against
     * 96), at 14x14 even (269 against 270, 235 against 270).
     */
    static final long MIN_PIXELS = 50;

    public static Graph run(Graph g, Target t) {
        long minPixels = t.threads() > 1 ? t.option("separable.minPixels", MIN_PIXELS) : 0;
        return Rewrites.fuseIntoProducers(g, (consumer, slot, p, sweep) -> {
            if (slot != 0 || !(consumer.op() instanceof Op.Conv pw) || !FusePointwiseChain.isPointwise(pw)) return null;
            long[] out = g.tensor(consumer.output()).dims();
            if (out.length == 3 && out[1] * out[2] < minPixels) return null;
            if (!(p.op() instanceof Op.Conv dw) || p.inputs().size() != 1 || dw.epilogue().residual()) return null;
            Tensor in = g.tensor(p.inputs().get(0));
            // groups > 1: a conv of a one-channel input is better off as a GEMM than on the direct depthwise kernel
            if (in.dims().length != 3 || in.isView() || dw.groups() != in.dims()[0] || dw.groups() == 1) return null;
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
