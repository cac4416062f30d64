package netc.ops;

import java.util.List;
import java.util.Map;
import netc.diag.ErrorCode;
import netc.model.Shape;

/** One of {@code chunks} equal channel slices, as torch.chunk(x, chunks, dim=1)[index] (ShuffleNet v2's split). */
public final class Chunk implements OpDef {
    @Override public String name() { return "chunk"; }
    @Override public String doc() { return "take one of n equal slices along channels"; }

    @Override public boolean functional() { return true; }
    @Override public List<ParamSpec> params() {
        return List.of(ParamSpec.required("chunks", ParamType.INT, "number of slices"),
                ParamSpec.required("index", ParamType.INT, "which slice, from 0"));
    }

    @Override public OpResult infer(OpArgs a, List<Shape> inputs) {
        Shape in = inputs.get(0);
        long n = Geometry.positive(a, "chunks");
        long i = a.integer("index");
        if (in.c() % n != 0) {
            throw new OpError(ErrorCode.CHANNELS, "chunks", "chunk into " + n + " needs channels divisible by " + n + ", got " + in.c());
        }
        if (i < 0 || i >= n) throw new OpError(ErrorCode.BAD_VALUE, "index", "chunk index must be in 0.." + (n - 1) + ", got " + i);
        return new OpResult(in.withChannels(in.c() / n), List.of(), 0, Map.of("chunks", n, "index", i));
    }
}
