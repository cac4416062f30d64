package netc.passes;

import netc.ir.Graph;
import netc.ir.KernelPlan;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Target;

/**
 * plan (always runs, last): gives each conv and transposed conv node its {@link KernelPlan} for the {@link Target}
 * (a transposed conv runs its {@link Op.ConvTranspose#equivalent} conv on its spread input, so it gets that conv's
 * plan), each inverted residual its bands (the decisions are {@link ConvPlans}'), each fused separable conv and
 * pointwise chain its bands or blocks ({@link FusedPlans}), and each pool, adaptive pool and dense layer the range two
 * threads cut ({@link KernelPlan.Range}). Other nodes keep {@link KernelPlan#NONE}. A target that plans nothing (Java)
 * leaves the graph as it is.
 *
 * <p>Why it cannot be switched off: the backend has no choice of its own left to fall back on (the decision code
 * moved here), and each decision has its own target option to force the other way. A pure function of the graph and
 * the target. Test: KernelPlanTest, IrGoldenTest (native), NativeBackendTorchTest.
 */
public final class PlanKernels {
    private PlanKernels() {}

    public static Graph run(Graph g, Target t) {
        if (!t.plansKernels()) return g;
        return g.withNodes(g.nodes().stream().map(n -> n.with(plan(g, n, t))).toList());
    }

    private static KernelPlan plan(Graph g, Node n, Target t) {
        long[] y0 = g.tensor(n.output()).dims();
        switch (n.op()) {
            case Op.InvertedResidual v -> {
                long[] x = g.tensor(n.inputs().get(0)).dims();
                return ConvPlans.invertedResidual(t, v, x[1], x[2], y0[1], y0[2]);
            }
            case Op.SeparableConv s -> { return FusedPlans.separable(t, s, y0[1], y0[2]); }
            case Op.PointwiseChain ch -> { return FusedPlans.pointwiseChain(t, ch, y0[1] * y0[2]); }
            // the head's conv on the oc-vector GEMM, planned as the conv alone (1x1 stride 1: its plane is the input's)
            case Op.ConvPoolDense h -> { return FuseConvPoolDense.plan(g, n, h.conv(), t); }
            // nothing to tile: the range two threads halve
            case Op.Pool p -> { return new KernelPlan.Range(p.max() ? "max-pool" : "avg-pool", "planes", y0[0], y0[0] / 2); }
            case Op.AdaptiveAvgPool a -> { return new KernelPlan.Range("adaptive-pool", "planes", y0[0], y0[0] / 2); }
            case Op.Dense d -> { return new KernelPlan.Range("dense", "channels", d.out(), d.out() / 2); }
            default -> { }
        }
        Op.Conv c = switch (n.op()) {
            case Op.Conv conv -> conv;
            case Op.ConvTranspose ct -> ct.equivalent();
            default -> null;
        };
        long[] x = g.tensor(n.inputs().get(0)).dims(), y = g.tensor(n.output()).dims();
        if (c == null || x.length != 3) return KernelPlan.NONE;
        if (g.tensor(n.output()).layout() == netc.ir.Layout.NCHWc8) return NchwcLayout.plan(t, c, x[0], y[1] * y[2]); // a blocked chain's conv
        return ConvPlans.conv(t, c, x[0], y[1], y[2]);
    }
}
