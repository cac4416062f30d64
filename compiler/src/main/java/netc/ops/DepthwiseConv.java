package netc.ops;

import java.util.List;
import netc.model.Shape;

/** Depthwise convolution: one filter group per input channel, {@code mult} filters each (Keras' depth_multiplier). */
public final class DepthwiseConv implements OpDef {
    @Override public String name() { return "dwconv"; }
    @Override public String doc() { return "depthwise convolution (groups = channels) with a depth multiplier"; }

    @Override public List<ParamSpec> params() {
        return List.of(
                ParamSpec.required("kernel", ParamType.INT_PAIR, "kernel size"),
                ParamSpec.optional("stride", ParamType.INT_PAIR, 1L, "stride"),
                ParamSpec.optional("pad", ParamType.PADDING, 0L, "zero padding"),
                ParamSpec.optional("dilation", ParamType.INT_PAIR, 1L, "dilation"),
                ParamSpec.optional("mult", ParamType.INT, 1L, "depth multiplier: output channels per input channel"),
                ParamSpec.optional("bias", ParamType.BOOL, true, "learn a bias"));
    }

    @Override public OpResult infer(OpArgs a, List<Shape> inputs) {
        Shape in = Geometry.map(name(), inputs);
        long mult = Geometry.positive(a, "mult");
        return Conv.conv(name(), in, Math.multiplyExact(in.c(), mult), in.c(), a);
    }
}
