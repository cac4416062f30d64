package netc.runtime.kernels;

import netc.runtime.Parallel;

/**
 * Max, average, adaptive-average and global-average pooling over NCHW planes, with PyTorch's semantics. Ceil mode
 * is the compiler's business: it passes the output size it computed (a last window may then run past the padding;
 * that part is ignored, and not counted by an average).
 *
 * <ul>
 *   <li>max: windows of {@code kh x kw} with stride and dilation, implicit {@code -inf} padding; NaN propagates.</li>
 *   <li>avg: window rows {@code [oy*sh - padTop, min(oy*sh - padTop + kh, h + padBottom))} (likewise columns), the
 *       divisor their size if {@code countIncludePad} else the number of input elements in them (PyTorch's
 *       {@code avg_pool2d}).</li>
 *   <li>adaptive avg: rows {@code [floor(i*h/oh), ceil((i+1)*h/oh))}, likewise columns.</li>
 * </ul>
 * Immutable; planes are split over {@link Parallel#common()} when large.
 */
public final class Pool2d {
    private enum Kind { MAX, AVG, ADAPTIVE }

    private final Kind kind;
    private final int c, h, w, oh, ow, kh, kw, sh, sw, dh, dw;
    /** Per output row / column: first and end input index (clipped), and for avg the unclipped window size. */
    private final int[] rowLo, rowHi, colLo, colHi, rowSpan, colSpan;
    private final boolean countIncludePad;
    private final int padT, padL;

    private Pool2d(Kind kind, int c, int h, int w, int oh, int ow, int kh, int kw, int sh, int sw, int dh, int dw,
                   int padT, int padB, int padL, int padR, boolean countIncludePad) {
        if (oh < 1 || ow < 1) throw new IllegalArgumentException("empty output");
        this.kind = kind;
        this.c = c;
        this.h = h;
        this.w = w;
        this.oh = oh;
        this.ow = ow;
        this.kh = kh;
        this.kw = kw;
        this.sh = sh;
        this.sw = sw;
        this.dh = dh;
        this.dw = dw;
        this.padT = padT;
        this.padL = padL;
        this.countIncludePad = countIncludePad;
        rowLo = new int[oh];
        rowHi = new int[oh];
        rowSpan = new int[oh];
        colLo = new int[ow];
        colHi = new int[ow];
        colSpan = new int[ow];
        windows(kind, h, oh, kh, sh, padT, padB, rowLo, rowHi, rowSpan);
        windows(kind, w, ow, kw, sw, padL, padR, colLo, colHi, colSpan);
    }

    private static void windows(Kind kind, int in, int out, int k, int s, int padBefore, int padAfter,
                                int[] lo, int[] hi, int[] span) {
        for (int o = 0; o < out; o++) {
            int a, b;
            if (kind == Kind.ADAPTIVE) {
                a = (int) ((long) o * in / out);
                b = (int) (((long) (o + 1) * in + out - 1) / out);
                span[o] = b - a;
            } else {
                a = o * s - padBefore;
                b = Math.min(a + k, in + padAfter);
                span[o] = b - a;
            }
            lo[o] = Math.max(a, 0);
            hi[o] = Math.min(b, in);
        }
    }

    /** Max pooling of {@code c x h x w} planes; padding on the top/left given, output size given (ceil mode resolved). */
    public static Pool2d max(int c, int h, int w, int kh, int kw, int sh, int sw, int padTop, int padLeft,
                             int dh, int dw, int oh, int ow) {
        return new Pool2d(Kind.MAX, c, h, w, oh, ow, kh, kw, sh, sw, dh, dw, padTop, 0, padLeft, 0, false);
    }

    /**
     * Average pooling; {@code padBottom}/{@code padRight} are the real (PyTorch, symmetric) padding, not the extra of
     * ceil mode.
     */
    public static Pool2d avg(int c, int h, int w, int kh, int kw, int sh, int sw, int padTop, int padBottom,
                             int padLeft, int padRight, int oh, int ow, boolean countIncludePad) {
        return new Pool2d(Kind.AVG, c, h, w, oh, ow, kh, kw, sh, sw, 1, 1, padTop, padBottom, padLeft, padRight,
                countIncludePad);
    }

    /** PyTorch's {@code adaptive_avg_pool2d} to {@code oh x ow}. */
    public static Pool2d adaptiveAvg(int c, int h, int w, int oh, int ow) {
        return new Pool2d(Kind.ADAPTIVE, c, h, w, oh, ow, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, false);
    }

