package netc.ops;

import java.util.List;
import netc.model.Shape;

/** C x H x W to C*H*W, in channel-major order as torch.flatten(x, 1). */
public final class Flatten implements OpDef {
    @Override public String name() { return "flatten"; }
    @Override public String doc() { return "C x H x W to a flat vector (a view)"; }
    @Override public List<ParamSpec> params() { return List.of(); }

    @Override public OpResult infer(OpArgs a, List<Shape> inputs) {
        return OpResult.of(Shape.flat(inputs.get(0).elements()));
    }
}
