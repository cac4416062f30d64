package netc.ops;

import static netc.ops.OpResult.WeightSpec.param;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netc.diag.ErrorCode;
import netc.model.Shape;

/** 2-D convolution: {@code conv(out, kernel, stride:, pad:, dilation:, groups:, bias:)}, PyTorch's Conv2d. */
public final class Conv implements OpDef {
    @Override public String name() { return "conv"; }
    @Override public String doc() { return "2-D convolution (grouped, dilated, padded or \"same\")"; }

    @Override public List<ParamSpec> params() {
        return List.of(
                ParamSpec.required("out", ParamType.INT, "output channels"),
                ParamSpec.required("kernel", ParamType.INT_PAIR, "kernel size, k or [kh, kw]"),
                ParamSpec.optional("stride", ParamType.INT_PAIR, 1L, "stride"),
                ParamSpec.optional("pad", ParamType.PADDING, 0L, "zero padding"),
                ParamSpec.optional("dilation", ParamType.INT_PAIR, 1L, "dilation (atrous rate)"),
                ParamSpec.optional("groups", ParamType.INT, 1L, "groups; in channels = groups for depthwise"),
                ParamSpec.optional("bias", ParamType.BOOL, true, "learn a bias"));
    }

    @Override public OpResult infer(OpArgs a, List<Shape> inputs) {
        Shape in = Geometry.map(name(), inputs);
        return conv(name(), in, Geometry.positive(a, "out"), Geometry.positive(a, "groups"), a);
    }

    /** Shared with {@link DepthwiseConv}: everything but how out and groups are chosen. */
    static OpResult conv(String op, Shape in, long out, long groups, OpArgs a) {
        long[] k = Geometry.pair(a, "kernel", 1);
        long[] s = Geometry.pair(a, "stride", 1);
        long[] d = Geometry.pair(a, "dilation", 1);
        if (in.c() % groups != 0) {
            throw new OpError(ErrorCode.CHANNELS, "groups", op + " with " + groups + " groups needs input channels divisible by "
                    + groups + ", got " + in.c());
        }
        if (out % groups != 0) {
            throw new OpError(ErrorCode.CHANNELS, "groups", op + " with " + groups + " groups needs output channels divisible by "
                    + groups + ", got " + out);
        }
        long[] p = Geometry.padding(a, "pad", in.h(), in.w(), k, s, d);
        long oh = Geometry.outSize(op, "height", in.h(), p[2], p[3], k[0], s[0], d[0], false);
        long ow = Geometry.outSize(op, "width", in.w(), p[0], p[1], k[1], s[1], d[1], false);
        Shape output = Shape.chw(out, oh, ow);
        long inPerGroup = in.c() / groups;
        List<OpResult.WeightSpec> weights = new ArrayList<>();
        weights.add(param("weight", out, inPerGroup, k[0], k[1]));
        boolean bias = a.bool("bias");
        if (bias) weights.add(param("bias", out));
        long macs = Geometry.mul(output.elements(), inPerGroup, k[0], k[1]);
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("out", out);
        attrs.put("kernel", List.of(k[0], k[1]));
        attrs.put("stride", List.of(s[0], s[1]));
        attrs.put("pad", List.of(p[0], p[1], p[2], p[3]));
        attrs.put("dilation", List.of(d[0], d[1]));
        attrs.put("groups", groups);
        attrs.put("bias", bias);
        return new OpResult(output, weights, macs, attrs);
    }
}
