package netc.runtime.kernels;

/**
 * Weight preparation done once, in a generated model's constructor. (Packing for the GEMM happens inside the
 * {@link Conv2d}, {@link ConvTranspose2d} and {@link Linear} builders.)
 */
public final class WeightPrep {
    private WeightPrep() {}

    /** A weight and bias pair. */
    public record Folded(float[] weight, float[] bias) {}

    /** Per-channel {@code scale} and {@code shift} of an inference batch norm. */
    public record ScaleShift(float[] scale, float[] shift) {}

    /**
     * Folds an inference batch norm that follows a conv or linear layer into its weight and bias:
     * {@code w' = w * gamma / sqrt(var + eps)}, {@code b' = (b - mean) * gamma / sqrt(var + eps) + beta}. The weight's
     * outermost dimension is the output channel ({@code [out][...]}, as for conv and linear). {@code bias},
     * {@code gamma} and {@code beta} may be null (zero, one, zero). Returns new arrays.
     */
    public static Folded foldBatchNorm(float[] weight, float[] bias, int outChannels, float[] gamma, float[] beta,
                                       float[] mean, float[] var, float eps) {
        int per = weight.length / outChannels;
        float[] w = new float[weight.length];
        float[] b = new float[outChannels];
        for (int c = 0; c < outChannels; c++) {
            double s = (gamma == null ? 1.0 : gamma[c]) / Math.sqrt((double) var[c] + eps);
            for (int i = 0; i < per; i++) w[c * per + i] = (float) (weight[c * per + i] * s);
            b[c] = (float) (((bias == null ? 0.0 : bias[c]) - mean[c]) * s + (beta == null ? 0.0 : beta[c]));
        }
        return new Folded(w, b);
    }

    /** Scale and shift of a batch norm that cannot be folded: {@code y = x * scale + shift}. */
    public static ScaleShift batchNormScaleShift(float[] gamma, float[] beta, float[] mean, float[] var, float eps) {
        int c = mean.length;
        float[] scale = new float[c], shift = new float[c];
        for (int i = 0; i < c; i++) {
            double s = (gamma == null ? 1.0 : gamma[i]) / Math.sqrt((double) var[i] + eps);
            scale[i] = (float) s;
            shift[i] = (float) ((beta == null ? 0.0 : beta[i]) - mean[i] * s);
        }
        return new ScaleShift(scale, shift);
    }
}
