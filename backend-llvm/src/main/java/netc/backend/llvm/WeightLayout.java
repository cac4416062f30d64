package netc.backend.llvm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import netc.ir.Graph;
import netc.ir.KernelPlan;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Weights;

/**
 * Where each layer's prepared parameters live in the one weights buffer the library reads: a conv's or dense
 * layer's weight (batch norm folded in) and bias (zeros when the layer has none), an unfolded batch norm's scale
 * and shift. Every block starts on a 64-byte boundary. {@link #table()} tells the Java side how to fill the buffer
 * from a weight source, one line per layer:
 * <pre>
 *   T WOFF BOFF weight bias|-                      tensors as they are
 *   F WOFF BOFF weight bias|- bn eps affine        batch norm folded into weight and bias
 *   S SOFF TOFF bn eps affine                      an unfolded batch norm's scale and shift
 * </pre>
 * A transposed conv's T or F line carries {@code XG:COG:KH:KW} (groups, output channels per group, kernel): the weight,
 * in PyTorch's {@code [inC][COG][KH][KW]} layout (batch norm folded along its second axis), is stored as the weight of
 * the equivalent conv (see ConvTransposeKernels), {@code [G * COG][inC / G][KH][KW]} with the taps flipped.
 * A T or F line may end in {@code P6:OUTC}: the weight, {@code OUTC x K} as prepared, is stored packed in panels of 6
 * rows for the GEMM convs ({@code W[6t + r][k]} at {@code 6Kt + 6k + r}, zeros past the last row; see GemmConv); {@code P24:OUTC}
 * the same in panels of 24 rows, the channel-blocked weight of the channel-vectorised GEMM (OcVectorGemm). A
 * {@code W2} or {@code W4} before it: the 3x3 weight is first Winograd-transformed (F(2x2, 3x3) or F(4x4, 3x3),
 * {@code U = G g G^T}) into 16 or 36 matrices of {@code OUTC x IN}, each packed so, one after the other (see
 * WinogradConv, WinogradVariant). A fused node (separable, pointwise chain) has a pair of blocks and a line per conv,
 * in order.
 */
record WeightLayout(Map<Integer, long[]> offsets, long floats, List<String> table) {
    static final long ALIGN_FLOATS = 16;

    /** Offsets of node {@code i}'s blocks (weight then bias, or scale then shift). */
    long[] of(int node) { return offsets.get(node); }

