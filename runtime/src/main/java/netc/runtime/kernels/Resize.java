package netc.runtime.kernels;

import netc.runtime.Parallel;

/**
 * Upsampling of NCHW planes with PyTorch's index rules ({@code F.interpolate}). The scale arguments are the
 * user's {@code scale_factor} (PyTorch uses {@code 1/scale} for the source index when a scale factor was given,
 * {@code in/out} when a size was): pass 0 for "size given".
 * <ul>
 *   <li>nearest: {@code src = min(floor(dst * scale), in - 1)} in float, {@code scale = 1/scale_factor or in/out}.</li>
 *   <li>bilinear: {@code align_corners}: {@code src = dst * (in-1)/(out-1)}; else
 *       {@code src = max(scale * (dst + 0.5) - 0.5, 0)}; the two neighbours {@code floor(src)} and the next (clamped),
 *       weights {@code 1 - l, l}.</li>
 * </ul>
 * Index tables are computed at construction; immutable.
 */
public final class Resize {
    private final int c, ih, iw, oh, ow;
    private final boolean bilinear;
    private final int[] y0, y1, x0, x1;
    private final float[] ly, lx;

    private Resize(int c, int ih, int iw, int oh, int ow, boolean bilinear, boolean alignCorners, double sh, double sw) {
        this.c = c;
        this.ih = ih;
        this.iw = iw;
        this.oh = oh;
        this.ow = ow;
        this.bilinear = bilinear;
        y0 = new int[oh];
        y1 = new int[oh];
        ly = new float[oh];
        x0 = new int[ow];
        x1 = new int[ow];
        lx = new float[ow];
        axis(ih, oh, alignCorners, sh, y0, y1, ly);
        axis(iw, ow, alignCorners, sw, x0, x1, lx);
    }

    private void axis(int in, int out, boolean alignCorners, double scaleFactor, int[] i0, int[] i1, float[] lambda) {
        for (int o = 0; o < out; o++) {
            if (!bilinear) {
                int src;
                if (out == in) src = o;
                else if (out == 2 * in) src = o >> 1;
                else src = Math.min((int) Math.floor((float) o * scale(in, out, scaleFactor)), in - 1);
                i0[o] = i1[o] = src;
                continue;
            }
            float scale = alignCorners ? (out > 1 ? (float) (in - 1) / (out - 1) : 0f) : scale(in, out, scaleFactor);
            float real;
            if (alignCorners) {
                real = scale * o;
            } else {
                real = scale * (o + 0.5f) - 0.5f;
                if (real < 0f) real = 0f;
            }
            int idx = Math.min((int) Math.floor(real), in - 1);
            float l = Math.min(Math.max(real - idx, 0f), 1f);
            i0[o] = idx;
            i1[o] = idx + (idx < in - 1 ? 1 : 0);
            lambda[o] = l;
        }
    }

    private static float scale(int in, int out, double scaleFactor) {
        return scaleFactor > 0 ? (float) (1.0 / scaleFactor) : (float) in / out;
    }

    /** Nearest-neighbour ({@code mode="nearest"}) from {@code ih x iw} to {@code oh x ow}. */
    public static Resize nearest(int c, int ih, int iw, int oh, int ow, double scaleH, double scaleW) {
        return new Resize(c, ih, iw, oh, ow, false, false, scaleH, scaleW);
    }

    /** Bilinear ({@code mode="bilinear"}) from {@code ih x iw} to {@code oh x ow}. */
    public static Resize bilinear(int c, int ih, int iw, int oh, int ow, boolean alignCorners, double scaleH,
                                  double scaleW) {
        return new Resize(c, ih, iw, oh, ow, true, alignCorners, scaleH, scaleW);
    }

    public void forward(int n, float[] x, int xOff, float[] y, int yOff) {
        final int planes = n * c;
        Parallel par = Parallel.common();
        int tasks = (long) planes * oh * ow < 65536 ? 1 : Math.min(planes, 4 * par.threads());
        par.run(tasks, t -> {
            int p0 = (int) ((long) planes * t / tasks), p1 = (int) ((long) planes * (t + 1) / tasks);
            for (int p = p0; p < p1; p++) {
                int xi = xOff + p * ih * iw, yi = yOff + p * oh * ow;
                for (int oy = 0; oy < oh; oy++) {
                    int r0 = xi + y0[oy] * iw, r1 = xi + y1[oy] * iw, d = yi + oy * ow;
                    if (!bilinear) {
                        for (int ox = 0; ox < ow; ox++) y[d + ox] = x[r0 + x0[ox]];
                        continue;
                    }
                    float h1 = ly[oy], h0 = 1f - h1;
                    for (int ox = 0; ox < ow; ox++) {
                        float w1 = lx[ox], w0 = 1f - w1;
                        int a = x0[ox], b = x1[ox];
                        y[d + ox] = h0 * (w0 * x[r0 + a] + w1 * x[r0 + b]) + h1 * (w0 * x[r1 + a] + w1 * x[r1 + b]);
                    }
                }
            }
        });
    }
}
