package netc.ops;

import java.util.List;
import java.util.Map;
import netc.model.Shape;

/** What an op application yields: output shape, parameter tensors (by suffix), MACs, normalised attributes. */
public record OpResult(Shape output, List<WeightSpec> weights, long macs, Map<String, Object> attrs) {

    /** A parameter tensor, named {@code layer.suffix}. */
    public record WeightSpec(String suffix, long[] shape, boolean trainable) {
        public static WeightSpec param(String suffix, long... shape) { return new WeightSpec(suffix, shape, true); }
        public static WeightSpec buffer(String suffix, long... shape) { return new WeightSpec(suffix, shape, false); }
    }

    public static OpResult of(Shape output) { return new OpResult(output, List.of(), 0, Map.of()); }
}
