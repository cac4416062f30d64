package netc.runtime.internal;

import netc.runtime.Activation;

/** Plain Java inner loops, written so that C2 auto-vectorises the contiguous innermost loops. */
final class ScalarImpl extends Impl {
    static final ScalarImpl INSTANCE = new ScalarImpl();

    /** Wide panels: C2 vectorises a j loop only when its trip count is well above the vector length. */
    private ScalarImpl() {
        super(64);
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
        final int stride = this.nr;
        for (int k = 0; k < kc; k++, ao += MR, bo += stride) {
            for (int r = 0; r < mr; r++) {
                float av = a[ao + r];
                int row = co + r * ldc;
                for (int j = 0; j < nr; j++) c[row + j] += av * b[bo + j];
            }
        }
        if (last) {
            for (int r = 0; r < mr; r++) {
                int row = co + r * ldc, rr = ro + r * ldc;
                for (int j = 0; j < nr; j++) c[row + j] = epi.finish(c[row + j], res, rr + j);
            }
        }
    }

    @Override
    public void dwRow(float[] src, int[] taps, int ntaps, float[] w, int wo, int ow, float[] y, int yo,
                      float bias, float[] res, int ro, Epi epi) {
        float[] acc = Scratch.get(Scratch.ROW, ow);
        for (int j = 0; j < ow; j++) acc[j] = bias;
        for (int t = 0; t < ntaps; t++) {
            float wv = w[wo + t];
            int s = taps[t];
            for (int j = 0; j < ow; j++) acc[j] += wv * src[s + j];
        }
        for (int j = 0; j < ow; j++) y[yo + j] = epi.finish(acc[j], res, ro + j);
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
