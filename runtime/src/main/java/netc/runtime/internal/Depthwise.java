package netc.runtime.internal;

import java.util.Arrays;

/**
 * The direct depthwise kernel over one zero-padded input plane ({@link PaddedPlanes}), shared by the depthwise
 * {@code Conv2d} and {@code SeparableConv2d}. Stride 1: the plane's rows carry no slack, so output row
 * {@code oy} column {@code ox} reads the same taps at flat position {@code oy * rowLen + ox}; the whole plane is then
 * one long {@link Impl#dwRow} (independent vectors across rows instead of short rows with masked tails; the
 * {@code kw - 1} padding columns per row are computed and dropped), followed by a copy of the valid columns.
 * Otherwise (strided, or with a residual to add) one {@link Impl#dwRow} per output row.
 */
public final class Depthwise {
    public final PaddedPlanes planes;
    private final int oh, ow, ntaps;
    private final int[] tapOff;
    private final boolean flat;

    public Depthwise(int h, int w, int padT, int padB, int padL, int padR, int kh, int kw, int sh, int sw, int dh,
                     int dw, int oh, int ow) {
        this.oh = oh;
        this.ow = ow;
        flat = sh == 1 && sw == 1 && !"false".equals(System.getProperty("netc.dw.flat"));
        planes = flat
                ? new PaddedPlanes(h, w, padT, padB, padL, padR, kh, kw, sh, sw, dh, dw, oh, ow, 0, Impl.DW_OVERREAD + 1)
                : new PaddedPlanes(h, w, padT, padB, padL, padR, kh, kw, sh, sw, dh, dw, oh, ow, Impl.DW_OVERREAD + 1);
        ntaps = kh * kw;
        tapOff = new int[ntaps];
        for (int i = 0; i < kh; i++) {
            for (int j = 0; j < kw; j++) tapOff[i * kw + j] = planes.tapOffset(i, j);
        }
    }

    /**
     * Pads the {@code h x w} plane at {@code x[src]} into this thread's plane buffer and returns it. The zero padding
     * is written only when another user of the buffer may have overwritten it.
     */
    public float[] fill(Impl impl, float[] x, int src) {
        float[] plane = Scratch.get(Scratch.PLANE, planes.planeLen);
        boolean kept = Scratch.claim(Scratch.PLANE, plane, this);
        if (planes.h == 0) Arrays.fill(plane, 0, planes.planeLen, 0f);
        else if (kept) planes.fillInterior(impl, x, src, plane, 0);
        else planes.fill(impl, x, src, plane, 0);
        return plane;
    }

    /**
     * One output channel from the padded {@code plane}: {@code y[yo + oy * ow + ox] = epi(bias + taps)} with weights
     * {@code w[wo, wo + kh * kw)}, residual (or null) at {@code res[ro + oy * ow + ox]}.
     */
    public void channel(Impl impl, float[] plane, float[] w, int wo, float bias, float[] y, int yo, float[] res, int ro,
                        Epi epi) {
        if (flat && res == null) {
            int rowLen = planes.rowLen, len = (oh - 1) * rowLen + ow;
            float[] tmp = Scratch.get(Scratch.ROW, len);
            impl.dwRow(plane, tapOff, ntaps, w, wo, len, tmp, 0, bias, null, 0, epi);
            for (int oy = 0; oy < oh; oy++) impl.copy(tmp, oy * rowLen, y, yo + oy * ow, ow);
            return;
        }
        int[] taps = new int[ntaps];
        for (int oy = 0; oy < oh; oy++) {
            int row = planes.rowOffset(oy);
            for (int t = 0; t < ntaps; t++) taps[t] = row + tapOff[t];
            impl.dwRow(plane, taps, ntaps, w, wo, ow, y, yo + oy * ow, bias, res, res == null ? 0 : ro + oy * ow, epi);
        }
    }
}
