package netc.ops;

import java.util.List;
import java.util.Map;
import netc.model.Shape;

/** Zero padding of the borders, as ZeroPad2d; four values are (left, right, top, bottom) like torch's F.pad. */
public final class ZeroPad implements OpDef {
    @Override public String name() { return "zeropad"; }
    @Override public String doc() { return "pad borders with zeros: p, [h, w] or [left, right, top, bottom]"; }
    @Override public List<ParamSpec> params() { return List.of(ParamSpec.required("pad", ParamType.PADDING, "padding")); }

    @Override public OpResult infer(OpArgs a, List<Shape> inputs) {
        Shape in = Geometry.map(name(), inputs);
        long[] p = Geometry.padding(a, "pad", in.h(), in.w(), new long[] {1, 1}, new long[] {1, 1}, new long[] {1, 1});
        Shape out = Shape.chw(in.c(), Math.addExact(in.h(), p[2] + p[3]), Math.addExact(in.w(), p[0] + p[1]));
        return new OpResult(out, List.of(), 0, Map.of("pad", List.of(p[0], p[1], p[2], p[3])));
    }
}
