package netc.runtime;

/**
 * Elementwise activations, with PyTorch's definitions. Kernels take one of these plus a float {@code alpha}
 * that only {@link #LEAKY_RELU} reads (its negative slope; PyTorch's default is 0.01).
 */
public enum Activation {
    /** Identity. */
    NONE,
    /** {@code max(x, 0)}. */
    RELU,
    /** {@code min(max(x, 0), 6)}. */
    RELU6,
    /** {@code 1 / (1 + exp(-x))}. */
    SIGMOID,
    /** {@code relu6(x + 3) / 6}. */
    HARDSIGMOID,
    /** {@code x * relu6(x + 3) / 6}. */
    HARDSWISH,
    /** {@code x * sigmoid(x)} (swish). */
    SILU,
    /** {@code tanh(x)}. */
    TANH,
    /** {@code x > 0 ? x : alpha * x}. */
    LEAKY_RELU;

    /** This activation of {@code x}; {@code alpha} is the slope of {@link #LEAKY_RELU}, ignored by the others. */
    public float apply(float x, float alpha) {
        return switch (this) {
            case NONE -> x;
            case RELU -> Math.max(x, 0f);
            case RELU6 -> Math.min(Math.max(x, 0f), 6f);
            case SIGMOID -> sigmoid(x);
            case HARDSIGMOID -> Math.min(Math.max(x + 3f, 0f), 6f) / 6f;
            case HARDSWISH -> x * (Math.min(Math.max(x + 3f, 0f), 6f) / 6f);
            case SILU -> x * sigmoid(x);
            case TANH -> (float) Math.tanh(x);
            case LEAKY_RELU -> x > 0f ? x : x * alpha;
        };
    }

    private static float sigmoid(float x) {
        return (float) (1.0 / (1.0 + Math.exp(-(double) x)));
    }
}
