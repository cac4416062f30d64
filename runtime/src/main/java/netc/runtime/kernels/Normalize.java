package netc.runtime.kernels;

/**
 * Normalisations across channels of NCHW tensors (for each image and pixel): local response norm, softmax and
 * log-softmax over C (after {@code flatten}, use {@code hw = 1} and {@code c} = features).
 */
public final class Normalize {
    private Normalize() {}

    /**
     * PyTorch's {@code LocalResponseNorm(size, alpha, beta, k)}:
     * {@code y = x / (k + alpha / size * sum_{c' in window} x[c']^2)^beta}, the window
     * {@code [c - size/2, c + (size-1)/2]} clipped to the channels (zero padded, still divided by {@code size}).
     */
    public static void lrn(int n, int c, int hw, int size, float alpha, float beta, float k,
                           float[] x, int xo, float[] y, int yo) {
        double[] sq = new double[c];
        for (int img = 0; img < n; img++) {
            int base = img * c * hw;
            for (int p = 0; p < hw; p++) {
                for (int ch = 0; ch < c; ch++) {
                    double v = x[xo + base + ch * hw + p];
                    sq[ch] = v * v;
                }
                for (int ch = 0; ch < c; ch++) {
                    int lo = Math.max(0, ch - size / 2), hi = Math.min(c - 1, ch + (size - 1) / 2);
                    double s = 0;
                    for (int q = lo; q <= hi; q++) s += sq[q];
                    double div = Math.pow(k + alpha * s / size, beta);
                    y[yo + base + ch * hw + p] = (float) (x[xo + base + ch * hw + p] / div);
                }
            }
        }
    }

    /** Softmax over the {@code c} channels at each of the {@code hw} positions. */
    public static void softmax(int n, int c, int hw, float[] x, int xo, float[] y, int yo) {
        softmax(n, c, hw, x, xo, y, yo, false);
    }

    /** Log-softmax over the {@code c} channels at each of the {@code hw} positions. */
    public static void logSoftmax(int n, int c, int hw, float[] x, int xo, float[] y, int yo) {
        softmax(n, c, hw, x, xo, y, yo, true);
    }

    private static void softmax(int n, int c, int hw, float[] x, int xo, float[] y, int yo, boolean log) {
        for (int img = 0; img < n; img++) {
            int base = img * c * hw;
            for (int p = 0; p < hw; p++) {
                int i0 = base + p;
                float max = Float.NEGATIVE_INFINITY;
                for (int ch = 0; ch < c; ch++) max = Math.max(max, x[xo + i0 + ch * hw]);
                double sum = 0;
                for (int ch = 0; ch < c; ch++) sum += Math.exp(x[xo + i0 + ch * hw] - (double) max);
                if (log) {
                    double ls = Math.log(sum);
                    for (int ch = 0; ch < c; ch++) y[yo + i0 + ch * hw] = (float) (x[xo + i0 + ch * hw] - (double) max - ls);
                } else {
                    for (int ch = 0; ch < c; ch++) {
                        y[yo + i0 + ch * hw] = (float) (Math.exp(x[xo + i0 + ch * hw] - (double) max) / sum);
                    }
                }
            }
        }
    }
}
