package netc.backend.onnx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import netc.backend.onnx.proto.Onnx.ModelProto;
import netc.backend.onnx.proto.Onnx.OperatorSetIdProto;
import netc.ir.Graph;
import netc.ir.Lowering;
import netc.ir.Node;
import netc.model.Layer;
import netc.model.Network;
import netc.runtime.io.WeightSource;

/**
 * A checked network as an ONNX model: the graph IR lowered with no passes (so the file shows the architecture the
 * user wrote, not netc's fusions), one or a few standard ONNX ops per layer ({@link OpMapping}), the weights as
 * initialisers under their dotted names, every value's shape annotated with the batch as the symbolic dimension "N".
 * The network's input is named {@code input}, its outputs by the network's output names.
 */
public final class OnnxExporter {
    public static final int DEFAULT_OPSET = 17;
    /** The opsets whose operators the mapping is written against (Softmax on one axis, Slice/Pad/Clip inputs: 13+). */
    public static final int MIN_OPSET = 13, MAX_OPSET = 21;
    /** Protobuf's hard limit on a message; ONNX files above it need external data, which we do not write. */
    private static final long MAX_BYTES = Integer.MAX_VALUE - (64L << 20);

    private OnnxExporter() {}

    /** Builds the model; throws {@link ExportException} for an opset or network it cannot write, WeightsException for weights that do not fit. */
    public static ModelProto export(Network net, WeightSource weights, int opset) {
        if (opset < MIN_OPSET || opset > MAX_OPSET) {
            throw new ExportException(null, "opset " + opset + " is not supported: netc writes ONNX opsets " + MIN_OPSET + " to " + MAX_OPSET);
        }
        Graph g = Lowering.lower(net);
        weights.require(g.parameters());
        long bytes = 0;
        for (long[] s : g.parameters().values()) {
            long n = 4;
            for (long d : s) n = Math.multiplyExact(n, d);
            bytes += n;
        }
        if (bytes > MAX_BYTES) {
            throw new ExportException(null, "the weights take " + (bytes >> 20) + " MiB; an ONNX file without external data holds at most 2 GiB");
        }

        GraphWriter w = new GraphWriter(net.name());
        for (var p : g.parameters().entrySet()) {
            w.fresh(p.getKey());
            w.floats(p.getKey(), p.getValue(), weights.floats(p.getKey()));
        }
        Map<Integer, String> names = new HashMap<>();
        names.put(g.input(), w.fresh("input"));
        // An output takes the output's name, unless it is the input or another output's tensor (then an Identity copies it).
        Map<String, Integer> copied = new java.util.LinkedHashMap<>();
        for (var o : g.outputs().entrySet()) {
            if (names.containsKey(o.getValue())) copied.put(o.getKey(), o.getValue());
            else names.put(o.getValue(), w.fresh(o.getKey()));
        }
        w.input(names.get(g.input()), g.tensor(g.input()).dims());

        Map<String, Layer> layers = new HashMap<>();
        for (Layer l : net.layers()) layers.put(l.name(), l);
        OpMapping mapping = new OpMapping(w, opset);
        for (Node n : g.nodes()) {
            String out = names.computeIfAbsent(n.output(), id -> w.fresh(n.name()));
            List<String> in = n.inputs().stream().map(names::get).toList();
            Layer layer = layers.get(n.name());
            try {
                mapping.emit(n, layer, in, out, g.tensor(n.inputs().get(0)).dims(), g.tensor(n.output()).dims());
            } catch (ExportException e) {
                throw e.span() == null && layer != null ? new ExportException(layer.span(), e.getMessage()) : e;
            }
            if (!g.outputs().containsValue(n.output())) w.intermediate(out, g.tensor(n.output()).dims());
        }
        for (var o : g.outputs().entrySet()) {
            String name = copied.containsKey(o.getKey()) ? w.fresh(o.getKey()) : names.get(o.getValue());
            if (copied.containsKey(o.getKey())) w.node("Identity", name, List.of(names.get(o.getValue())), name);
            w.output(name, g.tensor(o.getValue()).dims());
        }
        return ModelProto.newBuilder()
                .setIrVersion(irVersion(opset))
                .setProducerName("netc")
                .setProducerVersion("0.1.0")
                .setDocString("network " + net.name() + ", input " + net.input() + ", exported by netc before its fusions")
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(opset))
                .setGraph(w.build())
                .build();
    }

    /** Writes the model in the ONNX file format (the serialised ModelProto). */
    public static void write(ModelProto model, OutputStream out) throws IOException {
        model.writeTo(out);
    }

    /** The serialised model, for ONNX Runtime's in-memory session. */
    public static byte[] bytes(Network net, WeightSource weights, int opset) {
        return export(net, weights, opset).toByteArray();
    }

    /** The lowest ONNX IR version that carries the opset (ONNX's versioning table). */
    static int irVersion(int opset) {
        return opset <= 17 ? 8 : opset <= 20 ? 9 : 10;
    }
}
