package netc.ir;

import java.util.List;

/**
 * One operation of the graph: reads {@code inputs}, writes {@code output} (tensor ids).
 * {@code name} is the source layer's dotted path, kept for reports and for naming generated code.
 * {@code plan} is how the backend runs it, filled by the last pass, plan ({@link KernelPlan#NONE} before).
 */
public record Node(String name, Op op, List<Integer> inputs, int output, KernelPlan plan) {
    public Node {
        inputs = List.copyOf(inputs);
        java.util.Objects.requireNonNull(plan);
    }

    public Node(String name, Op op, List<Integer> inputs, int output) { this(name, op, inputs, output, KernelPlan.NONE); }

    /** A new op invalidates the plan. */
    public Node with(Op newOp) { return new Node(name, newOp, inputs, output); }
    public Node with(Op newOp, List<Integer> newInputs) { return new Node(name, newOp, newInputs, output); }
    public Node with(KernelPlan newPlan) { return new Node(name, op, inputs, output, newPlan); }
}
