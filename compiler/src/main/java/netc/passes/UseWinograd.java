package netc.passes;

import netc.ir.Graph;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Tensor;

/**
 * winograd (on by default; -fno-winograd): marks the ungrouped 3x3 stride-1 undilated convs with at least {@link #MIN_CHANNELS} input and
 * output channels and at least {@link #MIN_TILES} 2x2 output tiles per image for a Winograd algorithm F(m x m, 3x3), which computes each
 * m x m output tile from an (m + 2) x (m + 2) input tile with (m + 2)^2 multiplications per channel pair instead of 9 m^2 (F(2x2): 2.25x
 * fewer, F(4x4): 4x), at the price of transforms of the input, weights and output and different rounding. The backend picks m per layer
 * (the native backend's WinogradConv, which states and tests the error). Backends without it run the conv as before. Test: PassesTest,
 * NativeBackendTorchTest, WinogradAccuracyTest.
 */
public final class UseWinograd {
    private UseWinograd() {}

    /** Below this the transforms cost more than the multiplications saved. */
    static final int MIN_CHANNELS = 32;

    /**
     * Below this (ResNet's 7x7 stage: 16 tiles) the transformed weights, 16/9 the size of the originals, are each
     * used for too few tiles, and reading them from memory takes back the multiplications saved (resnet50 at batch 1:
     * no clear gain at 7x7 in noisy measurements, against 1.3-1.8x at 14x14 to 56x56).
     */
    static final int MIN_TILES = 32;

    public static Graph run(Graph g) {
        return g.withNodes(g.nodes().stream().map(n -> applies(g, n) ? n.with(((Op.Conv) n.op()).withWinograd()) : n).toList());
    }

    private static boolean applies(Graph g, Node n) {
        if (!(n.op() instanceof Op.Conv c) || c.winograd()) return false;
        Tensor x = g.tensor(n.inputs().get(0)), y = g.tensor(n.output());
        return c.kh() == 3 && c.kw() == 3 && c.sh() == 1 && c.sw() == 1 && c.dh() == 1 && c.dw() == 1 && c.groups() == 1
                && x.dims().length == 3 && x.dims()[0] >= MIN_CHANNELS && c.outC() >= MIN_CHANNELS
                && (long) (y.dims()[1] + 1) / 2 * ((y.dims()[2] + 1) / 2) >= MIN_TILES;
    }
}
