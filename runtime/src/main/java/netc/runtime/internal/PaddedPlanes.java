package netc.runtime.internal;

import java.util.Arrays;
import netc.runtime.Parallel;

/**
 * Zero-padded, stride-phase-split copies of input planes, so that every tap of a strided, dilated, padded
 * convolution reads a contiguous run: padded column {@code cp} of a row lives in phase {@code cp % sw} at index
 * {@code cp / sw}, so output columns {@code ox, ox + 1, ...} of tap {@code j} read consecutive elements. A plane
 * is {@code hp} rows of {@code sw} phases of {@code phaseLen} floats; each phase has {@code slack} readable floats
 * past its last column (so whole vectors/panels may be read past the row end), and the plane may end in more zeros.
 */
public final class PaddedPlanes {
    public final int h, w, padT, padL, sh, sw, dh, dw, hp, phaseLen, rowLen, planeLen;

    public PaddedPlanes(int h, int w, int padT, int padB, int padL, int padR, int kh, int kw, int sh, int sw,
                        int dh, int dw, int oh, int ow, int slack) {
        this(h, w, padT, padB, padL, padR, kh, kw, sh, sw, dh, dw, oh, ow, slack, 0);
    }

    /** As above, with {@code tail} more readable zeros after the last row (for reads that run past it). */
    public PaddedPlanes(int h, int w, int padT, int padB, int padL, int padR, int kh, int kw, int sh, int sw,
                        int dh, int dw, int oh, int ow, int slack, int tail) {
        this.h = h;
        this.w = w;
        this.padT = padT;
        this.padL = padL;
        this.sh = sh;
        this.sw = sw;
        this.dh = dh;
        this.dw = dw;
        this.hp = Math.max(h + padT + padB, (oh - 1) * sh + (kh - 1) * dh + 1);
        int wp = Math.max(w + padL + padR, (ow - 1) * sw + (kw - 1) * dw + 1);
        this.phaseLen = Packer.ceilDiv(wp, sw) + slack;
        this.rowLen = phaseLen * sw;
        this.planeLen = hp * rowLen + tail;
    }

    /** Offset of tap {@code (i, j)} from the start of output row {@code oy}'s window (see {@link #rowOffset}). */
    public int tapOffset(int i, int j) {
        return i * dh * rowLen + (j * dw) % sw * phaseLen + j * dw / sw;
    }

    /** Offset of output row {@code oy} (tap (0, 0), output column 0) within a plane. */
    public int rowOffset(int oy) {
        return oy * sh * rowLen;
    }

    /**
     * Copies the {@code h x w} plane at {@code x[src]} into a plane that already holds this geometry's zero
     * padding (from an earlier {@link #fill} that nothing overwrote since): every input element lands in place, no
     * padding position is written.
     */
    public void fillInterior(Impl impl, float[] x, int src, float[] plane, int dst) {
        for (int iy = 0; iy < h; iy++) {
            int rowBase = dst + (iy + padT) * rowLen;
            int s = src + iy * w;
            if (sw == 1) {
                impl.copy(x, s, plane, rowBase + padL, w);
            } else if (sw == 2) {
                // even input columns go to phase padL % 2, odd ones to the other phase
                int pe = padL % 2, po = 1 - pe;
                impl.deinterleave(x, s, w, plane, rowBase + pe * phaseLen + padL / 2,
                        rowBase + po * phaseLen + (1 + padL) / 2);
            } else {
                for (int p = 0; p < sw; p++) {
                    // input columns ix with (ix + padL) % sw == p go to phase p, at (ix + padL) / sw
                    int ix = Math.floorMod(p - padL, sw);
                    int d = rowBase + p * phaseLen + (ix + padL) / sw;
                    int cnt = ix < w ? (w - ix + sw - 1) / sw : 0, s0 = s + ix;
                    for (int q = 0; q < cnt; q++) plane[d + q] = x[s0 + q * sw];
                }
            }
        }
    }

    /** Writes the padded copy of the {@code h x w} plane at {@code x[src]} to {@code plane[dst, dst + planeLen)}. */
    public void fill(Impl impl, float[] x, int src, float[] plane, int dst) {
        if (sw == 1) {
            // only the padding needs zeros: the interior is overwritten
            zero(plane, dst, dst + (padT + 1) * rowLen + padL);
            for (int iy = 0; iy < h; iy++) {
                int rowBase = dst + (iy + padT) * rowLen;
                impl.copy(x, src + iy * w, plane, rowBase + padL, w);
                int next = iy + 1 < h ? rowBase + rowLen + padL : dst + planeLen;
                zero(plane, rowBase + padL + w, next);
            }
            return;
        }
        Arrays.fill(plane, dst, dst + planeLen, 0f);
        fillInterior(impl, x, src, plane, dst);
    }

    /**
     * The padded copy of one image's {@code channels} input planes ({@code x[xOff + c * h * w]}), in the calling
     * thread's {@link Scratch#INPUT} array (read by every worker of the next step), filled in parallel.
     */
    public float[] fillAll(Parallel par, Impl impl, float[] x, int xOff, int channels) {
        final float[] buf = Scratch.get(Scratch.INPUT, channels * planeLen);
        int tasks = Math.min(channels, par.threads() == 1 ? 1 : 4 * par.threads());
        par.run(tasks, t -> {
            int c0 = (int) ((long) channels * t / tasks), c1 = (int) ((long) channels * (t + 1) / tasks);
            for (int ci = c0; ci < c1; ci++) fill(impl, x, xOff + ci * h * w, buf, ci * planeLen);
        });
        return buf;
    }

    /** Short runs are zeroed in a loop: the stub call cost more than the work on small planes (7x7, 14x14). */
    private static void zero(float[] a, int from, int to) {
        if (to - from >= 32) {
            Arrays.fill(a, from, to, 0f);
        } else {
            for (int i = from; i < to; i++) a[i] = 0f;
        }
    }
}
