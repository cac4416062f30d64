package netc.ops;

import java.util.List;
import java.util.Map;
import netc.model.Shape;

/** Adaptive average pooling to a fixed output size; {@code gap} is the 1x1 case (global average pooling). */
public final class AdaptiveAvgPool implements OpDef {
    private final boolean global;

    private AdaptiveAvgPool(boolean global) { this.global = global; }

    public static AdaptiveAvgPool global() { return new AdaptiveAvgPool(true); }
    public static AdaptiveAvgPool adaptive() { return new AdaptiveAvgPool(false); }

    @Override public String name() { return global ? "gap" : "adaptive_avgpool"; }
    @Override public String doc() { return global ? "global average pooling to C x 1 x 1" : "average pooling to a given output size"; }

    @Override public List<ParamSpec> params() {
        return global ? List.of() : List.of(ParamSpec.required("size", ParamType.INT_PAIR, "output size, n or [h, w]"));
    }

    @Override public OpResult infer(OpArgs a, List<Shape> inputs) {
        Shape in = Geometry.map(name(), inputs);
        long[] size = global ? new long[] {1, 1} : Geometry.pair(a, "size", 1);
        return new OpResult(Shape.chw(in.c(), size[0], size[1]), List.of(), 0, Map.of("size", List.of(size[0], size[1])));
    }
}
