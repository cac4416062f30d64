package netc.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netc.model.Shape;

/**
 * Ops that keep the shape and have no weights: activations, dropout, identity, softmax.
 * Each is a row of data: name, doc, and its scalar parameters.
 */
public final class Elementwise implements OpDef {
    private final String name;
    private final String doc;
    private final List<ParamSpec> params;

    private Elementwise(String name, String doc, ParamSpec... params) {
        this.name = name;
        this.doc = doc;
        this.params = List.of(params);
    }

    public static List<OpDef> all() {
        return List.of(
                new Elementwise("relu", "max(x, 0)"),
                new Elementwise("relu6", "min(max(x, 0), 6)"),
                new Elementwise("leaky_relu", "x if x > 0 else slope * x",
                        ParamSpec.optional("slope", ParamType.FLOAT, 0.01, "negative slope")),
                new Elementwise("sigmoid", "1 / (1 + exp(-x))"),
                new Elementwise("hsigmoid", "hard sigmoid: relu6(x + 3) / 6"),
                new Elementwise("hswish", "hard swish: x * relu6(x + 3) / 6"),
                new Elementwise("silu", "x * sigmoid(x) (swish)"),
                new Elementwise("tanh", "hyperbolic tangent"),
                new Elementwise("softmax", "softmax over channels"),
                new Elementwise("log_softmax", "log of softmax over channels"),
                new Elementwise("dropout", "identity at inference",
                        ParamSpec.optional("p", ParamType.FLOAT, 0.5, "drop probability (training only)")),
                new Elementwise("stochastic_depth", "identity at inference (drops a residual branch while training)",
                        ParamSpec.optional("p", ParamType.FLOAT, 0.0, "drop probability (training only)")),
                new Elementwise("identity", "passes its input through"),
                new Elementwise("lrn", "local response normalisation across channels (AlexNet, GoogLeNet)",
                        ParamSpec.required("size", ParamType.INT, "channels in the window"),
                        ParamSpec.optional("alpha", ParamType.FLOAT, 1e-4, "scale"),
                        ParamSpec.optional("beta", ParamType.FLOAT, 0.75, "exponent"),
                        ParamSpec.optional("k", ParamType.FLOAT, 1.0, "additive constant")));
    }

    @Override public String name() { return name; }
    @Override public String doc() { return doc; }
    @Override public List<ParamSpec> params() { return params; }

    @Override public OpResult infer(OpArgs a, List<Shape> inputs) {
        Map<String, Object> attrs = new LinkedHashMap<>();
        for (ParamSpec p : params) {
            attrs.put(p.name(), p.type() == ParamType.INT ? (Object) a.integer(p.name()) : (Object) a.real(p.name()));
        }
        if (name.equals("lrn")) Geometry.positive(a, "size");
        return new OpResult(inputs.get(0), List.of(), 0, attrs);
    }
}
