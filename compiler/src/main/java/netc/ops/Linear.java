package netc.ops;

import static netc.ops.OpResult.WeightSpec.param;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import netc.diag.ErrorCode;
import netc.model.Shape;

/** Fully connected layer on a flat tensor, PyTorch's Linear. */
public final class Linear implements OpDef {
    @Override public String name() { return "linear"; }
    @Override public String doc() { return "fully connected layer on a flat tensor"; }

    @Override public List<ParamSpec> params() {
        return List.of(ParamSpec.required("out", ParamType.INT, "output features"),
                ParamSpec.optional("bias", ParamType.BOOL, true, "learn a bias"));
    }

    @Override public OpResult infer(OpArgs a, List<Shape> inputs) {
        Shape in = inputs.get(0);
        if (in.isMap()) {
            throw new OpError(ErrorCode.RANK, "linear expects a flat tensor, got a " + in + " feature map; add 'flatten' (or 'gap -> flatten') before it");
        }
        long out = Geometry.positive(a, "out");
        List<OpResult.WeightSpec> w = new ArrayList<>();
        w.add(param("weight", out, in.c()));
        if (a.bool("bias")) w.add(param("bias", out));
        return new OpResult(Shape.flat(out), w, Math.multiplyExact(in.c(), out), Map.of("out", out, "bias", a.bool("bias")));
    }
}
