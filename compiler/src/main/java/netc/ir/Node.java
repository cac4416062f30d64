package netc.ir;

import java.util.List;

/**
 * One operation of the graph: reads {@code inputs}, writes {@code output} (tensor ids).
 * {@code name} is the source layer's dotted path, kept for reports and for naming generated code.
 */
public record Node(String name, Op op, List<Integer> inputs, int output) {
    public Node {
        inputs = List.copyOf(inputs);
    }

    public Node with(Op newOp) { return new Node(name, newOp, inputs, output); }
    public Node with(Op newOp, List<Integer> newInputs) { return new Node(name, newOp, newInputs, output); }
}
