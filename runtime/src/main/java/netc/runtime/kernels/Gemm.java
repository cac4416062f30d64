package netc.runtime.kernels;

import netc.runtime.Backend;
import netc.runtime.Parallel;
import netc.runtime.internal.Epi;
import netc.runtime.internal.GemmDriver;
import netc.runtime.internal.GemmDriver.Operand;
import netc.runtime.internal.Impl;
import netc.runtime.internal.Packer;

/**
 * General matrix multiply on row-major float matrices, {@code C = A * B} ({@code m x k} times {@code k x n}),
 * packing both operands block by block, split over {@link Parallel#common()}. The convolutions and {@link Linear}
 * use the same driver with prepacked weights.
 */
public final class Gemm {
    private Gemm() {}

    /** {@code C = A * B} with {@link Backend#best()}. */
    public static void multiply(int m, int n, int k, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                                float[] c, int cOff, int ldc) {
        multiply(Backend.best(), m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
    }

    /** {@code C = A * B}: {@code A[i][p] = a[aOff + i * lda + p]}, {@code B[p][j] = b[bOff + p * ldb + j]}, C likewise. */
    public static void multiply(Backend backend, int m, int n, int k, float[] a, int aOff, int lda,
                                float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        if (m <= 0 || n <= 0) return;
        if (k <= 0) {
            for (int i = 0; i < m; i++) java.util.Arrays.fill(c, cOff + i * ldc, cOff + i * ldc + n, 0f);
            return;
        }
        Impl impl = Impl.of(backend);
        Parallel par = Parallel.common();
        int[] split = GemmDriver.split(m, n, 1, par.threads());
        int mCh = split[0], nCh = split[1];
        Operand oa = Operand.of(Packer.rowsA(lda), a, aOff);
        Operand ob = Operand.of(Packer.rowsB(ldb, impl), b, bOff);
        par.run(mCh * nCh, task -> {
            int mc = task / nCh, nc = task % nCh;
            int m0 = GemmDriver.chunkStart(m, Impl.MR, mCh, mc), m1 = GemmDriver.chunkStart(m, Impl.MR, mCh, mc + 1);
            int n0 = GemmDriver.chunkStart(n, impl.nr, nCh, nc), n1 = GemmDriver.chunkStart(n, impl.nr, nCh, nc + 1);
            if (m0 < m1 && n0 < n1) GemmDriver.run(impl, k, oa, ob, m0, m1, n0, n1, c, cOff, ldc, Epi.NONE, 0, 0, null, 0);
        });
    }
}
