package netc.model;

import java.util.List;
import java.util.Map;

/** An elaborated, shape-checked network: the semantic model the reports and later stages read. */
public record Network(String name, Shape input, Map<String, Object> parameters, List<Layer> layers, Map<String, Integer> outputs) {
    /** The id that stands for the network input in {@link Layer#inputs()}. */
    public static final int INPUT = -1;

    public Network {
        layers = List.copyOf(layers);
        outputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outputs));
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }

    public long params() { return layers.stream().mapToLong(Layer::params).sum(); }
    public long buffers() { return layers.stream().mapToLong(Layer::buffers).sum(); }
    public long macs() {
        long m = 0;
        for (Layer l : layers) m = Math.addExact(m, l.macs());
        return m;
    }

    /** Bytes of all layer outputs at float32, batch 1: what an executor that keeps every tensor would hold. */
    public long activationBytes() {
        long n = input.elements();
        for (Layer l : layers) n = Math.addExact(n, l.output().elements());
        return Math.multiplyExact(n, 4L);
    }
}
