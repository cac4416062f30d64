package netc.passes;

import netc.ir.Activation;
import netc.ir.Graph;
import netc.ir.Node;
import netc.ir.Op;

/**
 * fuse_activation: an activation right after a conv, transposed conv, linear or add (whose output nothing
 * else reads) is applied in that node's epilogue instead of in a pass of its own. Test: PassesTest.
 */
public final class FuseActivation {
    private FuseActivation() {}

    public static Graph run(Graph g) {
        return Rewrites.fuseIntoProducers(g, (consumer, slot, p, sweep) -> {
            if (!(consumer.op() instanceof Op.Act a)) return null;
            Op fused = fuse(p.op(), a.act(), a.alpha());
            return fused == null ? null : new Node(p.name(), fused, p.inputs(), consumer.output());
        });
    }

    private static Op fuse(Op op, Activation act, double alpha) {
        return switch (op) {
            case Op.Conv c when c.epilogue().act() == Activation.NONE -> c.with(c.epilogue().withAct(act, alpha));
            case Op.ConvTranspose c when c.epilogue().act() == Activation.NONE -> c.with(c.epilogue().withAct(act, alpha));
            case Op.Dense d when d.epilogue().act() == Activation.NONE -> d.with(d.epilogue().withAct(act, alpha));
            case Op.Binary b when !b.mul() && b.epilogue().act() == Activation.NONE -> new Op.Binary(false, b.epilogue().withAct(act, alpha));
            default -> null;
        };
    }
}