    /** The mean of each plane (output {@code c x 1 x 1}). */
    public static Pool2d globalAvg(int c, int h, int w) {
        return adaptiveAvg(c, h, w, 1, 1);
    }

    public int outHeight() {
        return oh;
    }

    public int outWidth() {
        return ow;
    }

    /** Pools {@code n} images of {@code c} planes. */
    public void forward(int n, float[] x, int xOff, float[] y, int yOff) {
        final int planes = n * c, inPlane = h * w, outPlane = oh * ow;
        long work = (long) planes * outPlane * Math.max(1, kind == Kind.MAX ? kh * kw : inPlane / outPlane);
        Parallel par = Parallel.common();
        int tasks = work < 32_768 ? 1 : Math.min(planes, 4 * par.threads());
        final boolean separable = kind == Kind.MAX && dh == 1 && dw == 1;
        par.run(tasks, t -> {
            int p0 = (int) ((long) planes * t / tasks), p1 = (int) ((long) planes * (t + 1) / tasks);
            float[] rows = separable ? new float[w] : null;
            for (int p = p0; p < p1; p++) {
                int xi = xOff + p * inPlane, yi = yOff + p * outPlane;
                if (separable) maxPlaneSeparable(x, xi, y, yi, rows);
                else if (kind == Kind.MAX) maxPlane(x, xi, y, yi);
                else avgPlane(x, xi, y, yi);
            }
        });
    }

    /**
     * Max pooling without dilation as two 1-D passes per output row: the elementwise max of the window's input
     * rows into {@code row} (contiguous, so the JIT vectorises it), then the max along that row per output column.
     * Windows are pre-clipped to the input (padding never wins a max), so no loop tests bounds.
     */
    private void maxPlaneSeparable(float[] x, int xi, float[] y, int yi, float[] row) {
        for (int oy = 0; oy < oh; oy++) {
            int r0 = rowLo[oy], r1 = rowHi[oy], dst = yi + oy * ow;
            if (r0 >= r1) {
                java.util.Arrays.fill(y, dst, dst + ow, Float.NEGATIVE_INFINITY);
                continue;
            }
            System.arraycopy(x, xi + r0 * w, row, 0, w);
            for (int iy = r0 + 1; iy < r1; iy++) {
                int src = xi + iy * w;
                for (int ix = 0; ix < w; ix++) row[ix] = Math.max(row[ix], x[src + ix]); // NaN wins, as in PyTorch
            }
            for (int ox = 0; ox < ow; ox++) {
                int c0 = colLo[ox], c1 = colHi[ox];
                float m = Float.NEGATIVE_INFINITY;
                for (int ix = c0; ix < c1; ix++) m = Math.max(m, row[ix]);
                y[dst + ox] = m;
            }
        }
    }

    private void maxPlane(float[] x, int xi, float[] y, int yi) {
        for (int oy = 0; oy < oh; oy++) {
            int iy0 = oy * sh - padT;
            for (int ox = 0; ox < ow; ox++) {
                int ix0 = ox * sw - padL;
                float m = Float.NEGATIVE_INFINITY;
                for (int i = 0; i < kh; i++) {
                    int iy = iy0 + i * dh;
                    if (iy < 0 || iy >= h) continue;
                    int row = xi + iy * w;
                    for (int j = 0; j < kw; j++) {
                        int ix = ix0 + j * dw;
                        if (ix < 0 || ix >= w) continue;
                        float v = x[row + ix];
                        if (v > m || Float.isNaN(v)) m = v;
                    }
                }
                y[yi + oy * ow + ox] = m;
            }
        }
    }

    private void avgPlane(float[] x, int xi, float[] y, int yi) {
        for (int oy = 0; oy < oh; oy++) {
            int r0 = rowLo[oy], r1 = rowHi[oy];
            for (int ox = 0; ox < ow; ox++) {
                int c0 = colLo[ox], c1 = colHi[ox];
                double s = 0;
                for (int iy = r0; iy < r1; iy++) {
                    int row = xi + iy * w;
                    for (int ix = c0; ix < c1; ix++) s += x[row + ix];
                }
                int count = kind == Kind.AVG && countIncludePad ? rowSpan[oy] * colSpan[ox]
                        : kind == Kind.ADAPTIVE ? rowSpan[oy] * colSpan[ox] : (r1 - r0) * (c1 - c0);
                y[yi + oy * ow + ox] = count > 0 && r1 > r0 && c1 > c0 ? (float) (s / count) : 0f;
            }
        }
    }
}
