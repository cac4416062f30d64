package netc.ops;

import static netc.ops.OpResult.WeightSpec.buffer;
import static netc.ops.OpResult.WeightSpec.param;

import java.util.List;
import java.util.Map;
import netc.model.Shape;

/** Batch normalisation over channels (BatchNorm2d, or BatchNorm1d on a flat tensor); running stats are buffers. */
public final class BatchNorm implements OpDef {
    @Override public String name() { return "bn"; }
    @Override public String doc() { return "batch normalisation with learned scale and shift"; }

    @Override public List<ParamSpec> params() {
        return List.of(ParamSpec.optional("eps", ParamType.FLOAT, 1e-5, "added to the variance"),
                ParamSpec.optional("momentum", ParamType.FLOAT, 0.1, "running-average momentum (training only)"),
                ParamSpec.optional("affine", ParamType.BOOL, true, "learn scale and shift"));
    }

    @Override public OpResult infer(OpArgs a, List<Shape> inputs) {
        Shape in = inputs.get(0);
        long c = in.c();
        boolean affine = a.bool("affine");
        List<OpResult.WeightSpec> w = affine
                ? List.of(param("weight", c), param("bias", c), buffer("running_mean", c), buffer("running_var", c))
                : List.of(buffer("running_mean", c), buffer("running_var", c));
        return new OpResult(in, w, 0, Map.of("eps", a.real("eps"), "affine", affine));
    }
}
