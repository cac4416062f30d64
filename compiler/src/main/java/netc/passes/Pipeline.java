package netc.passes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import netc.ir.Graph;

/**
 * The optimisation pipeline, as data: each pass with the reason for its place. Any pass can be switched off
 * by name ({@code -fno-fold_bn}); the output must not change, only the speed.
 */
public final class Pipeline {
    public record Pass(String name, UnaryOperator<Graph> run, String why) {}

    public static final List<Pass> PASSES = List.of(
            new Pass("drop_noops", DropNoOps::run, "first, so that dropout between a conv and its activation does not block fusion"),
            new Pass("fold_bn", FoldBatchNorm::run, "before the epilogue fusions: a conv only takes a residual or activation once its BN is gone"),
            new Pass("fuse_residual", FuseResidual::run, "before fuse_activation, so that relu(conv + r) fuses whole"),
            new Pass("fuse_activation", FuseActivation::run, "after the other fusions: applies to whatever producer they left"),
            new Pass("fuse_separable", FuseSeparable::run,
                    "after the epilogue fusions, so both convs carry their BN, activation and residual into the fused node"),
            new Pass("fuse_pointwise_chain", FusePointwiseChain::run,
                    "after fuse_separable, which claims a 1x1 conv right after a depthwise one first (the bigger saving)"),
            new Pass("concat_in_place", ConcatInPlace::run, "last: decides where final producers write, once no rewrite moves them"));

    /** plan_memory is not a rewrite; it is named here so that -fno-plan_memory switches it off like the others. */
    public static final String PLAN_MEMORY = "plan_memory";

    private Pipeline() {}

    public static List<String> names() {
        List<String> n = new ArrayList<>(PASSES.stream().map(Pass::name).toList());
        n.add(PLAN_MEMORY);
        return n;
    }

    public static Graph run(Graph g, Set<String> disabled) {
        for (Pass p : PASSES) if (!disabled.contains(p.name())) g = p.run().apply(g);
        return g;
    }
}
