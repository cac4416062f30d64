package netc.ops;

import static netc.ops.OpResult.WeightSpec.param;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netc.diag.ErrorCode;
import netc.model.Shape;

/** Transposed convolution ("deconvolution"), PyTorch's ConvTranspose2d. */
public final class ConvTranspose implements OpDef {
    @Override public String name() { return "convT"; }
    @Override public String doc() { return "transposed convolution (upsampling by stride, with output padding)"; }

    @Override public List<ParamSpec> params() {
        return List.of(
                ParamSpec.required("out", ParamType.INT, "output channels"),
                ParamSpec.required("kernel", ParamType.INT_PAIR, "kernel size"),
                ParamSpec.optional("stride", ParamType.INT_PAIR, 1L, "stride"),
                ParamSpec.optional("pad", ParamType.INT_PAIR, 0L, "padding removed from each side of the output"),
                ParamSpec.optional("output_pad", ParamType.INT_PAIR, 0L, "extra rows/columns added at the bottom/right"),
                ParamSpec.optional("dilation", ParamType.INT_PAIR, 1L, "dilation"),
                ParamSpec.optional("groups", ParamType.INT, 1L, "groups"),
                ParamSpec.optional("bias", ParamType.BOOL, true, "learn a bias"));
    }

    @Override public OpResult infer(OpArgs a, List<Shape> inputs) {
        Shape in = Geometry.map(name(), inputs);
        long out = Geometry.positive(a, "out");
        long groups = Geometry.positive(a, "groups");
        long[] k = Geometry.pair(a, "kernel", 1);
        long[] s = Geometry.pair(a, "stride", 1);
        long[] p = Geometry.pair(a, "pad", 0);
        long[] op = Geometry.pair(a, "output_pad", 0);
        long[] d = Geometry.pair(a, "dilation", 1);
        if (in.c() % groups != 0 || out % groups != 0) {
            throw new OpError(ErrorCode.CHANNELS, "groups", "convT with " + groups + " groups needs input and output channels divisible by "
                    + groups + ", got " + in.c() + " and " + out);
        }
        for (int i = 0; i < 2; i++) {
            if (op[i] >= s[i] && op[i] >= d[i]) {
                throw new OpError(ErrorCode.BAD_VALUE, "output_pad", "output_pad must be smaller than stride or dilation, got "
                        + Geometry.show(op) + " with stride " + Geometry.show(s));
            }
        }
        long oh = (in.h() - 1) * s[0] - 2 * p[0] + d[0] * (k[0] - 1) + op[0] + 1;
        long ow = (in.w() - 1) * s[1] - 2 * p[1] + d[1] * (k[1] - 1) + op[1] + 1;
        if (oh < 1 || ow < 1) {
            throw new OpError(ErrorCode.SPATIAL_COLLAPSE, "pad", "convT output would be " + oh + "x" + ow + ": padding " + Geometry.show(p) + " is too large");
        }
        Shape output = Shape.chw(out, oh, ow);
        List<OpResult.WeightSpec> weights = new ArrayList<>();
        weights.add(param("weight", in.c(), out / groups, k[0], k[1]));
        boolean bias = a.bool("bias");
        if (bias) weights.add(param("bias", out));
        // Every input pixel scatters into kh*kw positions of out/groups channels.
        long macs = Geometry.mul(in.elements(), out / groups, k[0], k[1]);
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("out", out);
        attrs.put("kernel", List.of(k[0], k[1]));
        attrs.put("stride", List.of(s[0], s[1]));
        attrs.put("pad", List.of(p[0], p[1]));
        attrs.put("output_pad", List.of(op[0], op[1]));
        attrs.put("dilation", List.of(d[0], d[1]));
        attrs.put("groups", groups);
        attrs.put("bias", bias);
        return new OpResult(output, weights, macs, attrs);
    }
}
