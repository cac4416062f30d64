package netc.runtime.io;

/**
 * Load-time preparation of parameters for generated models: batch norms folded into the conv, transposed conv
 * or linear before them, in double precision so the fold adds no error of its own beyond float rounding.
 */
public final class Prepare {
    private Prepare() {}

    /** A tensor as is; null name gives null (no bias). */
    public static float[] tensor(WeightSource w, String name) { return name == null ? null : w.floats(name); }

    /**
     * {weight', bias'} with w' = w * s and b' = (b - mean) * s + beta, s = gamma / sqrt(var + eps), per output
     * channel. {@code outAxisFirst}: weight is [out, ...] (conv, linear); otherwise [in, out/groups, kh, kw]
     * (transposed conv). Without {@code affine}, gamma = 1 and beta = 0.
     */
    public static float[][] foldBatchNorm(WeightSource w, String weight, String bias, String bn, double eps, boolean affine,
                                          boolean outAxisFirst, int groups) {
        float[] wt = w.floats(weight).clone();
        float[] mean = w.floats(bn + ".running_mean");
        float[] var = w.floats(bn + ".running_var");
        float[] gamma = affine ? w.floats(bn + ".weight") : null;
        float[] beta = affine ? w.floats(bn + ".bias") : null;
        float[] b = bias == null ? null : w.floats(bias);
        int out = mean.length;
        double[] scale = new double[out];
        float[] newBias = new float[out];
        for (int o = 0; o < out; o++) {
            scale[o] = (gamma == null ? 1.0 : gamma[o]) / Math.sqrt(var[o] + eps);
            double b0 = b == null ? 0.0 : b[o];
            newBias[o] = (float) ((b0 - mean[o]) * scale[o] + (beta == null ? 0.0 : beta[o]));
        }
        if (outAxisFirst) {
            int per = wt.length / out;
            for (int o = 0; o < out; o++) {
                for (int i = 0; i < per; i++) wt[o * per + i] = (float) (wt[o * per + i] * scale[o]);
            }
        } else {
            long[] shape = w.shape(weight);
            int in = (int) shape[0], outPerGroup = (int) shape[1], k = (int) (shape[2] * shape[3]);
            int inPerGroup = in / groups;
            for (int ci = 0; ci < in; ci++) {
                int g = ci / inPerGroup;
                for (int j = 0; j < outPerGroup; j++) {
                    double s = scale[g * outPerGroup + j];
                    int base = (ci * outPerGroup + j) * k;
                    for (int t = 0; t < k; t++) wt[base + t] = (float) (wt[base + t] * s);
                }
            }
        }
        return new float[][] {wt, newBias};
    }

    /** Per-channel scale and shift of an unfolded batch norm: {scale, shift} with y = x * scale + shift. */
    public static float[][] batchNormAffine(WeightSource w, String bn, double eps, boolean affine) {
        float[] mean = w.floats(bn + ".running_mean");
        float[] var = w.floats(bn + ".running_var");
        float[] gamma = affine ? w.floats(bn + ".weight") : null;
        float[] beta = affine ? w.floats(bn + ".bias") : null;
        float[] scale = new float[mean.length], shift = new float[mean.length];
        for (int c = 0; c < mean.length; c++) {
            double s = (gamma == null ? 1.0 : gamma[c]) / Math.sqrt(var[c] + eps);
            scale[c] = (float) s;
            shift[c] = (float) ((beta == null ? 0.0 : beta[c]) - mean[c] * s);
        }
        return new float[][] {scale, shift};
    }
}
