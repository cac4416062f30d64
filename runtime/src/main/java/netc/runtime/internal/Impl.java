package netc.runtime.internal;

import netc.runtime.Activation;
import netc.runtime.Backend;

/**
 * The inner loops that differ between the {@link Backend#VECTOR} and {@link Backend#SCALAR} backends. The vector
 * implementation is loaded by name, only when asked for, so that this class links without the incubator module.
 */
public abstract class Impl {
    /** Rows of a GEMM micro-tile (A is packed in panels of this many rows). */
    public static final int MR = 4;
    /** Columns of this backend's GEMM micro-tile (B is packed in panels of this many columns; a power of 2). */
    public final int nr;
    /** How far past the last element of a depthwise source row {@link #dwRow} may read (zeros must be there). */
    public static final int DW_OVERREAD = 16;

    protected Impl(int nr) {
        this.nr = nr;
    }

    public static Impl of(Backend backend) {
        if (backend == Backend.SCALAR) return ScalarImpl.INSTANCE;
        if (!backend.available()) {
            throw new IllegalStateException("the VECTOR backend needs --add-modules jdk.incubator.vector");
        }
        return VectorHolder.INSTANCE;
    }

    /** Whether the vector backend would run on real 256-bit (or wider) vector hardware (e.g. AVX2), not emulated. */
    public static boolean vectorFast() {
        return VectorProbe.FAST;
    }

    private static final class VectorProbe {
        static final boolean FAST = probe();

        private static boolean probe() {
            try {
                return (Boolean) Class.forName("netc.runtime.internal.VectorImpl").getDeclaredMethod("fast").invoke(null);
            } catch (ReflectiveOperationException | LinkageError e) {
                return false;
            }
        }
    }

    private static final class VectorHolder {
        static final Impl INSTANCE = load();

        private static Impl load() {
            try {
                return (Impl) Class.forName("netc.runtime.internal.VectorImpl").getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load the vector kernels", e);
            }
        }
    }

    /**
     * One micro-tile of {@code C += A * B}: {@code mr <= MR} rows and {@code nr <= this.nr} columns of C at
     * {@code c[co + r * ldc + j]}. A is a packed panel, {@code a[ao + k * MR + r]}; B a packed panel,
     * {@code b[bo + k * this.nr + j]}, both zero-padded to full panels, for {@code k < kc}. If {@code load} the tile
     * accumulates onto C, else it starts from the epilogue's bias (row {@code biasRow + r}, column
     * {@code biasCol + j}) or zero. If {@code last} the epilogue is applied (residual at
     * {@code res[ro + r * ldc + j]}).
     */
    public abstract void tile(int kc, float[] a, int ao, float[] b, int bo, float[] c, int co, int ldc, int mr, int nr,
                              boolean load, boolean last, Epi epi, int biasRow, int biasCol, float[] res, int ro);

    /**
     * One output row of a depthwise convolution: {@code y[yo + j] = epi(bias + sum_t w[wo + t] * src[taps[t] + j])}
     * for {@code j < ow}, residual at {@code res[ro + j]}. {@code src} must be readable (zeros) up to
     * {@code taps[t] + ow + DW_OVERREAD}.
     */
    public abstract void dwRow(float[] src, int[] taps, int ntaps, float[] w, int wo, int ow, float[] y, int yo,
                               float bias, float[] res, int ro, Epi epi);

    /**
     * A whole 3x3 depthwise channel over flat planes in which tap {@code t} ({@code ky * 3 + kx}) of output {@code i}
     * is at {@code p[taps[t] + i]}: {@code y[yo + i] = epi(bias + centre + keepLeft[i % period] * left + keepRight[i %
     * period] * right)} for {@code i < len}, where left, centre and right sum the taps of kernel column 0, 1 and 2
     * (the masks drop taps that would wrap around a row end); residual at {@code res[ro + i]}. Every
     * {@code p[taps[t] + i]} must be readable (finite) up to {@code i < len + 8}; the masks are {@code period + 8} long
     * and periodic ({@code keep[j] == keep[j % period]}: a vector reads 8 consecutive entries).
     */
    public void dw3x3Masked(float[] p, int[] taps, int len, int period, float[] keepLeft, float[] keepRight, float[] k,
                            int ko, float bias, float[] y, int yo, float[] res, int ro, Epi epi) {
        for (int i = 0, c = 0; i < len; i++, c = c + 1 == period ? 0 : c + 1) {
            float left = 0, mid = bias, right = 0;
            for (int t = 0; t < 9; t += 3) {
                left += k[ko + t] * p[taps[t] + i];
                mid += k[ko + t + 1] * p[taps[t + 1] + i];
                right += k[ko + t + 2] * p[taps[t + 2] + i];
            }
            y[yo + i] = epi.finish(mid + keepLeft[c] * left + keepRight[c] * right, res, ro + i);
        }
    }

    /**
     * Splits {@code n} floats at {@code src[s]} by parity: {@code src[s + 2q]} to {@code dst[even + q]} and
     * {@code src[s + 2q + 1]} to {@code dst[odd + q]}.
     */
    public void deinterleave(float[] src, int s, int n, float[] dst, int even, int odd) {
        int half = n / 2;
        for (int q = 0; q < half; q++) {
            dst[even + q] = src[s + 2 * q];
            dst[odd + q] = src[s + 2 * q + 1];
        }
        if ((n & 1) != 0) dst[even + half] = src[s + n - 1];
    }

