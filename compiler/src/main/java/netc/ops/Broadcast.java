package netc.ops;

import java.util.List;
import java.util.Map;
import netc.diag.ErrorCode;
import netc.model.Shape;

/** Elementwise add and mul of several tensors with broadcasting (a size-1 dimension stretches), e.g. SE's C x 1 x 1 gate. */
public final class Broadcast implements OpDef {
    private final String name;

    private Broadcast(String name) { this.name = name; }

    public static Broadcast add() { return new Broadcast("add"); }
    public static Broadcast mul() { return new Broadcast("mul"); }

    @Override public String name() { return name; }
    @Override public String doc() { return name.equals("add") ? "elementwise sum (residual connections)" : "elementwise product (attention gates)"; }
    @Override public List<ParamSpec> params() { return List.of(); }
    @Override public boolean joins() { return true; }

    @Override public OpResult infer(OpArgs a, List<Shape> inputs) {
        if (inputs.size() < 2) {
            throw new OpError(ErrorCode.SHAPE, name + " needs at least two tensors, got " + inputs.size());
        }
        long[] out = inputs.get(0).dims();
        for (int i = 1; i < inputs.size(); i++) {
            long[] s = inputs.get(i).dims();
            if (s.length != out.length) {
                throw new OpError(ErrorCode.BROADCAST, name + " cannot broadcast " + inputs.get(0) + " with " + inputs.get(i) + ": ranks differ");
            }
            long[] next = out.clone();
            for (int d = 0; d < s.length; d++) {
                if (s[d] == out[d] || s[d] == 1) continue;
                if (out[d] == 1) { next[d] = s[d]; continue; }
                throw new OpError(ErrorCode.BROADCAST, name + " cannot broadcast " + new Shape(out) + " with " + inputs.get(i)
                        + ": dimension " + (d + 1) + " is " + out[d] + " against " + s[d]);
            }
            out = next;
        }
        return new OpResult(new Shape(out), List.of(), 0, Map.of("inputs", (long) inputs.size()));
    }
}
