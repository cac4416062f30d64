package netc.passes;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import netc.ir.Graph;
import netc.ir.Layout;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Tensor;

/**
 * concat_in_place: a conv (transposed, separable, or a pointwise chain) whose output only a concat reads writes straight into its
 * channels of the concat's output, which then copies only its other inputs (Inception branches, DenseNet's
 * new features, SqueezeNet's expand convs). Test: PassesTest.
 */
public final class ConcatInPlace {
    private ConcatInPlace() {}

    public static Graph run(Graph g) {
        Map<Integer, Node> producers = g.producers();
        Map<Integer, Integer> uses = g.useCounts();
        Set<Integer> pinned = new HashSet<>(g.outputs().values());
        for (Tensor t : g.tensors().values()) if (t.isView()) pinned.add(t.aliasOf());
        Map<Integer, Tensor> tensors = new LinkedHashMap<>(g.tensors());
        for (Node n : g.nodes()) {
            Tensor out = g.tensor(n.output());
            if (!(n.op() instanceof Op.Concat) || out.layout() != Layout.NCHW || out.isView()) continue;
            long c0 = 0;
            for (int t : n.inputs()) {
                Tensor in = g.tensor(t);
                Node p = producers.get(t);
                boolean writesNchw = p != null && (p.op() instanceof Op.Conv || p.op() instanceof Op.ConvTranspose
                        || p.op() instanceof Op.SeparableConv || p.op() instanceof Op.PointwiseChain
                        || p.op() instanceof Op.InvertedResidual);
                if (writesNchw && uses.getOrDefault(t, 0) == 1 && !pinned.contains(t) && !in.isView()) {
                    tensors.put(t, new Tensor(t, in.dims(), in.layout(), n.output(), c0));
                }
                c0 += in.dims()[0];
            }
        }
        return g.with(tensors, g.nodes(), g.outputs());
    }
}
