package netc.passes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import netc.ir.Graph;
import netc.ir.Layout;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Target;
import netc.ir.Tensor;

/**
 * fuse_conv_pool_dense (native only): a network's head, a blocked 1x1 conv ({@link Layout#NCHWc8} in and out, the
 * oc-vector GEMM), the global average pool that alone reads it, the flatten and the dense layer that alone reads
 * that, becomes one {@link Op.ConvPoolDense} node (a conv without a residual, a dense layer with at most an activation). Why: the dense weights (mobilenet_v2's classifier, 1280 x 1000,
 * 5 MB) are read once per call and come from memory, not cache (per-layer medians on mobilenet_v2: 94-143 us in the
 * network against 40 us called alone); the fused kernel multiplies each channel tile's pooled values into the dense
 * output right after computing them and prefetches the next tile's dense weights while it computes, so that the
 * weights stream beside the conv's multiply-adds. Runs after nchwc (it needs the blocked conv). Off unless the native
 * backend switches it on. Test: PassesTest, NativeConvPoolDenseTest.
 */
public final class FuseConvPoolDense {
    private FuseConvPoolDense() {}

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
            Tensor x = g.tensor(conv.inputs().get(0)), yt = g.tensor(y);
            // a residual on the conv is left out for now: no network of the library has one right before its pool and dense
            if (x.layout() != Layout.NCHWc8 || yt.layout() != Layout.NCHWc8 || c.groups() != 1 || !ConvPlans.flat(c) || c.epilogue().residual()) continue;
            out.set(ci, new Node(conv.name(), new Op.ConvPoolDense(c, d), conv.inputs(), dense.output()));
            removed[gi] = removed[ri] = removed[i] = true;
        }
        List<Node> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) if (!removed[i]) kept.add(out.get(i));
        return Rewrites.pruneTensors(g.withNodes(kept));
    }
}
