package netc.backend.onnx;

import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import netc.backend.onnx.proto.Onnx.AttributeProto;
import netc.backend.onnx.proto.Onnx.GraphProto;
import netc.backend.onnx.proto.Onnx.NodeProto;
import netc.backend.onnx.proto.Onnx.TensorProto;
import netc.backend.onnx.proto.Onnx.TensorShapeProto;
import netc.backend.onnx.proto.Onnx.TypeProto;
import netc.backend.onnx.proto.Onnx.ValueInfoProto;

/**
 * Accumulates one ONNX graph: nodes in order, initialisers, and shapes of the values (the batch is the symbolic
 * dimension {@value #BATCH}). Hands out unique value names, so a layer's name can be its output's name and the
 * helper constants an op needs (shapes, pads, scales) cannot collide with it.
 */
final class GraphWriter {
    /** The name of the batch dimension in every value's shape. */
    static final String BATCH = "N";

    private final GraphProto.Builder graph = GraphProto.newBuilder();
    private final Set<String> names = new HashSet<>(), nodeNames = new HashSet<>();
    private final List<ValueInfoProto> shapes = new ArrayList<>();

    GraphWriter(String name) { graph.setName(name); }

    /** {@code wanted} if still free, else {@code wanted_2}, {@code wanted_3}... */
    String fresh(String wanted) {
        String n = wanted;
        for (int i = 2; !names.add(n); i++) n = wanted + "_" + i;
        return n;
    }

    /** Appends a node; attributes via {@link #ints}, {@link #i}, {@link #f}, {@link #s}. */
    void node(String opType, String name, List<String> inputs, String output, AttributeProto... attrs) {
        // Node names must be unique too; unlabelled joins and functional ops of one scope share a layer name.
        String unique = name;
        for (int i = 2; !nodeNames.add(unique); i++) unique = name + "_" + i;
        NodeProto.Builder n = NodeProto.newBuilder().setOpType(opType).setName(unique).addAllInput(inputs).addOutput(output);
        for (AttributeProto a : attrs) n.addAttribute(a);
        graph.addNode(n);
    }

    /** A float initialiser from row-major data. */
    void floats(String name, long[] dims, float[] data) {
        ByteBuffer b = ByteBuffer.allocate(Math.multiplyExact(data.length, 4)).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(data);
        graph.addInitializer(TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE)
                .addAllDims(boxed(dims)).setRawData(ByteString.copyFrom(b.array())));
    }

    /** A 1-D int64 constant (shapes, pads, slice bounds), named from {@code wanted}; returns its name. */
    String int64s(String wanted, long... values) {
        String name = fresh(wanted);
        graph.addInitializer(TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.INT64_VALUE)
                .addDims(values.length).addAllInt64Data(boxed(values)));
        return name;
    }

    /** A float constant of the given shape, named from {@code wanted}; returns its name. */
    String constant(String wanted, long[] dims, float[] data) {
        String name = fresh(wanted);
        floats(name, dims, data);
        return name;
    }

    /** Declares a value's shape, batch first: {@code [N, dims...]}. */
    ValueInfoProto value(String name, long[] dims) {
        TensorShapeProto.Builder s = TensorShapeProto.newBuilder();
        s.addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(BATCH));
        for (long d : dims) s.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(
                TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(s))).build();
    }

    void input(String name, long[] dims) { graph.addInput(value(name, dims)); }
    void output(String name, long[] dims) { graph.addOutput(value(name, dims)); }
    void intermediate(String name, long[] dims) { shapes.add(value(name, dims)); }

    GraphProto build() { return graph.addAllValueInfo(shapes).build(); }

    static AttributeProto ints(String name, long... values) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS).addAllInts(boxed(values)).build();
    }

    static AttributeProto i(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value).build();
    }

    static AttributeProto f(String name, double value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT).setF((float) value).build();
    }

    static AttributeProto s(String name, String value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.STRING)
                .setS(ByteString.copyFromUtf8(value)).build();
    }

    private static List<Long> boxed(long[] v) {
        List<Long> l = new ArrayList<>(v.length);
        for (long x : v) l.add(x);
        return l;
    }
}
