package netc.runtime.internal;

/**
 * B of a convolution packed from {@link PaddedPlanes}: each panel is {@code nr} consecutive output columns of one
 * output row ({@code tilesPerRow} panels per row, the last one partial), so every (k, panel) pair is one contiguous
 * copy. The virtual column {@code v} is lane {@code v % nr} of panel {@code v / nr}; {@link #map} says where panels
 * go in the output. {@code srcOff} is the first padded plane of the group.
 */
public final class RowTilePacker implements Packer {
    private final Impl impl;
    private final int nr;
    /** Per k = (ci, i, j): the offset of its tap in the padded planes. */
    private final int[] tapOff;
    /** Per panel: its source offset within a padded plane. */
    private final int[] panelSrc;
    public final GemmDriver.ColumnMap map;
    public final int panels;

    public RowTilePacker(PaddedPlanes pp, int cg, int kh, int kw, int oh, int ow, Impl impl) {
        this.impl = impl;
        this.nr = impl.nr;
        tapOff = new int[cg * kh * kw];
        for (int ci = 0, k = 0; ci < cg; ci++) {
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++) tapOff[k++] = ci * pp.planeLen + pp.tapOffset(i, j);
            }
        }
        int tpr = Packer.ceilDiv(ow, nr);
        panels = oh * tpr;
        panelSrc = new int[panels];
        int[] col = new int[panels], width = new int[panels];
        for (int p = 0; p < panels; p++) {
            int oy = p / tpr, ox = p % tpr * nr;
            panelSrc[p] = pp.rowOffset(oy) + ox;
            col[p] = oy * ow + ox;
            width[p] = Math.min(nr, ow - ox);
        }
        map = new GemmDriver.ColumnMap(col, width);
    }

    /** Whether row tiles waste little enough compute on partial panels to beat im2col packing. */
    public static boolean worthIt(int oh, int ow, int nr) {
        double rowWaste = (double) Packer.ceilDiv(ow, nr) * nr / ow;
        double colWaste = (double) Packer.ceilDiv(oh * ow, nr) * nr / (oh * ow);
        return rowWaste <= colWaste * 1.25;
    }

    @Override
    public void pack(float[] src, int srcOff, int k0, int kc, int v0, int len, float[] dst, int dstOff) {
        int p0 = v0 / nr, p1 = Packer.ceilDiv(v0 + len, nr);
        for (int p = p0; p < p1; p++) {
            int base = srcOff + panelSrc[p];
            int d = dstOff + (p - p0) * kc * nr;
            for (int kk = 0; kk < kc; kk++, d += nr) impl.copyPanelRow(src, base + tapOff[k0 + kk], dst, d);
        }
    }
}
