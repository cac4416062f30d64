package netc.passes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import netc.ir.Graph;
import netc.ir.Node;
import netc.ir.Tensor;

/** Small graph edits the passes share. */
final class Rewrites {
    private Rewrites() {}

    /** Drops tensors that no node writes and that are not the input. */
    static Graph pruneTensors(Graph g) {
        Set<Integer> live = new HashSet<>();
        live.add(g.input());
        for (Node n : g.nodes()) live.add(n.output());
        Map<Integer, Tensor> tensors = new LinkedHashMap<>();
        g.tensors().forEach((id, t) -> { if (live.contains(id)) tensors.put(id, t); });
        return g.with(tensors, g.nodes(), g.outputs());
    }

    /** What a fusion rule sees: where tensors are produced, in the graph as rewritten so far. */
    interface Sweep {
        /** Index in execution order of the node that writes the tensor, or -1 for the graph input. */
        int producerIndex(int tensor);
    }

    /**
     * Decides whether {@code consumer} (reading its input {@code slot}, written by {@code producer}) folds into the
     * producer; returns the producer's replacement, which must write the consumer's output, or null.
     */
    interface Fusion {
        Node fuse(Node consumer, int slot, Node producer, Sweep sweep);
    }

    /**
     * One sweep in execution order applying a fusion wherever a consumer reads a tensor nothing else reads
     * (and no output or view refers to). Linear in the number of nodes.
     */
    static Graph fuseIntoProducers(Graph g, Fusion fusion) {
        List<Node> nodes = new ArrayList<>(g.nodes());
        Map<Integer, Integer> producer = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) producer.put(nodes.get(i).output(), i);
        Map<Integer, Integer> uses = g.useCounts();
        Set<Integer> pinned = new HashSet<>(g.outputs().values());
        for (Tensor t : g.tensors().values()) if (t.isView()) pinned.add(t.aliasOf());
        boolean[] removed = new boolean[nodes.size()];
        Sweep sweep = t -> producer.getOrDefault(t, -1);
        for (int i = 0; i < nodes.size(); i++) {
            Node c = nodes.get(i);
            for (int slot = 0; slot < c.inputs().size(); slot++) {
                int x = c.inputs().get(slot);
                Integer pi = producer.get(x);
                if (pi == null || uses.getOrDefault(x, 0) != 1 || pinned.contains(x)) continue;
                Node replacement = fusion.fuse(c, slot, nodes.get(pi), sweep);
                if (replacement == null) continue;
                nodes.set(pi, replacement);
                producer.put(c.output(), pi);
                producer.remove(x);
                removed[i] = true;
                break;
            }
        }
        List<Node> kept = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) if (!removed[i]) kept.add(nodes.get(i));
        return pruneTensors(g.withNodes(kept));
    }
}
