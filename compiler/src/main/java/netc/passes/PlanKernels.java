package netc.passes;

import netc.ir.Graph;
import netc.ir.KernelPlan;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Target;

/**
 * plan (always runs, last): gives each conv and transposed conv node its {@link KernelPlan} for the {@link Target}
 * (a transposed conv runs its {@link Op.ConvTranspose#equivalent} conv on its spread input, so it gets that conv's
 * plan), and each inverted residual its bands; the decisions are {@link ConvPlans}'. Other nodes keep {@link KernelPlan#NONE}: their kernels (fused
 * separable and pointwise-chain nodes, pools, dense) still choose their bands themselves. A target that plans
 * nothing (Java) leaves the graph as it is.
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
        if (n.op() instanceof Op.InvertedResidual v) {
            long[] x = g.tensor(n.inputs().get(0)).dims(), y = g.tensor(n.output()).dims();
            return ConvPlans.invertedResidual(t, v, x[1], x[2], y[1], y[2]);
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
