package netc.passes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import netc.ir.Graph;
import netc.ir.Node;
import netc.ir.Op;

/**
 * fuse_residual: {@code add(conv(x), r)} with equal shapes becomes the conv with r added in its epilogue
 * (before any activation), when the conv's output is read only by the add and r is ready before the conv
 * runs. Test: PassesTest.
 */
public final class FuseResidual {
    private FuseResidual() {}

    public static Graph run(Graph g) {
        return Rewrites.fuseIntoProducers(g, (add, slot, p, sweep) -> {
            if (!(add.op() instanceof Op.Binary b) || b.mul() || add.inputs().size() != 2 || !b.epilogue().isEmpty()) return null;
            long[] shape = g.tensor(add.output()).dims();
            if (!add.inputs().stream().allMatch(i -> Arrays.equals(g.tensor(i).dims(), shape))) return null;
            int r = add.inputs().get(1 - slot);
            if (sweep.producerIndex(r) > sweep.producerIndex(p.output())) return null; // r not ready when the conv runs
            Op fused = switch (p.op()) {
                case Op.Conv c when c.epilogue().isEmpty() -> c.with(c.epilogue().withResidual());
                case Op.Dense d when d.epilogue().isEmpty() -> d.with(d.epilogue().withResidual());
                default -> null;
            };
            if (fused == null) return null;
            List<Integer> inputs = new ArrayList<>(p.inputs());
            inputs.add(r);
            return new Node(p.name(), fused, inputs, add.output());
        });
    }
}
