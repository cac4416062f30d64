package netc.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netc.diag.ErrorCode;
import netc.model.Shape;

/** Max and average pooling, PyTorch's MaxPool2d / AvgPool2d (ceil mode, count_include_pad). */
public final class Pool implements OpDef {
    private final boolean max;

    private Pool(boolean max) { this.max = max; }

    public static Pool max() { return new Pool(true); }
    public static Pool avg() { return new Pool(false); }

    @Override public String name() { return max ? "maxpool" : "avgpool"; }
    @Override public String doc() { return (max ? "max" : "average") + " pooling; stride defaults to the kernel"; }

    @Override public List<ParamSpec> params() {
        List<ParamSpec> p = new ArrayList<>(List.of(
                ParamSpec.required("kernel", ParamType.INT_PAIR, "window size"),
                ParamSpec.optional("stride", ParamType.INT_PAIR, ParamSpec.ABSENT, "stride (default: the kernel)"),
                ParamSpec.optional("pad", ParamType.INT_PAIR, 0L, "implicit padding on each side, at most half the kernel")));
        if (max) p.add(ParamSpec.optional("dilation", ParamType.INT_PAIR, 1L, "dilation"));
        p.add(ParamSpec.optional("ceil", ParamType.BOOL, false, "round the output size up (ceil_mode)"));
        if (!max) p.add(ParamSpec.optional("count_include_pad", ParamType.BOOL, true, "divide by the full window, padding included"));
        return p;
    }

    @Override public OpResult infer(OpArgs a, List<Shape> inputs) {
        Shape in = Geometry.map(name(), inputs);
        long[] k = Geometry.pair(a, "kernel", 1);
        long[] s = a.has("stride") ? Geometry.pair(a, "stride", 1) : k;
        long[] p = Geometry.pair(a, "pad", 0);
        long[] d = max ? Geometry.pair(a, "dilation", 1) : new long[] {1, 1};
        if (p[0] * 2 > k[0] || p[1] * 2 > k[1]) {
            throw new OpError(ErrorCode.BAD_VALUE, "pad", name() + " padding " + Geometry.show(p) + " must be at most half the kernel " + Geometry.show(k));
        }
        boolean ceil = a.bool("ceil");
        long oh = Geometry.outSize(name(), "height", in.h(), p[0], p[0], k[0], s[0], d[0], ceil);
        long ow = Geometry.outSize(name(), "width", in.w(), p[1], p[1], k[1], s[1], d[1], ceil);
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("kernel", List.of(k[0], k[1]));
        attrs.put("stride", List.of(s[0], s[1]));
        attrs.put("pad", List.of(p[0], p[1]));
        if (max) attrs.put("dilation", List.of(d[0], d[1]));
        attrs.put("ceil", ceil);
        if (!max) attrs.put("count_include_pad", a.bool("count_include_pad"));
        return new OpResult(Shape.chw(in.c(), oh, ow), List.of(), 0, attrs);
    }
}
