package netc.runtime.internal;

/**
 * Cache-blocked GEMM over micro-tiles: {@code C[m][n] = epi(sum_k A[m][k] * B[k][n])} for {@code m in [m0, m1)},
 * {@code n in [n0, n1)}, C at {@code c[cOff + m * ldc + n]}. Each operand is either prepacked over all of K
 * (weights, packed once at load: panel {@code p} at {@code off + p * K * R}) or packed per block from its source by
 * a {@link Packer} into this thread's scratch. Blocks: K in slices of at most {@link #KC} (B slice panel in L1),
 * rows of A in slices of {@link #MC} (A block in L2). For prepacked operands {@code m0} must be a multiple of
 * {@link Impl#MR} and {@code n0} of {@link Impl#nr}.
 */
public final class GemmDriver {
    public static final int KC = Integer.getInteger("netc.gemm.kc", 256);
    public static final int MC = Integer.getInteger("netc.gemm.mc", 144) / Impl.MR * Impl.MR;
    /** Panels packed together in the fused mode: their source rows are read as longer contiguous runs. */
    static final int FUSE_PANELS = Integer.getInteger("netc.gemm.fusePanels", 4);
    /** Pack B a few panels at a time when all rows fit one block (see {@link #run}); settable for benchmarks. */
    public static volatile boolean FUSE = !"false".equals(System.getProperty("netc.gemm.fuse"));

    private GemmDriver() {}

    /** An operand: prepacked ({@code packed != null}) or packed on the fly from {@code src} by {@code packer}. */
    public record Operand(float[] packed, int packedOff, Packer packer, float[] src, int srcOff) {
        public static Operand prepacked(float[] packed, int off) {
            return new Operand(packed, off, null, null, 0);
        }

        public static Operand of(Packer packer, float[] src, int srcOff) {
            return new Operand(null, 0, packer, src, srcOff);
        }
    }

    /** The size of the K slices for a given K: as even as possible, none above {@link #KC}. */
    public static int kSlice(int k) {
        int blocks = Packer.ceilDiv(k, KC);
        return Packer.ceilDiv(k, blocks);
    }

    /**
     * Where the B panels' columns go in C when they are not simply consecutive: panel {@code p} (virtual columns
     * {@code [p * nr, (p + 1) * nr)}) writes C columns {@code [col[p], col[p] + width[p])}.
     */
    public record ColumnMap(int[] col, int[] width) {}

    public static void run(Impl impl, int k, Operand a, Operand b, int m0, int m1, int n0, int n1,
                           float[] c, int cOff, int ldc, Epi epi, int biasRow0, int biasCol0, float[] res, int resOff) {
        run(impl, k, a, b, m0, m1, n0, n1, c, cOff, ldc, epi, biasRow0, biasCol0, res, resOff, null);
    }

    /** As above, with {@code [n0, n1)} virtual columns placed in C by {@code map} (null: identity). */
    public static void run(Impl impl, int k, Operand a, Operand b, int m0, int m1, int n0, int n1,
                           float[] c, int cOff, int ldc, Epi epi, int biasRow0, int biasCol0, float[] res, int resOff,
                           ColumnMap map) {
        final int mr = Impl.MR, nr = impl.nr;
        int kcStd = kSlice(k);
        int nPanels = Packer.ceilDiv(n1 - n0, nr);
        float[] bBuf = b.packed() == null ? Scratch.get(Scratch.PACK_B, kcStd * nPanels * nr) : null;
        float[] aBuf = a.packed() == null
                ? Scratch.get(Scratch.PACK_A, kcStd * Packer.ceilDiv(Math.min(MC, m1 - m0), mr) * mr) : null;
        // All rows in one block: pack B a few panels at a time right before their tiles use them (still in L1/L2),
        // not the whole block first (which may not fit in L2 by the time it is read).
        boolean fused = bBuf != null && m1 - m0 <= MC && b.packer().cheapPerPanel() && FUSE;
        for (int k0 = 0; k0 < k; k0 += kcStd) {
            int kc = Math.min(kcStd, k - k0);
            boolean first = k0 == 0, last = k0 + kc == k;
            if (bBuf != null && !fused) b.packer().pack(b.src(), b.srcOff(), k0, kc, n0, n1 - n0, bBuf, 0);
            for (int mb = m0; mb < m1; mb += MC) {
                int mbEnd = Math.min(m1, mb + MC);
                if (aBuf != null) a.packer().pack(a.src(), a.srcOff(), k0, kc, mb, mbEnd - mb, aBuf, 0);
                if (fused && kc <= SHORT_K) {
                    shortK(impl, k, kc, a, aBuf, b, bBuf, k0, mb, mbEnd, n0, n1, c, cOff, ldc, first, last, epi, biasRow0,
                            biasCol0, res, resOff, map);
                    continue;
                }
                float[] aArr = aBuf != null ? aBuf : a.packed();
                for (int j = n0; j < n1; j += nr) {
                    int nn = map == null ? Math.min(nr, n1 - j) : map.width[j / nr];
                    int col = map == null ? j : map.col[j / nr];
                    float[] bArr;
                    int bo;
                    if (fused) {
                        int g = (j - n0) / nr % FUSE_PANELS;
                        if (g == 0) b.packer().pack(b.src(), b.srcOff(), k0, kc, j, Math.min(FUSE_PANELS * nr, n1 - j), bBuf, 0);
                        bArr = bBuf;
                        bo = g * kc * nr;
                    } else if (bBuf != null) {
                        bArr = bBuf;
                        bo = (j - n0) / nr * kc * nr;
                    } else {
                        bArr = b.packed();
                        bo = b.packedOff() + j / nr * k * nr + k0 * nr;
                    }
                    for (int i = mb; i < mbEnd; i += mr) {
                        int mm = Math.min(mr, mbEnd - i);
                        int ao = aOffset(a, aBuf != null, k, k0, kc, mb, i);
                        impl.tile(kc, aArr, ao, bArr, bo, c, cOff + i * ldc + col, ldc, mm, nn, !first, last, epi,
                                biasRow0 + i, biasCol0 + col, res, res == null ? 0 : resOff + i * ldc + col);
                    }
                }
            }
        }
    }

