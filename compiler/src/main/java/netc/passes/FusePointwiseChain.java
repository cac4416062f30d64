package netc.passes;

import java.util.ArrayList;
import java.util.List;
import netc.ir.Graph;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Tensor;

/**
 * fuse_pointwise_chain: 1x1 stride-1 unpadded convs, each read only by the next (with the epilogues in between,
 * e.g. NiN's ReLUs), become one node computed per tile of pixels, so the intermediate tensors are never written
 * whole (NiN's mlpconv). Only the last conv may add a residual; a narrower intermediate (a bottleneck, as between
 * EfficientNet's blocks) stays, since the fused node would hold both wide ends at once. Test: PassesTest.
 */
public final class FusePointwiseChain {
    private FusePointwiseChain() {}

    /** A 1x1 stride-1 unpadded ungrouped conv: a GEMM over the pixels of its input. */
    static boolean isPointwise(Op.Conv c) {
        return c.kh() == 1 && c.kw() == 1 && c.sh() == 1 && c.sw() == 1 && c.padL() == 0 && c.padR() == 0 && c.padT() == 0
                && c.padB() == 0 && c.groups() == 1;
    }

    /**
     * Whether fusing keeps the memory peak: the fused node holds its input and output at once, where the unfused
     * pair held the input with the intermediate, then the intermediate with the output. So the intermediate must be
     * no smaller than the input or the output (a bottleneck in between is cheaper materialised).
     */
    static boolean keepsPeak(Graph g, int in, int mid, int out) {
        return g.tensor(mid).elements() >= Math.min(g.tensor(in).elements(), g.tensor(out).elements());
    }

    public static Graph run(Graph g) {
        return Rewrites.fuseIntoProducers(g, (consumer, slot, p, sweep) -> {
            if (slot != 0 || !(consumer.op() instanceof Op.Conv next) || !isPointwise(next)) return null;
            if (p.inputs().size() != 1) return null; // the producer adds a residual: only the last conv may
            List<Op.Conv> convs = new ArrayList<>();
            switch (p.op()) {
                case Op.Conv c when isPointwise(c) && !c.epilogue().residual() -> convs.add(c);
                case Op.PointwiseChain ch -> convs.addAll(ch.convs());
                default -> { return null; }
            }
            Tensor in = g.tensor(p.inputs().get(0));
            if (in.dims().length != 3 || in.isView()) return null;
            if (!keepsPeak(g, p.inputs().get(0), p.output(), consumer.output())) return null;
            convs.add(next);
            List<Integer> inputs = new ArrayList<>(p.inputs());
            if (next.epilogue().residual()) {
                int r = consumer.inputs().get(1);
                if (sweep.producerIndex(r) >= sweep.producerIndex(p.output())) return null; // r not ready when the chain runs
                inputs.add(r);
            }
            return new Node(p.name(), new Op.PointwiseChain(convs), inputs, consumer.output());
        });
    }
}
