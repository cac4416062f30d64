package netc.ops;

import java.util.List;
import java.util.Map;
import netc.diag.ErrorCode;
import netc.model.Shape;

/** Concatenation along channels; all inputs must agree on every other dimension. */
public final class Concat implements OpDef {
    @Override public String name() { return "concat"; }
    @Override public String doc() { return "concatenate branches along channels"; }
    @Override public List<ParamSpec> params() { return List.of(); }
    @Override public boolean joins() { return true; }

    @Override public OpResult infer(OpArgs a, List<Shape> inputs) {
        Shape first = inputs.get(0);
        long channels = 0;
        for (int i = 0; i < inputs.size(); i++) {
            Shape s = inputs.get(i);
            if (s.rank() != first.rank() || (s.isMap() && (s.h() != first.h() || s.w() != first.w()))) {
                throw new OpError(ErrorCode.CONCAT_MISMATCH, "concat needs equal sizes apart from channels, but input 1 is "
                        + first + " and input " + (i + 1) + " is " + s);
            }
            channels = Math.addExact(channels, s.c());
        }
        return new OpResult(first.withChannels(channels), List.of(), 0, Map.of("inputs", (long) inputs.size()));
    }
}
