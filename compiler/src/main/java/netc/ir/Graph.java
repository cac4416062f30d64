package netc.ir;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A network as a dataflow graph: tensors, nodes in execution order, the input tensor, named outputs, and the
 * parameter tensors a weights file must provide (dotted name -> shape, in the network's order).
 * Immutable; passes return new graphs.
 */
public record Graph(String name, Map<Integer, Tensor> tensors, List<Node> nodes, int input, Map<String, Integer> outputs,
                    Map<String, long[]> parameters) {
    public Graph {
        tensors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
        nodes = List.copyOf(nodes);
        outputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public Graph with(Map<Integer, Tensor> newTensors, List<Node> newNodes, Map<String, Integer> newOutputs) {
        return new Graph(name, newTensors, newNodes, input, newOutputs, parameters);
    }

    @Override public boolean equals(Object o) {
        return o instanceof Graph g && g.name.equals(name) && g.tensors.equals(tensors) && g.nodes.equals(nodes) && g.input == input
                && g.outputs.equals(outputs) && g.parameters.keySet().equals(parameters.keySet());
    }

    @Override public int hashCode() { return java.util.Objects.hash(name, nodes, outputs); }

    public Tensor tensor(int id) { return tensors.get(id); }

    public Graph withNodes(List<Node> newNodes) { return new Graph(name, tensors, newNodes, input, outputs, parameters); }

    /** The node writing each tensor. */
    public Map<Integer, Node> producers() {
        Map<Integer, Node> m = new HashMap<>();
        for (Node n : nodes) m.put(n.output(), n);
        return m;
    }

    /** How many times each tensor is read by nodes or returned as an output. */
    public Map<Integer, Integer> useCounts() {
        Map<Integer, Integer> uses = new HashMap<>();
        for (Node n : nodes) for (int i : n.inputs()) uses.merge(i, 1, Integer::sum);
        for (int o : outputs.values()) uses.merge(o, 1, Integer::sum);
        return uses;
    }

    /** Weight tensors the graph reads from a weights file, in order of first use. */
    public List<String> weightNames() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (Node n : nodes) {
            List<Weights> ws = switch (n.op()) {
                case Op.Conv c -> List.of(c.weights());
                case Op.ConvTranspose c -> List.of(c.weights());
                case Op.Dense d -> List.of(d.weights());
                case Op.SeparableConv s -> List.of(s.depthwise().weights(), s.pointwise().weights());
                case Op.PointwiseChain p -> p.convs().stream().map(Op.Conv::weights).toList();
                default -> List.of();
            };
            for (Weights w : ws) addNames(names, w);
            if (n.op() instanceof Op.BatchNorm b) {
                if (b.affine()) {
                    names.add(b.prefix() + ".weight");
                    names.add(b.prefix() + ".bias");
                }
                names.add(b.prefix() + ".running_mean");
                names.add(b.prefix() + ".running_var");
            }
        }
        return List.copyOf(names);
    }

    private static void addNames(java.util.Set<String> names, Weights w) {
        if (w instanceof Weights.Direct d) {
            names.add(d.weight());
            if (d.bias() != null) names.add(d.bias());
        } else if (w instanceof Weights.FoldedBn f) {
            names.add(f.weight());
            if (f.bias() != null) names.add(f.bias());
            if (f.affine()) {
                names.add(f.bnPrefix() + ".weight");
                names.add(f.bnPrefix() + ".bias");
            }
            names.add(f.bnPrefix() + ".running_mean");
            names.add(f.bnPrefix() + ".running_var");
        }
    }
}