    static WeightLayout of(Graph g) {
        Map<Integer, long[]> offsets = new HashMap<>();
        List<String> table = new ArrayList<>();
        long next = 0;
        for (int i = 0; i < g.nodes().size(); i++) {
            Node n = g.nodes().get(i);
            long[] sizes = switch (n.op()) {
                case Op.Conv c when n.plan() instanceof KernelPlan.Winograd p -> new long[] {WinogradConv.packedFloats(p), c.outC()};
                case Op.Conv c when ConvKernels.gemm(n.plan()) -> new long[] {ConvKernels.packedFloats(n.plan(), c, g.tensor(n.inputs().get(0)).dims()[0]), c.outC()};
                case Op.Conv c -> new long[] {(long) c.outC() * (g.tensor(n.inputs().get(0)).dims()[0] / c.groups()) * c.kh() * c.kw(), c.outC()};
                case Op.ConvTranspose t -> {
                    Op.Conv c = ConvTransposeKernels.equivalent(t);
                    long inC = g.tensor(n.inputs().get(0)).dims()[0];
                    yield new long[] {ConvKernels.gemm(n.plan()) ? ConvKernels.packedFloats(n.plan(), c, inC) : (long) c.outC() * (inC / c.groups()) * c.kh() * c.kw(), c.outC()};
                }
                case Op.Dense d -> new long[] {(long) d.out() * g.tensor(n.inputs().get(0)).elements(), d.out()};
                case Op.ConvPoolDense h -> new long[] {ConvKernels.packedFloats(n.plan(), h.conv(), g.tensor(n.inputs().get(0)).dims()[0]), h.conv().outC(),
                        (long) h.dense().out() * h.conv().outC(), h.dense().out()};
                case Op.BatchNorm b -> new long[] {g.tensor(n.inputs().get(0)).dims()[0], g.tensor(n.inputs().get(0)).dims()[0]};
                case Op.SeparableConv s -> {
                    Op.Conv dw = s.depthwise(), pw = s.pointwise();
                    yield new long[] {(long) dw.outC() * dw.kh() * dw.kw(), dw.outC(), GemmConv.packedFloats(pw, dw.outC()), pw.outC()};
                }
                case Op.InvertedResidual v -> {
                    Op.Conv e = v.expand(), dw = v.depthwise(), pw = v.pointwise();
                    yield new long[] {GemmConv.packedFloats(e, g.tensor(n.inputs().get(0)).dims()[0]), e.outC(), (long) dw.outC() * dw.kh() * dw.kw(),
                            dw.outC(), GemmConv.packedFloats(pw, dw.outC()), pw.outC()};
                }
                case Op.PointwiseChain ch -> {
                    long[] z = new long[2 * ch.convs().size()];
                    long inC = g.tensor(n.inputs().get(0)).dims()[0];
                    for (int k = 0; k < ch.convs().size(); k++) {
                        Op.Conv c = ch.convs().get(k);
                        z[2 * k] = GemmConv.packedFloats(c, inC);
                        z[2 * k + 1] = c.outC();
                        inC = c.outC();
                    }
                    yield z;
                }
                default -> null;
            };
            if (sizes == null) continue;
            long[] at = new long[sizes.length];
            for (int k = 0; k < sizes.length; k++) {
                at[k] = next;
                next = align(next + sizes[k]);
            }
            offsets.put(i, at);
            table.addAll(switch (n.op()) {
                // fused convs: a line per conv, each with its own pair of blocks (the 1x1s packed for the GEMM)
                case Op.SeparableConv s -> List.of(line(s.depthwise().weights(), at), packedLine(s.pointwise(), at, 2));
                case Op.InvertedResidual v -> List.of(packedLine(v.expand(), at, 0), line(v.depthwise().weights(), new long[] {at[2], at[3]}),
                        packedLine(v.pointwise(), at, 4));
                // the conv in the oc-vector GEMM's panels; the dense weight transposed (one panel of every row is the transpose)
                case Op.ConvPoolDense h -> List.of(line(h.conv().weights(), at) + " P" + ConvKernels.panelRows(n.plan()) + ":" + h.conv().outC(),
                        line(h.dense().weights(), new long[] {at[2], at[3]}) + " P" + h.dense().out() + ":" + h.dense().out());
                case Op.PointwiseChain ch -> {
                    List<String> lines = new ArrayList<>();
                    for (int k = 0; k < ch.convs().size(); k++) lines.add(packedLine(ch.convs().get(k), at, 2 * k));
                    yield lines;
                }
                default -> List.of(switch (n.op()) {
                    case Op.Conv c -> line(c.weights(), at) + (n.plan() instanceof KernelPlan.Winograd p ? " " + WinogradConv.token(p) : "") + (ConvKernels.gemm(n.plan()) ? " P" + ConvKernels.panelRows(n.plan()) + ":" + c.outC() : "");
                    case Op.ConvTranspose t -> line(t.weights(), at) + " X" + t.groups() + ":" + t.outC() / t.groups() + ":" + t.kh() + ":" + t.kw()
                            + (ConvKernels.gemm(n.plan()) ? " P" + ConvKernels.panelRows(n.plan()) + ":" + t.outC() : "");
                    case Op.Dense d -> line(d.weights(), at);
                    case Op.BatchNorm b -> "S " + at[0] + " " + at[1] + " " + b.prefix() + " " + b.eps() + " " + b.affine();
                    default -> throw new IllegalStateException();
                });
            });
        }
        return new WeightLayout(offsets, next, table);
    }

    private static String line(Weights w, long[] at) {
        return switch (w) {
            case Weights.Direct d -> "T " + at[0] + " " + at[1] + " " + d.weight() + " " + orDash(d.bias());
            case Weights.FoldedBn f -> "F " + at[0] + " " + at[1] + " " + f.weight() + " " + orDash(f.bias()) + " " + f.bnPrefix() + " "
                    + f.eps() + " " + f.affine();
        };
    }

    /** The table line of a 1x1 conv inside a fused node, whose blocks are {@code at[k]} and {@code at[k + 1]}. */
    private static String packedLine(Op.Conv c, long[] at, int k) {
        return line(c.weights(), new long[] {at[k], at[k + 1]}) + " P" + GemmConv.MR + ":" + c.outC();
    }

    private static String orDash(String s) { return s == null ? "-" : s; }

    static long align(long floats) { return (floats + ALIGN_FLOATS - 1) / ALIGN_FLOATS * ALIGN_FLOATS; }
}
