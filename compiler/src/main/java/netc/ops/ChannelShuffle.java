package netc.ops;

import java.util.List;
import java.util.Map;
import netc.diag.ErrorCode;
import netc.model.Shape;

/** ShuffleNet's channel shuffle: view as groups x (C/groups), transpose, flatten. */
public final class ChannelShuffle implements OpDef {
    @Override public String name() { return "shuffle"; }
    @Override public String doc() { return "channel shuffle across groups (ShuffleNet)"; }
    @Override public boolean functional() { return true; }
    @Override public List<ParamSpec> params() { return List.of(ParamSpec.required("groups", ParamType.INT, "groups")); }

    @Override public OpResult infer(OpArgs a, List<Shape> inputs) {
        Shape in = Geometry.map(name(), inputs);
        long g = Geometry.positive(a, "groups");
        if (in.c() % g != 0) {
            throw new OpError(ErrorCode.CHANNELS, "groups", "shuffle into " + g + " groups needs channels divisible by " + g + ", got " + in.c());
        }
        return new OpResult(in, List.of(), 0, Map.of("groups", g));
    }
}
