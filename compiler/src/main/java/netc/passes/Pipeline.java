package netc.passes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import netc.ir.Graph;
import netc.ir.Target;

/**
 * The optimisation pipeline, as data: each pass with the reason for its place. Any pass can be switched off
 * by name ({@code -fno-fold_bn}); a pass that is off by default is switched on by {@link #on} of its name
 * ({@code -ffuse_separable}). The output must not change, only the speed. After them, for a {@link Target},
 * {@link PlanKernels} (plan) records how the backend runs each node; it is not a rewrite and cannot be switched off
 * (see there), and a target that plans nothing (Java) skips it.
 */
public final class Pipeline {
    /** A pass: most rewrite the graph alone; fuse_separable and fuse_inverted_residual also read the target (its thread count and options). */
    public record Pass(String name, BiFunction<Graph, Target, Graph> run, String why, boolean onByDefault) {
        Pass(String name, UnaryOperator<Graph> run, String why) {
            this(name, (g, t) -> run.apply(g), why, true);
        }
    }

    public static final List<Pass> PASSES = List.of(
            new Pass("drop_noops", DropNoOps::run, "first, so that dropout between a conv and its activation does not block fusion"),
            new Pass("fold_bn", FoldBatchNorm::run, "before the epilogue fusions: a conv only takes a residual or activation once its BN is gone"),
            new Pass("fuse_residual", FuseResidual::run, "before fuse_activation, so that relu(conv + r) fuses whole"),
            new Pass("fuse_activation", FuseActivation::run, "after the other fusions: applies to whatever producer they left"),
            new Pass("fuse_separable", FuseSeparable::run,
                    "after the epilogue fusions, so both convs carry their BN, activation and residual into the fused node;"
                            + " off by default: it saves memory but ran 5-10% slower than the two convs at batch 1", false),
            new Pass("fuse_inverted_residual", FuseInvertedResidual::run,
                    "after fuse_separable, whose fused node it extends by the expand 1x1 before it; off by default:"
                            + " native only (NativeBackend switches it on with fuse_separable)", false),
            new Pass("fuse_pointwise_chain", FusePointwiseChain::run,
                    "after fuse_separable, which claims a 1x1 conv right after a depthwise one first (the bigger saving)"),
            new Pass("winograd", UseWinograd::run,
                    "after the fusions (a marked conv keeps its epilogue); changes rounding only, within a stated and tested bound"),
            new Pass("nchwc", NchwcLayout::run,
                    "after the fusions, whose fused nodes have no blocked kernel and end its chains; before concat_in_place,"
                            + " which must see the reorders; off by default: native only (NativeBackend switches it on)", false),
            new Pass("fuse_conv_pool_dense", FuseConvPoolDense::run,
                    "after nchwc, whose blocked 1x1 it takes with the pool and dense layer after it; off by default:"
                            + " native only (NativeBackend switches it on with nchwc)", false),
            new Pass("concat_in_place", ConcatInPlace::run, "last: decides where final producers write, once no rewrite moves them"));

    /** plan_memory is not a rewrite; it is named here so that -fno-plan_memory switches it off like the others. */
    public static final String PLAN_MEMORY = "plan_memory";

    private Pipeline() {}

    public static List<String> names() {
        List<String> n = new ArrayList<>(PASSES.stream().map(Pass::name).toList());
        n.add(PLAN_MEMORY);
        return n;
    }

    /** The entry of a pass that is off by default in a switch set: switches it on. */
    public static String on(String name) {
        return "+" + name;
    }

    /** Whether {@code p} runs under {@code switches}: names switched off (which wins), and {@link #on} entries. */
    public static boolean runs(Pass p, Set<String> switches) {
        return !switches.contains(p.name()) && (p.onByDefault() || switches.contains(on(p.name())));
    }

    /** Runs the passes; {@code switches} holds the names of passes switched off and {@link #on} entries. No kernel plans (the Java target). */
    public static Graph run(Graph g, Set<String> switches) {
        return run(g, switches, Target.JAVA);
    }

    /** Runs the passes, then plans the kernels for {@code target}. */
    public static Graph run(Graph g, Set<String> switches, Target target) {
        for (Pass p : PASSES) if (runs(p, switches)) g = p.run().apply(g, target);
        return PlanKernels.run(g, target);
    }
}
