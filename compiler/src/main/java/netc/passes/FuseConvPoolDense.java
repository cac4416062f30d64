package netc.passes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import netc.ir.Graph;
import netc.ir.KernelPlan;
import netc.ir.Layout;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Target;
import netc.ir.Tensor;

/**
 * fuse_conv_pool_dense (native only): a network's head, a 1x1 conv on the oc-vector GEMM (blocked, {@link Layout#NCHWc8}
 * in and out, or NCHW), the global average pool that alone reads it, the flatten and the dense layer that alone reads
 * that, becomes one {@link Op.ConvPoolDense} node (a conv without a residual, a dense layer with at most an activation). Why: the dense weights (mobilenet_v2's classifier, 1280 x 1000,
 * 5 MB) are read once per call and come from memory, not cache (per-layer medians on mobilenet_v2: 94-143 us in the
 * network against 40 us called alone); the fused kernel multiplies each channel tile's pooled values into the dense
 * output right after computing them and prefetches the next tile's dense weights while it computes, so that the
 * weights stream beside the conv's multiply-adds. Runs after nchwc (it needs to see which convs are blocked). Off unless the native
 * backend switches it on. Test: PassesTest, NativeConvPoolDenseTest.
 */
public final class FuseConvPoolDense {
    private FuseConvPoolDense() {}

    /**
     * The plan of the head's conv (node n, the conv's node or the fused one: same input): blocked, the nchwc pass's;
     * else the conv's own, which must be the oc-vector GEMM for the fusion.
     */
    static KernelPlan plan(Graph g, Node n, Op.Conv c, Target t) {
        Tensor x = g.tensor(n.inputs().get(0));
        long[] d = x.dims();
        if (d.length != 3) return KernelPlan.NONE;
        return x.layout() == Layout.NCHWc8 ? NchwcLayout.plan(t, c, d[0], d[1] * d[2]) : ConvPlans.conv(t, c, d[0], d[1], d[2]);
    }

    public static Graph run(Graph g, Target t) {
        if (!t.plansKernels()) return g;
        List<Node> nodes = g.nodes();
        Map<Integer, Integer> producer = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) producer.put(nodes.get(i).output(), i);
        Map<Integer, Integer> uses = g.useCounts();
        List<Node> out = new ArrayList<>(nodes);
        boolean[] removed = new boolean[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            if (!(nodes.get(i).op() instanceof Op.Dense d) || d.epilogue().residual()) continue;
            Node dense = nodes.get(i);
            int flat = dense.inputs().get(0);
            Integer ri = producer.get(flat);
            if (ri == null || !(nodes.get(ri).op() instanceof Op.Reshape) || uses.getOrDefault(flat, 0) != 1) continue;
            int pooled = nodes.get(ri).inputs().get(0);
            Integer gi = producer.get(pooled);
            if (gi == null || !(nodes.get(gi).op() instanceof Op.AdaptiveAvgPool) || uses.getOrDefault(pooled, 0) != 1) continue;
            long[] py = g.tensor(pooled).dims();
            if (py.length != 3 || py[1] != 1 || py[2] != 1) continue;
            int y = nodes.get(gi).inputs().get(0);
            Integer ci = producer.get(y);
            if (ci == null || !(nodes.get(ci).op() instanceof Op.Conv c) || uses.getOrDefault(y, 0) != 1) continue;
            Node conv = nodes.get(ci);
            // a residual on the conv is left out for now (resnet50's head has one: its NCHW kernel would read it transposed)
            if (c.groups() != 1 || !ConvPlans.flat(c) || c.epilogue().residual() || g.tensor(y).layout() != g.tensor(conv.inputs().get(0)).layout()
                    || !(plan(g, conv, c, t) instanceof KernelPlan.OcGemm)) continue;
            out.set(ci, new Node(conv.name(), new Op.ConvPoolDense(c, d), conv.inputs(), dense.output()));
            removed[gi] = removed[ri] = removed[i] = true;
        }
        List<Node> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) if (!removed[i]) kept.add(out.get(i));
        return Rewrites.pruneTensors(g.withNodes(kept));
    }
}
