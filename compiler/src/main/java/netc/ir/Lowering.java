package netc.ir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netc.model.Layer;
import netc.model.Network;
import netc.model.Weight;

/**
 * Lowers an elaborated network to the graph IR: one node per layer, attributes resolved to numbers.
 * Tensor 0 is the input; layer i writes tensor i + 1. Adding an op to the language means one case here.
 */
public final class Lowering {
    private Lowering() {}

    public static Graph lower(Network net) {
        Map<Integer, Tensor> tensors = new LinkedHashMap<>();
        tensors.put(0, tensor(0, net.input().dims(), Tensor.NO_ALIAS));
        List<Node> nodes = new ArrayList<>();
        for (Layer l : net.layers()) {
            int out = l.id() + 1;
            List<Integer> inputs = l.inputs().stream().map(i -> i + 1).toList();
            Op op = op(l);
            int alias = op instanceof Op.Reshape ? inputs.get(0) : Tensor.NO_ALIAS;
            tensors.put(out, tensor(out, l.output().dims(), alias));
            nodes.add(new Node(l.name(), op, inputs, out));
        }
        Map<String, Integer> outputs = new LinkedHashMap<>();
        net.outputs().forEach((k, id) -> outputs.put(k, id + 1));
        Map<String, long[]> parameters = new LinkedHashMap<>();
        for (Layer l : net.layers()) for (Weight w : l.weights()) parameters.put(w.name(), w.shape());
        return new Graph(net.name(), tensors, nodes, 0, outputs, parameters);
    }

    private static Tensor tensor(int id, long[] dims, int alias) {
        return new Tensor(id, dims, dims.length == 3 ? Layout.NCHW : Layout.NC, alias);
    }

    static Op op(Layer l) {
        Map<String, Object> a = l.attrs();
        return switch (l.op()) {
            case "conv", "dwconv" -> {
                int[] k = ints(a, "kernel"), s = ints(a, "stride"), p = ints(a, "pad"), d = ints(a, "dilation");
                yield new Op.Conv(i(a, "out"), k[0], k[1], s[0], s[1], p[0], p[1], p[2], p[3], d[0], d[1], i(a, "groups"),
                        direct(l), Epilogue.NONE);
            }
            case "convT" -> {
                int[] k = ints(a, "kernel"), s = ints(a, "stride"), p = ints(a, "pad"), op = ints(a, "output_pad"), d = ints(a, "dilation");
                yield new Op.ConvTranspose(i(a, "out"), k[0], k[1], s[0], s[1], p[0], p[1], op[0], op[1], d[0], d[1],
                        i(a, "groups"), direct(l), Epilogue.NONE);
            }
            case "linear" -> new Op.Dense(i(a, "out"), direct(l), Epilogue.NONE);
            case "maxpool", "avgpool" -> {
                boolean max = l.op().equals("maxpool");
                int[] k = ints(a, "kernel"), s = ints(a, "stride"), p = ints(a, "pad");
                int[] d = max ? ints(a, "dilation") : new int[] {1, 1};
                yield new Op.Pool(max, k[0], k[1], s[0], s[1], p[0], p[1], d[0], d[1], (Boolean) a.get("ceil"),
                        !max && (Boolean) a.get("count_include_pad"));
            }
            case "gap", "adaptive_avgpool" -> new Op.AdaptiveAvgPool();
            case "bn" -> new Op.BatchNorm(l.name(), (Double) a.get("eps"), (Boolean) a.get("affine"));
            case "softmax", "log_softmax" -> new Op.Softmax(l.op().equals("log_softmax"));
            case "dropout", "stochastic_depth", "identity" -> new Op.Identity(l.op());
            case "flatten" -> new Op.Reshape();
            case "concat" -> new Op.Concat();
            case "add", "mul" -> new Op.Binary(l.op().equals("mul"), Epilogue.NONE);
            case "shuffle" -> new Op.Shuffle(i(a, "groups"));
            case "chunk" -> new Op.Chunk(i(a, "chunks"), i(a, "index"));
            case "upsample" -> {
                double scale = a.containsKey("scale") ? (Double) a.get("scale") : 0;
                yield new Op.Resize("bilinear".equals(a.get("mode")), (Boolean) a.get("align_corners"), scale, scale);
            }
            case "zeropad" -> {
                int[] p = ints(a, "pad");
                yield new Op.Pad(p[0], p[1], p[2], p[3]);
            }
            case "lrn" -> new Op.Lrn(i(a, "size"), (Double) a.get("alpha"), (Double) a.get("beta"), (Double) a.get("k"));
            default -> {
                Activation act = Activation.ofOp(l.op());
                if (act == null) throw new IllegalStateException("no lowering for op '" + l.op() + "'");
                yield new Op.Act(act, act == Activation.LEAKY_RELU ? (Double) a.get("slope") : 0);
            }
        };
    }

    private static Weights direct(Layer l) {
        String w = null, b = null;
        for (Weight x : l.weights()) {
            if (x.name().endsWith(".weight")) w = x.name();
            else if (x.name().endsWith(".bias")) b = x.name();
        }
        return new Weights.Direct(w, b);
    }

    private static int i(Map<String, Object> a, String key) { return Math.toIntExact((Long) a.get(key)); }

    @SuppressWarnings("unchecked")
    private static int[] ints(Map<String, Object> a, String key) {
        return ((List<Long>) a.get(key)).stream().mapToInt(Math::toIntExact).toArray();
    }
}
