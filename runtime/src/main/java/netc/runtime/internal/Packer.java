package netc.runtime.internal;

/**
 * Packs a block of a GEMM operand into panels: {@code R} (= {@link Impl#MR} for A, {@link Impl#nr} for B)
 * consecutive rows of A (columns of B) interleaved per k, {@code dst[dstOff + p * kc * R + kk * R + q]} for
 * index {@code i0 + p * R + q} and {@code k = k0 + kk}; indices past {@code i0 + len} are zero.
 */
public interface Packer {
    void pack(float[] src, int srcOff, int k0, int kc, int i0, int len, float[] dst, int dstOff);

    /** Whether packing one panel at a time costs about as much per element as packing many. */
    default boolean cheapPerPanel() {
        return true;
    }

    /** Packs all of K for indices {@code [0, len)} into a new array laid out as the driver's prepacked operand. */
    static float[] prepack(Packer p, int r, float[] src, int srcOff, int k, int len) {
        float[] dst = new float[ceilDiv(len, r) * r * k];
        p.pack(src, srcOff, 0, k, 0, len, dst, 0);
        return dst;
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /** A from a row-major matrix: {@code A[m][k] = src[srcOff + m * ld + k]}. */
    static Packer rowsA(int ld) {
        return (src, srcOff, k0, kc, i0, len, dst, dstOff) -> {
            final int r = Impl.MR;
            for (int p = 0; p * r < len; p++) {
                int d = dstOff + p * kc * r;
                for (int q = 0; q < r; q++) {
                    int i = p * r + q;
                    if (i < len) {
                        int s = srcOff + (i0 + i) * ld + k0;
                        for (int kk = 0; kk < kc; kk++) dst[d + kk * r + q] = src[s + kk];
                    } else {
                        for (int kk = 0; kk < kc; kk++) dst[d + kk * r + q] = 0f;
                    }
                }
            }
        };
    }

    /** A from the transpose of a row-major matrix: {@code A[m][k] = src[srcOff + k * ld + m]}. */
    static Packer colsA(int ld) {
        return (src, srcOff, k0, kc, i0, len, dst, dstOff) -> {
            final int r = Impl.MR;
            for (int p = 0; p * r < len; p++) {
                int d = dstOff + p * kc * r;
                int n = Math.min(r, len - p * r);
                for (int kk = 0; kk < kc; kk++) {
                    int s = srcOff + (k0 + kk) * ld + i0 + p * r;
                    for (int q = 0; q < n; q++) dst[d + kk * r + q] = src[s + q];
                    for (int q = n; q < r; q++) dst[d + kk * r + q] = 0f;
                }
            }
        };
    }

    /** B from a row-major matrix: {@code B[k][n] = src[srcOff + k * ld + n]}; full panel rows by vector copies. */
    static Packer rowsB(int ld, Impl impl) {
        final int r = impl.nr;
        return (src, srcOff, k0, kc, i0, len, dst, dstOff) -> {
            for (int p = 0; p * r < len; p++) {
                int d = dstOff + p * kc * r;
                int n = Math.min(r, len - p * r);
                int s = srcOff + k0 * ld + i0 + p * r;
                if (n == r) {
                    // full panels side by side: per k one contiguous run of the source row
                    int full = p + 1;
                    while (full * r + r <= len) full++;
                    for (int kk = 0; kk < kc; kk++, d += r, s += ld) {
                        for (int q = p, dq = d, sq = s; q < full; q++, dq += kc * r, sq += r) impl.copyPanelRow(src, sq, dst, dq);
                    }
                    p = full - 1;
                } else {
                    for (int kk = 0; kk < kc; kk++, d += r, s += ld) {
                        for (int q = 0; q < n; q++) dst[d + q] = src[s + q];
                        for (int q = n; q < r; q++) dst[d + q] = 0f;
                    }
                }
            }
        };
    }

    /** B from the transpose of a row-major matrix: {@code B[k][n] = src[srcOff + n * ld + k]} (linear weights). */
    static Packer colsB(int ld, int r) {
        return (src, srcOff, k0, kc, i0, len, dst, dstOff) -> {
            for (int p = 0; p * r < len; p++) {
                int d = dstOff + p * kc * r;
                for (int q = 0; q < r; q++) {
                    int i = p * r + q;
                    if (i < len) {
                        int s = srcOff + (i0 + i) * ld + k0;
                        for (int kk = 0; kk < kc; kk++) dst[d + kk * r + q] = src[s + kk];
                    } else {
                        for (int kk = 0; kk < kc; kk++) dst[d + kk * r + q] = 0f;
                    }
                }
            }
        };
    }
}
