package netc.ir;

import java.util.List;
import java.util.stream.Collectors;

/** The IR as readable text: what {@code netc compile --emit ir} prints and golden tests compare. */
public final class IrPrinter {
    private IrPrinter() {}

    public static String print(Graph g) {
        StringBuilder sb = new StringBuilder();
        sb.append("graph ").append(g.name()).append("(%").append(g.input()).append(": ")
          .append(g.tensor(g.input()).shape()).append(") {\n");
        for (Node n : g.nodes()) {
            Tensor t = g.tensor(n.output());
            sb.append("  %").append(n.output()).append(": ").append(t.shape()).append(' ').append(t.layout().label());
            if (t.isSlice()) sb.append(" in %").append(t.aliasOf()).append(" at channel ").append(t.channelOffset());
            else if (t.isView()) sb.append(" view of %").append(t.aliasOf());
            sb.append(" = ").append(describe(n.op())).append('(')
              .append(n.inputs().stream().map(i -> "%" + i).collect(Collectors.joining(", "))).append(")");
            String w = weights(n.op());
            if (!w.isEmpty()) sb.append("  [").append(w).append(']');
            sb.append("  // ").append(n.name()).append('\n');
            if (n.plan() != KernelPlan.NONE) sb.append("      plan: ").append(n.plan().label()).append('\n');
        }
        sb.append("  return ").append(g.outputs().entrySet().stream().map(e -> e.getKey() + "=%" + e.getValue())
                .collect(Collectors.joining(", "))).append("\n}\n");
        return sb.toString();
    }

    static String describe(Op op) {
        return switch (op) {
            case Op.Conv c -> "conv " + c.outC() + " " + c.kh() + "x" + c.kw() + pair(" s", c.sh(), c.sw())
                    + pads(c.padL(), c.padR(), c.padT(), c.padB()) + pair(" d", c.dh(), c.dw()) + (c.groups() > 1 ? " g" + c.groups() : "")
                    + (c.winograd() ? " winograd" : "") + c.epilogue().label();
            case Op.ConvTranspose c -> "convT " + c.outC() + " " + c.kh() + "x" + c.kw() + pair(" s", c.sh(), c.sw())
                    + pair(" p", c.padH(), c.padW()) + pair(" op", c.outPadH(), c.outPadW()) + pair(" d", c.dh(), c.dw())
                    + (c.groups() > 1 ? " g" + c.groups() : "") + c.epilogue().label();
            case Op.SeparableConv s -> "separable (" + describe(s.depthwise()) + ") -> (" + describe(s.pointwise()) + ")";
            case Op.InvertedResidual v -> "inverted_residual (" + describe(v.expand()) + ") -> (" + describe(v.depthwise()) + ") -> ("
                    + describe(v.pointwise()) + ")";
            case Op.PointwiseChain p -> "pointwise_chain " + p.convs().stream().map(c -> "(" + describe(c) + ")")
                    .collect(Collectors.joining(" -> "));
            case Op.Dense d -> "dense " + d.out() + d.epilogue().label();
            case Op.ConvPoolDense h -> "conv_pool_dense (" + describe(h.conv()) + ") -> (global_avgpool) -> (" + describe(h.dense()) + ")";
            case Op.Pool p -> p.kind() + " " + p.kh() + "x" + p.kw() + pair(" s", p.sh(), p.sw()) + pair(" p", p.padH(), p.padW())
                    + pair(" d", p.dh(), p.dw()) + (p.ceil() ? " ceil" : "") + (!p.max() && !p.countIncludePad() ? " exclude_pad" : "");
            case Op.BatchNorm b -> "batchnorm eps=" + b.eps() + " [" + b.prefix() + "]";
            case Op.Act a -> a.act() == Activation.LEAKY_RELU ? "leaky_relu " + a.alpha() : a.kind();
            case Op.Binary b -> b.kind() + b.epilogue().label();
            case Op.Chunk c -> "chunk " + c.index() + "/" + c.chunks();
            case Op.Shuffle s -> "shuffle g" + s.groups();
            case Op.Resize r -> r.kind() + (r.alignCorners() ? " align_corners" : "") + (r.scaleH() > 0 ? " scale=" + r.scaleH() : "");
            case Op.Pad p -> "pad" + pads(p.left(), p.right(), p.top(), p.bottom());
            case Op.Lrn l -> "lrn " + l.size() + " alpha=" + l.alpha() + " beta=" + l.beta() + " k=" + l.k();
            case Op.Reorder r -> "reorder to " + r.to().label();
            case Op.Identity i -> "identity (" + i.from() + ")";
            default -> op.kind();
        };
    }

    private static String weights(Op op) {
        return switch (op) {
            case Op.Conv c -> c.weights().label();
            case Op.ConvTranspose c -> c.weights().label();
            case Op.Dense d -> d.weights().label();
            case Op.SeparableConv s -> s.depthwise().weights().label() + "; " + s.pointwise().weights().label();
            case Op.InvertedResidual v -> v.expand().weights().label() + "; " + v.depthwise().weights().label() + "; " + v.pointwise().weights().label();
            case Op.ConvPoolDense h -> h.conv().weights().label() + "; " + h.dense().weights().label();
            case Op.PointwiseChain p -> p.convs().stream().map(c -> c.weights().label()).collect(Collectors.joining("; "));
            default -> "";
        };
    }

    private static String pair(String prefix, int a, int b) {
        if (a == b) return a == 1 && (prefix.equals(" s") || prefix.equals(" d")) || a == 0 ? "" : prefix + a;
        return prefix + a + "x" + b;
    }

    private static String pads(int l, int r, int t, int b) {
        if (l == r && t == b && l == t) return l == 0 ? "" : " p" + l;
        if (l == r && t == b) return " p" + t + "x" + l;
        return " p" + List.of(l, r, t, b);
    }
}
