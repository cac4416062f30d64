package netc.runtime.kernels;

import netc.runtime.Activation;
import netc.runtime.Backend;
import netc.runtime.Parallel;
import netc.runtime.internal.Impl;

/**
 * Elementwise kernels on NCHW tensors: activations, add and mul with broadcasting of size-1 dimensions over
 * (C, H, W) (an SE gate {@code C x 1 x 1} times {@code C x H x W}), and per-channel scale/shift (batch norm that
 * could not be folded). Each takes an activation applied to its result. In place is allowed ({@code y == x} at
 * the same offset). Large calls are split over {@link Parallel#common()}.
 */
public final class Elementwise {
    private static final int PARALLEL_MIN = 1 << 16;

    private Elementwise() {}

    /** {@code y[i] = act(x[i])} for {@code i < len}. */
    public static void activation(Activation act, float alpha, float[] x, int xo, float[] y, int yo, int len) {
        activation(Impl.of(Backend.best()), act, alpha, x, xo, y, yo, len);
    }

    static void activation(Impl impl, Activation act, float alpha, float[] x, int xo, float[] y, int yo, int len) {
        if (len < PARALLEL_MIN) {
            impl.activate(x, xo, y, yo, len, act, alpha);
            return;
        }
        Parallel par = Parallel.common();
        int tasks = par.threads();
        par.run(tasks, t -> {
            int a = (int) ((long) len * t / tasks), b = (int) ((long) len * (t + 1) / tasks);
            impl.activate(x, xo + a, y, yo + a, b - a, act, alpha);
        });
    }

    /**
     * {@code y = act(a + b)} for {@code n} images; {@code a} is {@code ac x ah x aw}, {@code b} is
     * {@code bc x bh x bw}, each dimension equal to the output's (the larger) or 1.
     */
    public static void add(int n, float[] a, int ao, int ac, int ah, int aw, float[] b, int bo, int bc, int bh, int bw,
                           float[] y, int yo, Activation act, float alpha) {
        binary(Impl.of(Backend.best()), false, n, a, ao, ac, ah, aw, b, bo, bc, bh, bw, y, yo, act, alpha);
    }

    /** {@code y = act(a * b)} with the broadcasting of {@link #add}. */
    public static void mul(int n, float[] a, int ao, int ac, int ah, int aw, float[] b, int bo, int bc, int bh, int bw,
                           float[] y, int yo, Activation act, float alpha) {
        binary(Impl.of(Backend.best()), true, n, a, ao, ac, ah, aw, b, bo, bc, bh, bw, y, yo, act, alpha);
    }

    static void binary(Impl impl, boolean mul, int n, float[] a, int ao, int ac, int ah, int aw,
                       float[] b, int bo, int bc, int bh, int bw, float[] y, int yo, Activation act, float alpha) {
        final int c = Math.max(ac, bc), h = Math.max(ah, bh), w = Math.max(aw, bw);
        check(ac, c, "channels");
        check(bc, c, "channels");
        check(ah, h, "height");
        check(bh, h, "height");
        check(aw, w, "width");
        check(bw, w, "width");
        final int rows = n * c * h;
        Parallel par = Parallel.common();
        int tasks = (long) rows * w < PARALLEL_MIN ? 1 : Math.min(rows, 4 * par.threads());
        par.run(tasks, t -> {
            int r0 = (int) ((long) rows * t / tasks), r1 = (int) ((long) rows * (t + 1) / tasks);
            for (int r = r0; r < r1; r++) {
                int iy = r % h, rest = r / h, ch = rest % c, img = rest / c;
                int ai = ao + ((img * ac + (ac == 1 ? 0 : ch)) * ah + (ah == 1 ? 0 : iy)) * aw;
                int bi = bo + ((img * bc + (bc == 1 ? 0 : ch)) * bh + (bh == 1 ? 0 : iy)) * bw;
                int yi = yo + r * w;
                if (aw == bw) {
                    if (mul) for (int i = 0; i < w; i++) y[yi + i] = a[ai + i] * b[bi + i];
                    else for (int i = 0; i < w; i++) y[yi + i] = a[ai + i] + b[bi + i];
                } else if (bw == 1) {
                    float s = b[bi];
                    if (mul) for (int i = 0; i < w; i++) y[yi + i] = a[ai + i] * s;
                    else for (int i = 0; i < w; i++) y[yi + i] = a[ai + i] + s;
                } else {
                    float s = a[ai];
                    if (mul) for (int i = 0; i < w; i++) y[yi + i] = s * b[bi + i];
                    else for (int i = 0; i < w; i++) y[yi + i] = s + b[bi + i];
                }
                if (act != Activation.NONE) impl.activate(y, yi, y, yi, w, act, alpha);
            }
        });
    }

    private static void check(int dim, int out, String what) {
        if (dim != out && dim != 1) throw new IllegalArgumentException(what + " " + dim + " does not broadcast to " + out);
    }

    /**
     * {@code y[n][c][i] = act(x[n][c][i] * scale[c] + shift[c])} over {@code hw} elements per plane: a batch norm
     * (see {@link WeightPrep#batchNormScaleShift}) or any per-channel affine map.
     */
    public static void scaleShift(int n, int c, int hw, float[] x, int xo, float[] scale, float[] shift,
                                  float[] y, int yo, Activation act, float alpha) {
        scaleShift(Impl.of(Backend.best()), n, c, hw, x, xo, scale, shift, y, yo, act, alpha);
    }

    static void scaleShift(Impl impl, int n, int c, int hw, float[] x, int xo, float[] scale, float[] shift,
                           float[] y, int yo, Activation act, float alpha) {
        final int planes = n * c;
        Parallel par = Parallel.common();
        int tasks = (long) planes * hw < PARALLEL_MIN ? 1 : Math.min(planes, 4 * par.threads());
        par.run(tasks, t -> {
            int p0 = (int) ((long) planes * t / tasks), p1 = (int) ((long) planes * (t + 1) / tasks);
            for (int p = p0; p < p1; p++) {
                float s = scale[p % c], b = shift[p % c];
                int xi = xo + p * hw, yi = yo + p * hw;
                for (int i = 0; i < hw; i++) y[yi + i] = x[xi + i] * s + b;
                if (act != Activation.NONE) impl.activate(y, yi, y, yi, hw, act, alpha);
            }
        });
    }
}
