package netc.it;

import ai.onnxruntime.OrtException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import netc.backend.onnx.OnnxExporter;
import netc.backend.onnx.proto.Onnx.AttributeProto;
import netc.backend.onnx.proto.Onnx.GraphProto;
import netc.backend.onnx.proto.Onnx.ModelProto;
import netc.backend.onnx.proto.Onnx.NodeProto;
import netc.backend.onnx.proto.Onnx.TensorProto;
import netc.backend.onnx.proto.Onnx.TypeProto;
import netc.backend.onnx.proto.Onnx.ValueInfoProto;
import netc.model.Network;
import netc.runtime.io.WeightSource;

/**
 * Random weights whose batch-norm statistics are those of a random batch, then perturbed, as PyTorch's test
 * references do: with the plain random statistics, deep residual networks grow their activations by orders of
 * magnitude and become so ill-conditioned that netc with and without its fusions already disagree by tens of
 * percent. The statistics are measured by ONNX Runtime on a copy of the exported model whose batch norms
 * normalise with the batch's own mean and variance (training mode) and report them as extra outputs.
 */
final class CalibratedWeights implements WeightSource {
    private final WeightSource base;
    private final Map<String, float[]> stats = new HashMap<>();

    private CalibratedWeights(WeightSource base) { this.base = base; }

    static WeightSource of(Network net, WeightSource base, long seed) throws OrtException {
        if (net.layers().stream().noneMatch(l -> l.op().equals("bn"))) return base; // nothing to calibrate: spare the export
        CalibratedWeights w = new CalibratedWeights(base);
        ModelProto model = OnnxExporter.export(net, base, OnnxExporter.DEFAULT_OPSET);
        GraphProto.Builder g = model.getGraph().toBuilder().clearNode();
        List<String[]> bns = new ArrayList<>(); // {running_mean name, running_var name, mean output, var output}
        Map<String, Integer> rank = new HashMap<>();
        for (ValueInfoProto v : model.getGraph().getValueInfoList()) rank.put(v.getName(), v.getType().getTensorType().getShape().getDimCount());
        for (ValueInfoProto v : model.getGraph().getInputList()) rank.put(v.getName(), v.getType().getTensorType().getShape().getDimCount());
        int k = 0;
        for (NodeProto n : model.getGraph().getNodeList()) {
            if (!n.getOpType().equals("BatchNormalization")) { g.addNode(n); continue; }
            String x = n.getInput(0), p = "calib" + k++ + "/";
            float eps = n.getAttributeList().stream().filter(a -> a.getName().equals("epsilon")).findFirst().map(AttributeProto::getF).orElse(1e-5f);
            boolean map = rank.getOrDefault(x, 4) == 4;
            AttributeProto axes = ints("axes", map ? new long[] {0, 2, 3} : new long[] {0});
            g.addNode(node("ReduceMean", List.of(x), p + "mean", axes));
            g.addNode(node("Sub", List.of(x, p + "mean"), p + "centred"));
            g.addNode(node("Mul", List.of(p + "centred", p + "centred"), p + "sq"));
            g.addNode(node("ReduceMean", List.of(p + "sq"), p + "var", axes));
            g.addInitializer(scalar(p + "eps", eps));
            g.addNode(node("Add", List.of(p + "var", p + "eps"), p + "var_eps"));
            g.addNode(node("Sqrt", List.of(p + "var_eps"), p + "std"));
            g.addNode(node("Div", List.of(p + "centred", p + "std"), p + "normed"));
            g.addInitializer(TensorProto.newBuilder().setName(p + "shape").setDataType(TensorProto.DataType.INT64_VALUE).addDims(map ? 3 : 1)
                    .addAllInt64Data(map ? List.of(-1L, 1L, 1L) : List.of(-1L)));
            g.addNode(node("Reshape", List.of(n.getInput(1), p + "shape"), p + "gamma"));
            g.addNode(node("Reshape", List.of(n.getInput(2), p + "shape"), p + "beta"));
            g.addNode(node("Mul", List.of(p + "normed", p + "gamma"), p + "scaled"));
            g.addNode(node("Add", List.of(p + "scaled", p + "beta"), n.getOutput(0)));
            for (String o : List.of(p + "mean", p + "var")) {
                g.addOutput(ValueInfoProto.newBuilder().setName(o).setType(TypeProto.newBuilder().setTensorType(
                        TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE))));
            }
            bns.add(new String[] {n.getInput(3), n.getInput(4), p + "mean", p + "var"});
        }
        if (bns.isEmpty()) return base;
        byte[] calib = model.toBuilder().setGraph(g).build().toByteArray();
        long[] in = net.input().dims();
        int batch = 4, per = 1;
        for (long d : in) per *= (int) d;
        float[] x = new float[batch * per];
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < x.length; i++) x[i] = (float) rnd.nextDouble(-1, 1);
        long[] shape = new long[in.length + 1];
        shape[0] = batch;
        System.arraycopy(in, 0, shape, 1, in.length);
        OnnxOracle.runOrt(calib, x, shape, r -> {
            for (String[] bn : bns) {
                float[] mean = OnnxOracle.values(r, bn[2]), var = OnnxOracle.values(r, bn[3]);
                for (int c = 0; c < mean.length; c++) {
                    // perturbed, so that the statistics are not exactly the batch's (which would hide a mix-up of mean and var)
                    mean[c] += (float) (0.05 * Math.sqrt(var[c]) * rnd.nextDouble(-1, 1));
                    // a floor: a channel that is constant on the batch would otherwise divide rounding noise by sqrt(eps)
                    var[c] = (float) (var[c] * rnd.nextDouble(0.9, 1.1) + 1e-3);
                }
                w.stats.put(bn[0], mean);
                w.stats.put(bn[1], var);
            }
            return null;
        });
        return w;
    }

    private static NodeProto node(String op, List<String> in, String out, AttributeProto... attrs) {
        NodeProto.Builder b = NodeProto.newBuilder().setOpType(op).setName(out).addAllInput(in).addOutput(out);
        for (AttributeProto a : attrs) b.addAttribute(a);
        return b.build();
    }

    private static AttributeProto ints(String name, long[] v) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
        for (long x : v) a.addInts(x);
        return a.build();
    }

    private static TensorProto scalar(String name, float v) {
        return TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE).addFloatData(v).build();
    }

    @Override public long[] shape(String name) { return base.shape(name); }
    @Override public float[] floats(String name) { return stats.containsKey(name) ? stats.get(name).clone() : base.floats(name); }
    @Override public Set<String> names() { return base.names(); }
}