    /**
     * Whether {@link Depthwise} should use its flat layouts (one long row per channel): they pay with vectors; the
     * scalar loops ran 10-30% slower on them than row by row.
     */
    public boolean flatDepthwise() {
        return false;
    }

    /** Copies {@code n} floats from {@code src[s]} to {@code dst[d]} (short runs: no stub call). */
    public void copy(float[] src, int s, float[] dst, int d, int n) {
        if (n >= 64) {
            System.arraycopy(src, s, dst, d, n);
        } else {
            for (int i = 0; i < n; i++) dst[d + i] = src[s + i];
        }
    }

    /** Copies {@link #nr} floats from {@code src[s]} to {@code dst[d]} (a packed B panel row). */
    public abstract void copyPanelRow(float[] src, int s, float[] dst, int d);

    /**
     * Packs one B panel whose lanes come from up to a few separate runs (a panel of consecutive output pixels that
     * crosses row ends): for {@code kk < kc}, lane {@code q} of panel row {@code kk} ({@code dst[d + kk * nr + q]})
     * is {@code src[base + taps[k0 + kk] + shift[so + g] + q]}, {@code g} the last segment with
     * {@code lane[so + g] <= q} ({@code lane[so] == 0}). Every shifted run must be readable for all {@link #nr} lanes.
     */
    public void packSegments(float[] src, int base, int[] taps, int k0, int kc, int[] shift, int[] lane, int so,
                             int nseg, float[] dst, int d) {
        for (int kk = 0; kk < kc; kk++, d += nr) {
            int t = base + taps[k0 + kk];
            for (int g = 0; g < nseg; g++) {
                int from = lane[so + g], to = g + 1 < nseg ? lane[so + g + 1] : nr, s = t + shift[so + g];
                for (int q = from; q < to; q++) dst[d + q] = src[s + q];
            }
        }
    }

    /** {@code y[yo + i] = act(x[xo + i])} for {@code i < len}; {@code y} may be {@code x} at the same offset. */
    public abstract void activate(float[] x, int xo, float[] y, int yo, int len, Activation act, float alpha);

    /**
     * One tile row of {@link Winograd}'s input transform for one channel: tile {@code tx < tw} reads padded rows
     * {@code r < 4} at {@code p[base + r * rowLen]}, even padded columns {@code 2tx, 2tx + 2} at indices {@code tx, tx + 1}
     * and odd ones {@code 2tx + 1, 2tx + 3} at {@code phaseLen + tx, phaseLen + tx + 1}; element {@code xi} of
     * {@code B^T d B} goes to {@code v[vo + xi * xiStride + tx]}. May read and write up to 7 floats past {@code tw}.
     */
    public void winogradInput(float[] p, int base, int rowLen, int phaseLen, int tw, float[] v, int vo, int xiStride) {
        float[] d = new float[16];
        for (int tx = 0; tx < tw; tx++) {
            for (int r = 0; r < 4; r++) {
                int e = base + r * rowLen + tx, o = e + phaseLen;
                float c0 = p[e], c1 = p[o], c2 = p[e + 1], c3 = p[o + 1];
                d[4 * r] = c0 - c2;
                d[4 * r + 1] = c1 + c2;
                d[4 * r + 2] = c2 - c1;
                d[4 * r + 3] = c1 - c3;
            }
            for (int j = 0; j < 4; j++) {
                float x0 = d[j], x1 = d[4 + j], x2 = d[8 + j], x3 = d[12 + j];
                int at = vo + j * xiStride + tx;
                v[at] = x0 - x2;
                v[at + 4 * xiStride] = x1 + x2;
                v[at + 8 * xiStride] = x2 - x1;
                v[at + 12 * xiStride] = x1 - x3;
            }
        }
    }

    /**
     * One tile row of {@link Winograd}'s output transform for one channel: with {@code m_xi = m[mo + xi * xiStride + tx]},
     * the 2x2 block {@code A^T m A + bias} of tile {@code tx < tw} goes to {@code t[to + a * ld + 2 tx + b]} (two
     * output rows {@code a}). May read up to 7 floats past {@code tw} and write up to 14 past {@code 2 tw}.
     */
    public void winogradOutput(float[] m, int mo, int xiStride, int tw, float bias, float[] t, int to, int ld) {
        for (int tx = 0; tx < tw; tx++) {
            float[] s = new float[4], u = new float[4];
            for (int j = 0; j < 4; j++) {
                int at = mo + j * xiStride + tx;
                float m0 = m[at], m1 = m[at + 4 * xiStride], m2 = m[at + 8 * xiStride], m3 = m[at + 12 * xiStride];
                s[j] = m0 + m1 + m2;
                u[j] = m1 - m2 - m3;
            }
            t[to + 2 * tx] = s[0] + s[1] + s[2] + bias;
            t[to + 2 * tx + 1] = s[1] - s[2] - s[3] + bias;
            t[to + ld + 2 * tx] = u[0] + u[1] + u[2] + bias;
            t[to + ld + 2 * tx + 1] = u[1] - u[2] - u[3] + bias;
        }
    }

    /** {@code y[yo + i] = epi.finish(s[so + i], res, ro + i)} for {@code i < len}; the epilogue's bias is not used. */
    public void finishRow(float[] s, int so, float[] y, int yo, int len, float[] res, int ro, Epi epi) {
        for (int i = 0; i < len; i++) y[yo + i] = epi.finish(s[so + i], res, ro + i);
    }

    /** Name of the backend, for reports. */
    public abstract String name();
}
