package netc.runtime.internal;

import netc.runtime.Activation;

/** Plain Java inner loops, written so that C2 auto-vectorises the contiguous innermost loops. */
final class ScalarImpl extends Impl {
    static final ScalarImpl INSTANCE = new ScalarImpl();

    /**
     * 4 x 4 tiles held in 16 locals. (C2 does not auto-vectorise {@code c[r + j] += a * b[s + j]} over two arrays
     * that might alias, so register blocking in scalars is what works: ~2x the plain loops.)
     */
    private ScalarImpl() {
        super(4);
    }

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void tile(int kc, float[] a, int ao, float[] b, int bo, float[] c, int co, int ldc, int mr, int nr,
                     boolean load, boolean last, Epi epi, int biasRow, int biasCol, float[] res, int ro) {
        if (!load) {
            for (int r = 0; r < mr; r++) {
                int row = co + r * ldc;
                float rb = epi.rowBias != null ? epi.rowBias[biasRow + r] : 0f;
                for (int j = 0; j < nr; j++) c[row + j] = epi.colBias != null ? epi.colBias[biasCol + j] : rb;
            }
        }
        if (mr == MR && nr == this.nr) {
            full(kc, a, ao, b, bo, c, co, ldc);
        } else if (mr == 1 && nr == this.nr) {
            // one row (a linear layer on one image): stream B
            float s0 = c[co], s1 = c[co + 1], s2 = c[co + 2], s3 = c[co + 3];
            for (int k = 0; k < kc; k++, ao += MR, bo += 4) {
                float av = a[ao];
                s0 += av * b[bo];
                s1 += av * b[bo + 1];
                s2 += av * b[bo + 2];
                s3 += av * b[bo + 3];
            }
            c[co] = s0;
            c[co + 1] = s1;
            c[co + 2] = s2;
            c[co + 3] = s3;
        } else {
            // a partial tile: the full kernel on a zero-padded 4 x 4 copy (the panels are zero-padded too)
            float[] t = Scratch.get(Scratch.TILE, MR * 4);
            for (int r = 0; r < MR; r++) {
                for (int j = 0; j < 4; j++) t[r * 4 + j] = r < mr && j < nr ? c[co + r * ldc + j] : 0f;
            }
            full(kc, a, ao, b, bo, t, 0, 4);
            for (int r = 0; r < mr; r++) {
                for (int j = 0; j < nr; j++) c[co + r * ldc + j] = t[r * 4 + j];
            }
        }
        if (last) {
            for (int r = 0; r < mr; r++) {
                int row = co + r * ldc, rr = ro + r * ldc;
                for (int j = 0; j < nr; j++) c[row + j] = epi.finish(c[row + j], res, rr + j);
            }
        }
    }

    private static void full(int kc, float[] a, int ao, float[] b, int bo, float[] c, int co, int ldc) {
        int c1 = co + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
        float s00 = c[co], s01 = c[co + 1], s02 = c[co + 2], s03 = c[co + 3];
        float s10 = c[c1], s11 = c[c1 + 1], s12 = c[c1 + 2], s13 = c[c1 + 3];
        float s20 = c[c2], s21 = c[c2 + 1], s22 = c[c2 + 2], s23 = c[c2 + 3];
        float s30 = c[c3], s31 = c[c3 + 1], s32 = c[c3 + 2], s33 = c[c3 + 3];
        for (int k = 0; k < kc; k++, ao += 4, bo += 4) {
            float a0 = a[ao], a1 = a[ao + 1], a2 = a[ao + 2], a3 = a[ao + 3];
            float b0 = b[bo], b1 = b[bo + 1], b2 = b[bo + 2], b3 = b[bo + 3];
            s00 += a0 * b0; s01 += a0 * b1; s02 += a0 * b2; s03 += a0 * b3;
            s10 += a1 * b0; s11 += a1 * b1; s12 += a1 * b2; s13 += a1 * b3;
            s20 += a2 * b0; s21 += a2 * b1; s22 += a2 * b2; s23 += a2 * b3;
            s30 += a3 * b0; s31 += a3 * b1; s32 += a3 * b2; s33 += a3 * b3;
        }
        c[co] = s00; c[co + 1] = s01; c[co + 2] = s02; c[co + 3] = s03;
        c[c1] = s10; c[c1 + 1] = s11; c[c1 + 2] = s12; c[c1 + 3] = s13;
        c[c2] = s20; c[c2 + 1] = s21; c[c2 + 2] = s22; c[c2 + 3] = s23;
        c[c3] = s30; c[c3 + 1] = s31; c[c3 + 2] = s32; c[c3 + 3] = s33;
    }

    @Override
    public void dwRow(float[] src, int[] taps, int ntaps, float[] w, int wo, int ow, float[] y, int yo,
                      float bias, float[] res, int ro, Epi epi) {
        int j = 0;
        // 4 outputs at a time in locals (an accumulator array would alias src for C2 and stay scalar anyway)
        for (; j + 4 <= ow; j += 4) {
            float s0 = bias, s1 = bias, s2 = bias, s3 = bias;
            for (int t = 0; t < ntaps; t++) {
                float wv = w[wo + t];
                int s = taps[t] + j;
                s0 += wv * src[s];
                s1 += wv * src[s + 1];
                s2 += wv * src[s + 2];
                s3 += wv * src[s + 3];
            }
            y[yo + j] = epi.finish(s0, res, ro + j);
            y[yo + j + 1] = epi.finish(s1, res, ro + j + 1);
            y[yo + j + 2] = epi.finish(s2, res, ro + j + 2);
            y[yo + j + 3] = epi.finish(s3, res, ro + j + 3);
        }
        for (; j < ow; j++) {
            float s0 = bias;
            for (int t = 0; t < ntaps; t++) s0 += w[wo + t] * src[taps[t] + j];
            y[yo + j] = epi.finish(s0, res, ro + j);
        }
    }

    @Override
    public void copyPanelRow(float[] src, int s, float[] dst, int d) {
        dst[d] = src[s];
        dst[d + 1] = src[s + 1];
        dst[d + 2] = src[s + 2];
        dst[d + 3] = src[s + 3];
    }

    @Override
    public void activate(float[] x, int xo, float[] y, int yo, int len, Activation act, float alpha) {
        switch (act) {
            case NONE -> {
                if (x != y || xo != yo) System.arraycopy(x, xo, y, yo, len);
            }
            case RELU -> {
                for (int i = 0; i < len; i++) y[yo + i] = Math.max(x[xo + i], 0f);
            }
            case RELU6 -> {
                for (int i = 0; i < len; i++) y[yo + i] = Math.min(Math.max(x[xo + i], 0f), 6f);
            }
            default -> {
                for (int i = 0; i < len; i++) y[yo + i] = act.apply(x[xo + i], alpha);
            }
        }
    }
}
