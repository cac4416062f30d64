package netc.ir;

/**
 * Where a conv's or linear's weight and bias come from at load time: straight from the weights file by
 * dotted name, or computed from the file's tensors by folding a batch norm into them.
 */
public sealed interface Weights {
    String weight();

    /** {@code bias} is null for a layer without one. */
    record Direct(String weight, String bias) implements Weights {}

    /**
     * w' = w * gamma / sqrt(var + eps) per output channel; b' = (b - mean) * gamma / sqrt(var + eps) + beta.
     * {@code bnPrefix} names the batch norm's tensors ({@code prefix.weight}, {@code .bias}, {@code .running_mean},
     * {@code .running_var}); {@code outAxisFirst} is false for transposed convs, whose weight is [in, out/g, kh, kw].
     */
    record FoldedBn(String weight, String bias, String bnPrefix, double eps, boolean affine, boolean outAxisFirst) implements Weights {}

    default String label() {
        return switch (this) {
            case Direct d -> d.weight() + (d.bias() != null ? ", " + d.bias() : "");
            case FoldedBn f -> f.weight() + (f.bias() != null ? ", " + f.bias() : "") + " <- bn " + f.bnPrefix();
        };
    }
}
