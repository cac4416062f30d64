package netc.passes;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netc.ir.Graph;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Tensor;

/** drop_noops: removes dropout, identity and stochastic depth, which do nothing at inference. Test: PassesTest. */
public final class DropNoOps {
    private DropNoOps() {}

    public static Graph run(Graph g) {
        // Each identity's output is replaced by its (transitively resolved) input everywhere.
        Map<Integer, Integer> replaced = new HashMap<>();
        for (Node n : g.nodes()) {
            if (n.op() instanceof Op.Identity) replaced.put(n.output(), resolve(replaced, n.inputs().get(0)));
        }
        if (replaced.isEmpty()) return g;
        List<Node> nodes = g.nodes().stream().filter(n -> !(n.op() instanceof Op.Identity))
                .map(n -> new Node(n.name(), n.op(), n.inputs().stream().map(i -> resolve(replaced, i)).toList(), n.output())).toList();
        Map<String, Integer> outputs = new LinkedHashMap<>();
        g.outputs().forEach((k, v) -> outputs.put(k, resolve(replaced, v)));
        Map<Integer, Tensor> tensors = new LinkedHashMap<>();
        g.tensors().forEach((id, t) -> tensors.put(id, t.isView() ? t.withAlias(resolve(replaced, t.aliasOf())) : t));
        return Rewrites.pruneTensors(g.with(tensors, nodes, outputs));
    }

    private static int resolve(Map<Integer, Integer> replaced, int t) {
        Integer r = replaced.get(t);
        return r == null ? t : r;
    }
}
