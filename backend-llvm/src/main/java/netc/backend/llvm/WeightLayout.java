package netc.backend.llvm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import netc.ir.Graph;
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
 * rows for the GEMM convs ({@code W[6t + r][k]} at {@code 6Kt + 6k + r}, zeros past the last row; see GemmConv). A
 * {@code W2} or {@code W4} before it: the 3x3 weight is first Winograd-transformed (F(2x2, 3x3) or F(4x4, 3x3),
 * {@code U = G g G^T}) into 16 or 36 matrices of {@code OUTC x IN}, each packed so, one after the other (see
 * WinogradConv, WinogradVariant).
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
                case Op.Conv c when WinogradConv.applies(c) -> new long[] {WinogradConv.packedFloats(c, g.tensor(n.inputs().get(0)).dims()[0],
                        g.tensor(n.output()).dims()[1], g.tensor(n.output()).dims()[2]), c.outC()};
                case Op.Conv c when GemmConv.applies(c) -> new long[] {GemmConv.packedFloats(c, g.tensor(n.inputs().get(0)).dims()[0]), c.outC()};
                case Op.Conv c -> new long[] {(long) c.outC() * (g.tensor(n.inputs().get(0)).dims()[0] / c.groups()) * c.kh() * c.kw(), c.outC()};
                case Op.ConvTranspose t -> {
                    Op.Conv c = ConvTransposeKernels.equivalent(t);
                    long inC = g.tensor(n.inputs().get(0)).dims()[0];
                    yield new long[] {GemmConv.applies(c) ? GemmConv.packedFloats(c, inC) : (long) c.outC() * (inC / c.groups()) * c.kh() * c.kw(), c.outC()};
                }
                case Op.Dense d -> new long[] {(long) d.out() * g.tensor(n.inputs().get(0)).elements(), d.out()};
                case Op.BatchNorm b -> new long[] {g.tensor(n.inputs().get(0)).dims()[0], g.tensor(n.inputs().get(0)).dims()[0]};
                default -> null;
            };
            if (sizes == null) continue;
            long[] at = new long[2];
            for (int k = 0; k < 2; k++) {
                at[k] = next;
                next = align(next + sizes[k]);
            }
            offsets.put(i, at);
            table.add(switch (n.op()) {
                case Op.Conv c -> line(c.weights(), at) + (WinogradConv.applies(c) ? " " + WinogradConv.token(g.tensor(n.output()).dims()[1], g.tensor(n.output()).dims()[2]) : "") + (GemmConv.applies(c) ? " P" + GemmConv.MR + ":" + c.outC() : "");
                case Op.ConvTranspose t -> line(t.weights(), at) + " X" + t.groups() + ":" + t.outC() / t.groups() + ":" + t.kh() + ":" + t.kw()
                        + (GemmConv.applies(ConvTransposeKernels.equivalent(t)) ? " P" + GemmConv.MR + ":" + t.outC() : "");
                case Op.Dense d -> line(d.weights(), at);
                case Op.BatchNorm b -> "S " + at[0] + " " + at[1] + " " + b.prefix() + " " + b.eps() + " " + b.affine();
                default -> throw new IllegalStateException();
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

    private static String orDash(String s) { return s == null ? "-" : s; }

    static long align(long floats) { return (floats + ALIGN_FLOATS - 1) / ALIGN_FLOATS * ALIGN_FLOATS; }
}