    /** Where row tile {@code i}'s A panel starts: in this block's packed copy, or in the prepacked operand. */
    private static int aOffset(Operand a, boolean packedHere, int k, int k0, int kc, int mb, int i) {
        return packedHere ? (i - mb) / Impl.MR * kc * Impl.MR : a.packedOff() + i / Impl.MR * k * Impl.MR + k0 * Impl.MR;
    }

    /** Up to this K (mobilenet's expanding 1x1s at 112x112 and 56x56: K = 16, 24), {@link #shortK} runs the tiles. */
    static final int SHORT_K = Integer.getInteger("netc.gemm.shortK", 32);
    /** B floats packed per group of panels in {@link #shortK} (16 KB: stays in L1 with the A block). */
    private static final int SHORT_GROUP_FLOATS = 4096;

    /**
     * The fused mode for short K, rows outer: packs a group of panels, then runs every row tile across the whole
     * group, so that each tile row's stores are contiguous runs of the output row (256 B and more) instead of one
     * 64-byte piece in each of M rows; with K this short the stores are most of the traffic (a 16->96 1x1 conv
     * writes 6 floats per float it reads). Same tiles, same order within each: the same results.
     */
    private static void shortK(Impl impl, int k, int kc, Operand a, float[] aBuf, Operand b, float[] bBuf, int k0, int mb,
                               int mbEnd, int n0, int n1, float[] c, int cOff, int ldc, boolean first, boolean last,
                               Epi epi, int biasRow0, int biasCol0, float[] res, int resOff, ColumnMap map) {
        final int mr = Impl.MR, nr = impl.nr;
        float[] aArr = aBuf != null ? aBuf : a.packed();
        int group = Math.max(FUSE_PANELS, SHORT_GROUP_FLOATS / (kc * nr));
        for (int j0 = n0; j0 < n1; j0 += group * nr) {
            int jEnd = Math.min(n1, j0 + group * nr);
            b.packer().pack(b.src(), b.srcOff(), k0, kc, j0, jEnd - j0, bBuf, 0);
            for (int i = mb; i < mbEnd; i += mr) {
                int mm = Math.min(mr, mbEnd - i);
                int ao = aOffset(a, aBuf != null, k, k0, kc, mb, i);
                for (int j = j0; j < jEnd; j += nr) {
                    int nn = map == null ? Math.min(nr, n1 - j) : map.width[j / nr];
                    int col = map == null ? j : map.col[j / nr];
                    impl.tile(kc, aArr, ao, bBuf, (j - j0) / nr * kc * nr, c, cOff + i * ldc + col, ldc, mm, nn, !first,
                            last, epi, biasRow0 + i, biasCol0 + col, res, res == null ? 0 : resOff + i * ldc + col);
                }
            }
        }
    }

    /**
     * How to split an {@code m x n} GEMM (repeated {@code count} times: images x groups) into tasks for
     * {@code threads} threads: {@code [mChunks, nChunks]}. Splits columns first (no repeated packing), rows when
     * columns run out; caps column chunks so a packed B slice stays moderate.
     */
    public static int[] split(int m, int n, int count, int threads) {
        int nPanels = Packer.ceilDiv(n, 16);
        int nCh = Packer.ceilDiv(nPanels, 48);
        int mCh = 1;
        if (threads > 1) {
            int want = 4 * threads;
            int have = count * nCh;
            if (have < want) {
                int maxN = Math.max(1, nPanels / 4);
                nCh = Math.max(nCh, Math.min(maxN, Packer.ceilDiv(want, count)));
                have = count * nCh;
            }
            if (have < want) {
                int maxM = Math.max(1, m / 48);
                mCh = Math.min(maxM, Packer.ceilDiv(want, have));
            }
        }
        return new int[] {mCh, nCh};
    }

    /** The start of chunk {@code i} of {@code chunks} over {@code [0, size)}, aligned to {@code unit}. */
    public static int chunkStart(int size, int unit, int chunks, int i) {
        int units = Packer.ceilDiv(size, unit);
        return Math.min(size, (int) ((long) units * i / chunks) * unit);
    }
}
