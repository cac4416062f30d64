package netc.runtime.internal;

import java.util.Arrays;

/**
 * The direct depthwise kernel over one zero-padded input plane, shared by the depthwise {@code Conv2d} and
 * {@code SeparableConv2d}. The plane is laid out so that, for every tap, output {@code (oy, ox)} reads flat position
 * {@code tap + oy * stride + ox}; the whole channel is then one long {@link Impl#dwRow} (independent vectors
 * across rows instead of short rows with masked tails; the few columns between rows are computed and dropped),
 * followed by a copy of the valid columns:
 * <ul>
 * <li>stride 1: the padded plane with rows of {@code w + padL + padR} and no slack ({@code stride} = that);
 * <li>stride 2: the padded plane split by row and column parity into four sub-planes of
 * {@code ceil(hp / 2) x ceil(wp / 2)} ({@code stride} = their width), so that stride-2 taps read consecutive floats.
 * </ul>
 * The commonest case, 3x3 stride 1 with padding 1 (MobileNet's), needs no horizontal padding: the plane is copied
 * whole (one arraycopy) between {@code w + 1} zeros above and below, so that output {@code p} of the flat plane reads
 * {@code p + dy * w + dx} for every tap, and the taps that would wrap into the next or previous row are zeroed by
 * per-column masks ({@link Impl#dw3x3Masked}); the output is stored in place, with no copy out. 3x3 stride 2 with
 * padding 1 on an even plane: four unpadded parity sub-planes (each after {@code w / 2 + 1} zeros), where every tap
 * of output {@code p} is at {@code p}, {@code p - 1}, {@code p - w / 2} or {@code p - w / 2 - 1} of one of them.
 * Other strides, convs with a residual to add, and the scalar backend ({@link Impl#flatDepthwise}) run one
 * {@link Impl#dwRow} per output row on a {@link PaddedPlanes} plane.
 */
public final class Depthwise {
    private final int h, w, padT, padL, oh, ow, ntaps;
    private final int[] tapOff;
    /** Flat layouts: the distance between output rows in the flat output; 0 for the per-row path. */
    private final int stride;
    /** Stride-2 layout: the sub-planes' height and width. */
    private final int qh, qw;
    private final PaddedPlanes planes;
    private final int planeLen;
    /**
     * The masked kernels ({@link Impl#dw3x3Masked}): 0 none, 1 stride 1 (one plane), 2 stride 2 (four parity sub-planes
     * {@code stride} apart), with the output columns that have a left (right) neighbour ({@link #keep}).
     */
    private final int masked;
    private final float[] keepLeft, keepRight;

