package netc.runtime.io;

import netc.runtime.kernels.WeightPrep;

/**
 * Load-time preparation of parameters for generated models, by tensor name: batch norms folded into the conv,
 * transposed conv or linear before them. The batch-norm arithmetic itself is {@link WeightPrep}'s.
 */
public final class Prepare {
    private Prepare() {}

    /** A tensor as is; null name gives null (no bias). */
    public static float[] tensor(WeightSource w, String name) { return name == null ? null : w.floats(name); }

    /**
     * {weight', bias'}: the weight scaled per output channel by the batch norm's scale, the bias mapped through it.
     * {@code outAxisFirst}: weight is [out, ...] (conv, linear); otherwise [in, out/groups, kh, kw] (transposed conv).
     * Without {@code affine}, gamma = 1 and beta = 0.
     */
    public static float[][] foldBatchNorm(WeightSource w, String weight, String bias, String bn, double eps, boolean affine,
                                          boolean outAxisFirst, int groups) {
        float[] wt = w.floats(weight);
        float[] b = bias == null ? null : w.floats(bias);
        float[] mean = w.floats(bn + ".running_mean");
        if (outAxisFirst) {
            WeightPrep.Folded f = WeightPrep.foldBatchNorm(wt, b, mean.length,
                    affine ? w.floats(bn + ".weight") : null, affine ? w.floats(bn + ".bias") : null,
                    mean, w.floats(bn + ".running_var"), (float) eps);
            return new float[][] {f.weight(), f.bias()};
        }
        float[][] ss = batchNormAffine(w, bn, eps, affine);
        float[] scale = ss[0], shift = ss[1];
        float[] newBias = new float[scale.length];
        for (int o = 0; o < scale.length; o++) newBias[o] = (b == null ? 0f : b[o]) * scale[o] + shift[o];
        long[] shape = w.shape(weight);
        int in = (int) shape[0], outPerGroup = (int) shape[1], k = (int) (shape[2] * shape[3]), inPerGroup = in / groups;
        float[] scaled = wt.clone();
        for (int ci = 0; ci < in; ci++) {
            for (int j = 0; j < outPerGroup; j++) {
                float s = scale[(ci / inPerGroup) * outPerGroup + j];
                int base = (ci * outPerGroup + j) * k;
                for (int t = 0; t < k; t++) scaled[base + t] *= s;
            }
        }
        return new float[][] {scaled, newBias};
    }

    /** Per-channel scale and shift of an unfolded batch norm: {scale, shift} with y = x * scale + shift. */
    public static float[][] batchNormAffine(WeightSource w, String bn, double eps, boolean affine) {
        WeightPrep.ScaleShift ss = WeightPrep.batchNormScaleShift(affine ? w.floats(bn + ".weight") : null,
                affine ? w.floats(bn + ".bias") : null, w.floats(bn + ".running_mean"), w.floats(bn + ".running_var"), (float) eps);
        return new float[][] {ss.scale(), ss.shift()};
    }
}
