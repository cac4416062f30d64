package netc.passes;

import java.util.List;
import netc.ir.KernelPlan;
import netc.ir.Op;
import netc.ir.Target;

/**
 * The plan pass's decisions for the fused separable convs and pointwise chains (moved here from the native
 * backend's SeparableKernels and PointwiseChainKernels, with their measurements): bands or pixel blocks sized for L2,
 * and how two threads share them. Each has a target option to force it (to compare).
 */
public final class FusedPlans {
    private FusedPlans() {}

    /**
     * Whether a depthwise conv (alone in a separable conv or an inverted residual) first splits each channel's input rows
     * of a band into even and odd columns (zero padded), so that a tap of 8 output columns is one plain load:
     * horizontal stride 2 without dilation. The taps of stride 2 otherwise take a 16-float load and a shuffle each, 9
     * per output vector for a 3x3, where the split costs two shuffles per 16 input floats, about 2 input rows per
     * output row. {@code deinterleave=false} switches it off (to compare).
     */
    public static boolean deinterleaves(Target t, Op.Conv dw) {
        return dw.sw() == 2 && dw.dw() == 1 && !t.off("deinterleave");
    }

    /**
     * Floats of panel a separable band aims at ({@code separablePanel=N}): half the 1x1's pixel panel, since the band's
     * depthwise input shares L2 with it (mobilenet_v2, shared machine: 32K 2-8% ahead of 64K and 16K, within the noise).
     */
    static long separablePanel(Target t) { return t.option("separablePanel", ConvPlans.panelFloats(t) / 2); }

    /**
     * A separable conv's bands (output {@code outH x outW}): at most {@link #separablePanel} floats of panel (L2), K
     * blocks of at most {@link ConvPlans#KC} channels. With two threads, a plane that fits one band (7x7, 14x14) is cut
     * by the 1x1's output channels: bands of a few rows would give each thread short pixel tiles and all of the 1x1's
     * weights to stream, for a depthwise that costs a tenth of the 1x1 there. Else an even number of bands.
     */
    public static KernelPlan.Separable separable(Target t, Op.SeparableConv s, long outH, long outW) {
        int mr = ConvPlans.mr(t);
        long k = s.depthwise().outC(), icb = Math.min(k, ConvPlans.KC), outC = s.pointwise().outC();
        boolean split = deinterleaves(t, s.depthwise());
        long rows = Math.min(outH, Math.max(1, separablePanel(t) / icb / outW));
        if (t.threads() > 1 && rows == outH && outC >= 2 * mr) return new KernelPlan.Separable(icb, rows, outH, outW, true, outC, mr, split);
        if (t.threads() > 1 && outH > 1) {
            long n = ceilDiv(outH, rows);
            n = Math.max(2, n + n % 2);
            rows = ceilDiv(outH, n);
        }
        return new KernelPlan.Separable(icb, rows, outH, outW, false, outC, mr, split);
    }

    /**
     * A pointwise chain's blocks of pixels (of {@code pixels}): the two intermediate panels, of the widest intermediate's
     * channels, together in the GEMM's pixel panel (L2); an even number of blocks, so that two threads get the same work.
     */
    public static KernelPlan.PointwiseChain pointwiseChain(Target t, Op.PointwiseChain ch, long pixels) {
        int nr = ConvPlans.nr(t);
        long mid = 1;
        List<Op.Conv> convs = ch.convs();
        for (int i = 0; i < convs.size() - 1; i++) mid = Math.max(mid, convs.get(i).outC());
        long cols = Math.min(pixels, Math.max(nr, ConvPlans.panelFloats(t) / (2 * mid) / nr * nr));
        long n = ceilDiv(pixels, cols);
        if (n > 1) {
            n += n % 2;
            cols = roundUp(ceilDiv(pixels, n), nr);
        }
        return new KernelPlan.PointwiseChain(Math.min(cols, pixels), pixels, mid);
    }

    private static long ceilDiv(long a, long b) { return (a + b - 1) / b; }

    private static long roundUp(long a, long b) { return ceilDiv(a, b) * b; }
}
