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

    /** Flat mode: per panel, its runs ({@link Impl#packSegments}) at {@code p * maxSeg}; null in row mode. */
    private final int[] segShift, segLane, segCount;
    private final int maxSeg;

    public RowTilePacker(PaddedPlanes pp, int cg, int kh, int kw, int oh, int ow, Impl impl) {
        this(pp, cg, kh, kw, oh, ow, impl, false);
    }

    /**
     * {@code flat}: panels are {@code nr} consecutive pixels of the flattened output (crossing row ends), so no
     * lanes are wasted at the end of each row; {@link #map} is then null (virtual column = output pixel).
     */
    public RowTilePacker(PaddedPlanes pp, int cg, int kh, int kw, int oh, int ow, Impl impl, boolean flat) {
        this.impl = impl;
        this.nr = impl.nr;
        tapOff = new int[cg * kh * kw];
        for (int ci = 0, k = 0; ci < cg; ci++) {
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++) tapOff[k++] = ci * pp.planeLen + pp.tapOffset(i, j);
            }
        }
        if (flat) {
            int npix = oh * ow;
            panels = Packer.ceilDiv(npix, nr);
            maxSeg = Packer.ceilDiv(nr, ow) + 1;
            segShift = new int[panels * maxSeg];
            segLane = new int[panels * maxSeg];
            segCount = new int[panels];
            for (int p = 0; p < panels; p++) {
                int n = 0;
                for (int q = 0; q < nr; q++) {
                    int v = p * nr + q;
                    // lanes past the last pixel continue the last row (read, never stored)
                    int oy = Math.min(v / ow, oh - 1), ox = v - oy * ow;
                    int shift = pp.rowOffset(oy) + ox - q;
                    if (n == 0 || segShift[p * maxSeg + n - 1] != shift) {
                        segShift[p * maxSeg + n] = shift;
                        segLane[p * maxSeg + n] = q;
                        n++;
                    }
                }
                segCount[p] = n;
            }
            panelSrc = null;
            map = null;
            return;
        }
        segShift = segLane = segCount = null;
        maxSeg = 0;
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

    /**
     * Whether flat panels (see the constructor) beat row tiles: fewer micro-tiles, counting a panel of at most
     * {@code nr / 2} columns as half a tile (the half-width kernel), for outputs at least {@code nr / 2} wide (at
     * most three runs per panel). 14- and 28-wide rows: 12 and a half tiles instead of 14 for 14x14, 49 instead of
     * 56 for 28x28; 56-wide rows already end in a half tile.
     */
    public static boolean flatBetter(int oh, int ow, int nr) {
        return 2 * ow >= nr && tiles(oh * ow, nr) < oh * tiles(ow, nr);
    }

    private static double tiles(int n, int nr) {
        int rem = n % nr;
        return n / nr + (rem == 0 ? 0 : 2 * rem <= nr ? 0.5 : 1);
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
        if (segCount != null) {
            for (int p = p0; p < p1; p++) {
                impl.packSegments(src, srcOff, tapOff, k0, kc, segShift, segLane, p * maxSeg, segCount[p], dst,
                        dstOff + (p - p0) * kc * nr);
            }
            return;
        }
        for (int p = p0; p < p1; p++) {
            int base = srcOff + panelSrc[p];
            int d = dstOff + (p - p0) * kc * nr;
            for (int kk = 0; kk < kc; kk++, d += nr) impl.copyPanelRow(src, base + tapOff[k0 + kk], dst, d);
        }
    }
}
