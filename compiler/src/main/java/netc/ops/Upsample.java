package netc.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netc.diag.ErrorCode;
import netc.model.Shape;

/** Nearest or bilinear resize by a scale factor or to a size, as torch.nn.functional.interpolate. */
public final class Upsample implements OpDef {
    @Override public String name() { return "upsample"; }
    @Override public String doc() { return "resize by scale or to size (nearest, bilinear with align_corners)"; }

    @Override public List<ParamSpec> params() {
        return List.of(ParamSpec.optional("scale", ParamType.FLOAT, ParamSpec.ABSENT, "scale factor"),
                ParamSpec.optional("size", ParamType.INT_PAIR, ParamSpec.ABSENT, "output size, n or [h, w]"),
                ParamSpec.optional("mode", ParamType.STRING, "nearest", "\"nearest\" or \"bilinear\""),
                ParamSpec.optional("align_corners", ParamType.BOOL, false, "bilinear: map corner pixels onto each other"));
    }

    @Override public OpResult infer(OpArgs a, List<Shape> inputs) {
        Shape in = Geometry.map(name(), inputs);
        String mode = a.string("mode");
        if (!mode.equals("nearest") && !mode.equals("bilinear")) {
            throw new OpError(ErrorCode.BAD_VALUE, "mode", "upsample mode must be \"nearest\" or \"bilinear\", got \"" + mode + "\"");
        }
        if (a.has("scale") == a.has("size")) {
            throw new OpError(ErrorCode.BAD_VALUE, "upsample takes exactly one of scale: or size:");
        }
        if (mode.equals("nearest") && a.bool("align_corners")) {
            throw new OpError(ErrorCode.BAD_VALUE, "align_corners", "align_corners applies to mode \"bilinear\" only, not \"nearest\"");
        }
        long oh, ow;
        Map<String, Object> attrs = new LinkedHashMap<>();
        if (a.has("scale")) {
            double s = a.real("scale");
            if (!(s > 0)) throw new OpError(ErrorCode.BAD_VALUE, "scale", "scale must be positive, got " + s);
            oh = (long) Math.floor(in.h() * s);
            ow = (long) Math.floor(in.w() * s);
            attrs.put("scale", s);
        } else {
            long[] size = Geometry.pair(a, "size", 1);
            oh = size[0];
            ow = size[1];
        }
        if (oh < 1 || ow < 1) throw new OpError(ErrorCode.SPATIAL_COLLAPSE, "upsample output would be " + oh + "x" + ow);
        attrs.put("size", List.of(oh, ow));
        attrs.put("mode", mode);
        attrs.put("align_corners", a.bool("align_corners"));
        return new OpResult(Shape.chw(in.c(), oh, ow), List.of(), 0, attrs);
    }
}
