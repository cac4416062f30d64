package netc.model;

import java.util.List;
import java.util.Map;
import netc.diag.Span;

/**
 * One op of the elaborated network.
 *
 * @param id       position in {@link Network#layers()}; layers are in topological order
 * @param name     dotted path, as PyTorch names modules ({@code layer1.0.conv1}); weights are {@code name.weight}
 * @param op       the op's name in the language ({@code conv})
 * @param attrs    the op's arguments after defaults and normalisation, for reports and later lowering
 * @param inputs   ids of producing layers; {@link Network#INPUT} for the network input
 * @param blocks   enclosing block instances, outermost first
 */
public record Layer(int id, String name, String op, Map<String, Object> attrs, List<Integer> inputs, Shape output,
                    List<Weight> weights, long macs, List<BlockInstance> blocks, Span span) {
    public Layer {
        attrs = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(attrs)); // sorted: deterministic whatever map the op built
        inputs = List.copyOf(inputs);
        weights = List.copyOf(weights);
        blocks = List.copyOf(blocks);
    }

    public long params() { return weights.stream().filter(Weight::trainable).mapToLong(Weight::elements).sum(); }
    public long buffers() { return weights.stream().filter(w -> !w.trainable()).mapToLong(Weight::elements).sum(); }
}
