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
}