    public Depthwise(int h, int w, int padT, int padB, int padL, int padR, int kh, int kw, int sh, int sw, int dh,
                     int dw, int oh, int ow, Impl impl) {
        this.h = h;
        this.w = w;
        this.padT = padT;
        this.padL = padL;
        this.oh = oh;
        this.ow = ow;
        ntaps = kh * kw;
        tapOff = new int[ntaps];
        boolean flatOk = impl.flatDepthwise() && !"false".equals(System.getProperty("netc.dw.flat"));
        boolean maskedOk = flatOk && !"false".equals(System.getProperty("netc.dw.masked"));
        if (maskedOk && masked3x3(kh, kw, sh, sw, dh, dw, padT, padB, padL, padR)) {
            masked = 1;
            keepLeft = keep(w, 0);
            keepRight = keep(w, w - 1);
            qh = qw = 0;
            stride = 0;
            planes = null;
            planeLen = h * w + 2 * (w + 1) + Impl.DW_OVERREAD;
            for (int t = 0; t < 9; t++) tapOff[t] = w + 1 + (t / 3 - 1) * w + t % 3 - 1;
            return;
        }
        if (maskedOk && masked3x3s2(kh, kw, sh, sw, dh, dw, padT, padL, h, w, oh, ow)) {
            masked = 2;
            keepLeft = keep(ow, 0);
            keepRight = keep(ow, -1);
            qh = h / 2;
            qw = ow;
            stride = ow + 1 + qh * ow + Impl.DW_OVERREAD;
            planes = null;
            planeLen = 4 * stride;
            // sub-plane (row parity, column parity) at (2 rp + cp) * stride + ow + 1; input row 2 oy + ky - 1,
            // column 2 ox + kx - 1
            for (int t = 0; t < 9; t++) {
                int r = t / 3 - 1, c = t % 3 - 1;
                int rp = r == 0 ? 0 : 1, cp = c == 0 ? 0 : 1;
                tapOff[t] = (2 * rp + cp) * stride + ow + 1 + (r < 0 ? -ow : 0) + (c < 0 ? -1 : 0);
            }
            return;
        }
        masked = 0;
        keepLeft = keepRight = null;
        if (sh == 2 && sw == 2 && flatOk) {
            int hp = Math.max(h + padT + padB, (oh - 1) * 2 + (kh - 1) * dh + 1);
            int wp = Math.max(w + padL + padR, (ow - 1) * 2 + (kw - 1) * dw + 1);
            qh = Packer.ceilDiv(hp, 2);
            qw = Packer.ceilDiv(wp, 2);
            stride = qw;
            planes = null;
            planeLen = 4 * qh * qw + Impl.DW_OVERREAD + 1;
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++) {
                    int r = i * dh, c = j * dw;
                    tapOff[i * kw + j] = quad(r % 2, c % 2) + r / 2 * qw + c / 2;
                }
            }
            return;
        }
        qh = qw = 0;
        boolean flat = sh == 1 && sw == 1 && flatOk;
        planes = flat
                ? new PaddedPlanes(h, w, padT, padB, padL, padR, kh, kw, sh, sw, dh, dw, oh, ow, 0, Impl.DW_OVERREAD + 1)
                : new PaddedPlanes(h, w, padT, padB, padL, padR, kh, kw, sh, sw, dh, dw, oh, ow, Impl.DW_OVERREAD + 1);
        stride = flat ? planes.rowLen : 0;
        planeLen = planes.planeLen;
        for (int i = 0; i < kh; i++) {
            for (int j = 0; j < kw; j++) tapOff[i * kw + j] = planes.tapOffset(i, j);
        }
    }

    /** 1 where {@code c % w != edge}, for {@code c < w + DW_OVERREAD}: the lanes whose left or right taps exist. */
    private static float[] keep(int w, int edge) {
        float[] k = new float[w + Impl.DW_OVERREAD];
        for (int c = 0; c < k.length; c++) k[c] = c % w != edge ? 1f : 0f;
        return k;
    }

    /**
     * The geometry stride-2 masked kernel computes: 3x3 stride 2, undilated, padding 1 at the top and left, an even
     * plane (so the bottom and right padding, 0 or 1, is never read).
     */
    static boolean masked3x3s2(int kh, int kw, int sh, int sw, int dh, int dw, int padT, int padL, int h, int w, int oh, int ow) {
        return kh == 3 && kw == 3 && sh == 2 && sw == 2 && dh == 1 && dw == 1 && padT == 1 && padL == 1 && h % 2 == 0
                && w % 2 == 0 && oh == h / 2 && ow == w / 2;
    }

    /** The geometry stride-1 masked kernel computes: 3x3, stride 1, undilated, padding 1 on every side. */
    static boolean masked3x3(int kh, int kw, int sh, int sw, int dh, int dw, int padT, int padB, int padL, int padR) {
        return kh == 3 && kw == 3 && sh == 1 && sw == 1 && dh == 1 && dw == 1 && padT == 1 && padB == 1 && padL == 1 && padR == 1;
    }

    /** Offset of the stride-2 sub-plane of padded rows of parity {@code rp} and columns of parity {@code cp}. */
    private int quad(int rp, int cp) {
        return (rp * 2 + cp) * qh * qw;
    }

    /**
     * Pads the {@code h x w} plane at {@code x[src]} into this thread's plane buffer and returns it. The zero padding
     * is written only when another user of the buffer may have overwritten it.
     */
    public float[] fill(Impl impl, float[] x, int src) {
        float[] plane = Scratch.get(Scratch.PLANE, planeLen);
        boolean kept = Scratch.claim(Scratch.PLANE, plane, this);
        if (masked == 1) {
            if (!kept) Arrays.fill(plane, 0, planeLen, 0f);
            System.arraycopy(x, src, plane, w + 1, h * w);
        } else if (masked == 2) {
            if (!kept) Arrays.fill(plane, 0, planeLen, 0f);
            for (int iy = 0; iy < h; iy++) {
                int at = (iy % 2) * 2 * stride + qw + 1 + iy / 2 * qw;
                impl.deinterleave(x, src + iy * w, w, plane, at, at + stride);
            }
        } else if (h == 0) {
            Arrays.fill(plane, 0, planeLen, 0f);
        } else if (planes != null) {
            if (kept) planes.fillInterior(impl, x, src, plane, 0);
            else planes.fill(impl, x, src, plane, 0);
        } else {
            if (!kept) Arrays.fill(plane, 0, planeLen, 0f);
            // input (iy, ix) is padded (iy + padT, ix + padL): even input columns go to column parity padL % 2
            int pe = padL % 2, po = 1 - pe;
            for (int iy = 0; iy < h; iy++) {
                int r = iy + padT, row = r / 2 * qw;
                impl.deinterleave(x, src + iy * w, w, plane, quad(r % 2, pe) + row + padL / 2,
                        quad(r % 2, po) + row + (padL + 1) / 2);
            }
        }
        return plane;
    }

    /**
     * One output channel from the padded {@code plane}: {@code y[yo + oy * ow + ox] = epi(bias + taps)} with weights
     * {@code w[wo, wo + kh * kw)}, residual (or null) at {@code res[ro + oy * ow + ox]}.
     */
    public void channel(Impl impl, float[] plane, float[] w, int wo, float bias, float[] y, int yo, float[] res, int ro,
                        Epi epi) {
        if (masked > 0) {
            int len = masked == 1 ? h * this.w : qh * qw, period = masked == 1 ? this.w : qw;
            impl.dw3x3Masked(plane, tapOff, len, period, keepLeft, keepRight, w, wo, bias, y, yo, res, ro, epi);
            return;
        }
        if (stride > 0 && res == null) {
            int len = (oh - 1) * stride + ow;
            float[] tmp = Scratch.get(Scratch.ROW, len);
            impl.dwRow(plane, tapOff, ntaps, w, wo, len, tmp, 0, bias, null, 0, epi);
            for (int oy = 0; oy < oh; oy++) impl.copy(tmp, oy * stride, y, yo + oy * ow, ow);
            return;
        }
        if (planes == null) {
            // stride 2 with a residual: the rows of the flat layout, each with its own epilogue
            int[] taps = new int[ntaps];
            for (int oy = 0; oy < oh; oy++) {
                for (int t = 0; t < ntaps; t++) taps[t] = tapOff[t] + oy * stride;
                impl.dwRow(plane, taps, ntaps, w, wo, ow, y, yo + oy * ow, bias, res, ro + oy * ow, epi);
            }
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
