package netc.passes;

import netc.ir.Graph;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Tensor;

/**
 * winograd (-fwinograd): marks the ungrouped 3x3 stride-1 undilated convs with at least {@link #MIN_CHANNELS} input and
 * output channels for the Winograd F(2x2, 3x3) algorithm, which computes each 2x2 output tile from a 4x4 input
 * tile with 16 multiplications per channel pair instead of 36 (2.25x fewer), at the price of transforms of the
 * input, weights and output and slightly different rounding (see WinogradConv in the native backend for the stated
 * error bound). Backends without it run the conv as before. Test: PassesTest, NativeBackendTorchTest.
 */
public final class UseWinograd {
    private UseWinograd() {}

    /** Below this the transforms cost more than the multiplications saved. */
    static final int MIN_CHANNELS = 32;

    public static Graph run(Graph g) {
        return g.withNodes(g.nodes().stream().map(n -> applies(g, n) ? n.with(((Op.Conv) n.op()).withWinograd()) : n).toList());
    }

    private static boolean applies(Graph g, Node n) {
        if (!(n.op() instanceof Op.Conv c) || c.winograd()) return false;
        Tensor x = g.tensor(n.inputs().get(0));
        return c.kh() == 3 && c.kw() == 3 && c.sh() == 1 && c.sw() == 1 && c.dh() == 1 && c.dw() == 1 && c.groups() == 1
                && x.dims().length == 3 && x.dims()[0] >= MIN_CHANNELS && c.outC() >= MIN_CHANNELS;
    }
}
