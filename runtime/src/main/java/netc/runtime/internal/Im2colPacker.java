package netc.runtime.internal;

/**
 * B of a convolution as a GEMM, packed straight from the NCHW input without materialising im2col:
 * {@code B[k][n]} with {@code k = (ci * kh + i) * kw + j} (PyTorch's weight order) and {@code n = oh * ow + ox} is
 * the input pixel under tap {@code (i, j)} of output pixel {@code n}, or zero in the padding. {@code srcOff} is the
 * first channel plane of the group.
 */
public final class Im2colPacker implements Packer {
    private final int h, w, kh, kw, sh, sw, padTop, padLeft, dh, dw, ow, r, shift;

    /** {@code r}: the panel width (a power of 2). */
    public Im2colPacker(int h, int w, int kh, int kw, int sh, int sw, int padTop, int padLeft, int dh, int dw, int ow,
                        int r) {
        if (Integer.bitCount(r) != 1) throw new IllegalArgumentException("panel width not a power of 2: " + r);
        this.r = r;
        this.shift = Integer.numberOfTrailingZeros(r);
        this.h = h;
        this.w = w;
        this.kh = kh;
        this.kw = kw;
        this.sh = sh;
        this.sw = sw;
        this.padTop = padTop;
        this.padLeft = padLeft;
        this.dh = dh;
        this.dw = dw;
        this.ow = ow;
    }

    @Override
    public boolean cheapPerPanel() {
        return false; // per k row it decodes the tap and clips ranges: amortised over wide blocks only
    }

    @Override
    public void pack(float[] x, int xOff, int k0, int kc, int n0, int len, float[] dst, int dstOff) {
        final int ps = kc * r;
        int padded = Packer.ceilDiv(len, r) * r;
        if (padded > len) {
            for (int kk = 0; kk < kc; kk++) fill(dst, dstOff, ps, kk, len, padded - len);
        }
        int taps = kh * kw;
        int ci = k0 / taps, t = k0 % taps;
        for (int kk = 0; kk < kc; kk++) {
            int i = t / kw, j = t % kw;
            int plane = xOff + ci * h * w;
            int rowShift = i * dh - padTop, colShift = j * dw - padLeft;
            // output columns whose input column is inside [0, w): ox in [lo, hi)
            int lo = colShift >= 0 ? 0 : Math.ceilDiv(-colShift, sw);
            int hi = w - 1 - colShift < 0 ? 0 : Math.min(ow, (w - 1 - colShift) / sw + 1);
            if (lo > hi) lo = hi;
            int oy = n0 / ow, ox = n0 - oy * ow;
            int col = 0;
            while (col < len) {
                int seg = Math.min(ow - ox, len - col);
                int iy = oy * sh + rowShift;
                if (iy < 0 || iy >= h) {
                    fill(dst, dstOff, ps, kk, col, seg);
                } else {
                    int end = ox + seg;
                    int a = Math.min(Math.max(ox, lo), end), b = Math.max(Math.min(end, hi), a);
                    if (a > ox) fill(dst, dstOff, ps, kk, col, a - ox);
                    if (b > a) copy(x, plane + iy * w + a * sw + colShift, sw, dst, dstOff, ps, kk, col + a - ox, b - a);
                    if (end > b) fill(dst, dstOff, ps, kk, col + b - ox, end - b);
                }
                col += seg;
                oy++;
                ox = 0;
            }
            if (++t == taps) {
                t = 0;
                ci++;
            }
        }
    }

    private void fill(float[] dst, int dstOff, int ps, int kk, int col, int n) {
        while (n > 0) {
            int lane = col & (r - 1);
            int cnt = Math.min(r - lane, n);
            int d = dstOff + (col >> shift) * ps + kk * r + lane;
            for (int q = 0; q < cnt; q++) dst[d + q] = 0f;
            col += cnt;
            n -= cnt;
        }
    }

    private void copy(float[] x, int s, int stride, float[] dst, int dstOff, int ps, int kk, int col, int n) {
        while (n > 0) {
            int lane = col & (r - 1);
            int cnt = Math.min(r - lane, n);
            int d = dstOff + (col >> shift) * ps + kk * r + lane;
            if (stride == 1) {
                for (int q = 0; q < cnt; q++) dst[d + q] = x[s + q];
            } else {
                for (int q = 0; q < cnt; q++) dst[d + q] = x[s + q * stride];
            }
            s += cnt * stride;
            col += cnt;
            n -= cnt;
        }
    }
}
