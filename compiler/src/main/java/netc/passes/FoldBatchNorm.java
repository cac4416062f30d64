package netc.passes;

import netc.ir.Graph;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Weights;

/**
 * fold_bn: a batch norm right after a conv, transposed conv or linear (whose output nothing else reads)
 * becomes part of that layer's weights, computed once at load time. Test: PassesTest.
 */
public final class FoldBatchNorm {
    private FoldBatchNorm() {}

    public static Graph run(Graph g) {
        return Rewrites.fuseIntoProducers(g, (consumer, slot, p, sweep) -> {
            if (!(consumer.op() instanceof Op.BatchNorm b)) return null;
            Op folded = switch (p.op()) {
                case Op.Conv c when c.epilogue().isEmpty() && c.weights() instanceof Weights.Direct d -> c.with(fold(d, b, true));
                case Op.ConvTranspose c when c.epilogue().isEmpty() && c.weights() instanceof Weights.Direct d -> c.with(fold(d, b, false));
                case Op.Dense c when c.epilogue().isEmpty() && c.weights() instanceof Weights.Direct d -> c.with(fold(d, b, true));
                default -> null;
            };
            return folded == null ? null : new Node(p.name(), folded, p.inputs(), consumer.output());
        });
    }

    private static Weights fold(Weights.Direct d, Op.BatchNorm b, boolean outAxisFirst) {
        return new Weights.FoldedBn(d.weight(), d.bias(), b.prefix(), b.eps(), b.affine(), outAxisFirst);
    }
}
