package netc.bench.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import netc.backend.java.JavaBackend;
import netc.ir.Graph;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Tensor;
import netc.model.Network;
import netc.runtime.Model;
import netc.runtime.io.WeightSource;

/**
 * Per-layer time of a generated model: a second copy of the model whose source has a {@link LayerClock#mark} call
 * before each node, so the profile comes from the same kernels and arena as the timed model, which stays
 * uninstrumented. Layers are the optimised graph's nodes (a conv with its folded BN, activation and residual add
 * is one).
 */
public final class Profiler {
    /** A node's average time per call, in ms, with its MACs for the whole batch. */
    public record Layer(String name, String op, String output, long macs, double ms) {
        public double gflops() { return ms <= 0 ? 0 : 2.0 * macs / ms / 1e6; }
    }

    private final Graph graph;
    private final Model model;

    private Profiler(Graph graph, Model model) {
        this.graph = graph;
        this.model = model;
    }

    public static Profiler compile(Network net, Set<String> disabledPasses, WeightSource weights) {
        JavaBackend.Generated gen = JavaBackend.generate(net, disabledPasses, "netc.generated", null);
        String source = instrument(gen.source(), gen.graph());
        return new Profiler(gen.graph(), (Model) JavaBackend.instantiate(gen.qualifiedName(), source, weights));
    }

    /**
     * Inserts {@code LayerClock.mark(i)} before node i's code in the forward methods (found by the comment the
     * emitter writes before it, {@code // NAME: KIND}) and {@code LayerClock.mark(-1)} before the outputs are copied.
     */
    static String instrument(String source, Graph g) {
        String clock = LayerClock.class.getName();
        StringBuilder out = new StringBuilder(source.length() + 64 * g.nodes().size());
        int run0 = source.indexOf("void run0(");
        if (run0 < 0) throw new IllegalStateException("cannot profile: no run0 method in the generated source");
        int copied = 0;
        for (int i = 0; i < g.nodes().size(); i++) {
            Node node = g.nodes().get(i);
            String marker = "// " + node.name() + ": " + node.op().kind() + "\n";
            copied = insertBefore(source, copied, Math.max(copied, run0), marker, clock + ".mark(" + i + ");", out);
        }
        copied = insertBefore(source, copied, copied, "float[]> out = new ", clock + ".mark(-1);", out);
        return out.append(source, copied, source.length()).toString();
    }

    /**
     * Copies source from {@code copied} up to the line holding {@code marker} (searched from {@code from}), then the
     * statement with that line's indentation; returns the line's start, where copying resumes.
     */
    private static int insertBefore(String source, int copied, int from, String marker, String statement, StringBuilder out) {
        int at = source.indexOf(marker, from);
        if (at < 0) throw new IllegalStateException("cannot profile: '" + marker.strip() + "' not found in the generated source");
        int line = source.lastIndexOf('\n', at) + 1;
        String indent = source.substring(line, at).replaceAll("\\S.*", "");
        out.append(source, copied, line).append(indent).append(statement).append('\n');
        return line;
    }

    /** The optimised graph whose nodes are the layers. */
    public Graph graph() { return graph; }

    /** Runs the batch {@code warmup} times, then {@code calls} times under the clock; layers in execution order. */
    public List<Layer> profile(float[] x, int n, int warmup, int calls) {
        return profile(x, n, warmup, calls, 1, () -> {});
    }

    /** As above, the calls in {@code blocks} blocks with {@code between} after each (e.g. ORT's profiled calls). */
    public List<Layer> profile(float[] x, int n, int warmup, int calls, int blocks, Runnable between) {
        LayerClock.reset(graph.nodes().size());
        for (int i = 0; i < warmup; i++) model.forward(x, n);
        LayerClock.reset(graph.nodes().size());
        for (int i = 0; i < calls; i++) {
            model.forward(x, n);
            if ((i + 1) % Math.max(1, calls / blocks) == 0 || i == calls - 1) between.run();
        }
        long[] nanos = LayerClock.nanos();
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < nanos.length; i++) {
            Node node = graph.nodes().get(i);
            layers.add(new Layer(node.name(), label(graph, node), graph.tensor(node.output()).shape(), n * macs(graph, node), nanos[i] / 1e6 / calls));
        }
        return layers;
    }

    /** conv3x3, conv1x1/s2, dwconv3x3, gconv3x3, dense, maxpool, ...: what kind of kernel a node runs. */
    public static String label(Graph graph, Node node) {
        if (node.op() instanceof Op.Conv c) {
            long inC = graph.tensor(node.inputs().get(0)).dims()[0];
            String kind = c.groups() == 1 ? "conv" : c.groups() == inC ? "dwconv" : "gconv";
            return kind + c.kh() + "x" + c.kw() + (c.sh() > 1 || c.sw() > 1 ? "/s" + c.sh() : "");
        }
        if (node.op() instanceof Op.InvertedResidual v) { // conv1x1 + dwconv + conv1x1 fused
            Op.Conv c = v.depthwise();
            return "inverted_residual" + c.kh() + "x" + c.kw() + (c.sh() > 1 || c.sw() > 1 ? "/s" + c.sh() : "");
        }
        if (node.op() instanceof Op.SeparableConv s) { // dwconv + conv1x1 fused
            Op.Conv c = s.depthwise();
            return "separable" + c.kh() + "x" + c.kw() + (c.sh() > 1 || c.sw() > 1 ? "/s" + c.sh() : "");
        }
        return node.op().kind();
    }

    /** Multiply-accumulates per image, as netc counts them (conv, transposed conv, dense, and the fused convs' sums). */
    public static long macs(Graph graph, Node node) {
        Tensor in = graph.tensor(node.inputs().get(0)), out = graph.tensor(node.output());
        return switch (node.op()) {
            case Op.Conv c -> out.elements() * (in.dims()[0] / c.groups()) * c.kh() * c.kw();
            case Op.ConvTranspose c -> in.elements() * (c.outC() / c.groups()) * c.kh() * c.kw();
            case Op.Dense d -> in.elements() * d.out();
            case Op.ConvPoolDense h -> in.dims()[1] * in.dims()[2] * in.dims()[0] * h.conv().outC() + (long) h.conv().outC() * h.dense().out();
            case Op.SeparableConv s -> out.elements() / s.pointwise().outC() * s.depthwise().outC() * (s.depthwise().kh() * s.depthwise().kw() + s.pointwise().outC());
            case Op.InvertedResidual v -> in.dims()[1] * in.dims()[2] * in.dims()[0] * v.expand().outC()
                    + out.elements() / v.pointwise().outC() * v.depthwise().outC() * (v.depthwise().kh() * v.depthwise().kw() + v.pointwise().outC());
            case Op.PointwiseChain ch -> {
                long m = 0, c = in.dims()[0], pixels = out.elements() / ch.last().outC();
                for (Op.Conv conv : ch.convs()) {
                    m += pixels * c * conv.outC();
                    c = conv.outC();
                }
                yield m;
            }
            default -> 0;
        };
    }

    /** Markdown: time by kind of layer, then the {@code top} slowest layers. */
    public static String report(List<Layer> layers, int top) {
        return report(layers, top, 0, null);
    }

    /**
     * As above, with a column of GFLOP/s as a share of {@code peakGflops} when that is positive, and columns of ONNX
     * Runtime's time for the same layers ({@code ortMs}, by layer name; a layer ORT has no node for shows "-") and the
     * ratio when {@code ortMs} is not null.
     */
    public static String report(List<Layer> layers, int top, double peakGflops, Map<String, Double> ortMs) {
        double total = layers.stream().mapToDouble(Layer::ms).sum();
        Map<String, double[]> byOp = new LinkedHashMap<>(); // ms, macs, count, ORT ms, netc ms of the layers ORT has
        for (Layer l : layers) {
            double[] a = byOp.computeIfAbsent(l.op(), k -> new double[5]);
            a[0] += l.ms();
            a[1] += l.macs();
            a[2]++;
            Double o = ortMs == null ? null : ortMs.get(l.name());
            if (o != null) {
                a[3] += o;
                a[4] += l.ms();
            }
        }
        StringBuilder sb = new StringBuilder();
        boolean peak = peakGflops > 0, ort = ortMs != null;
        String extraHead = (peak ? " % of peak |" : "") + (ort ? " ORT ms | netc/ORT |" : "");
        String extraRule = (peak ? "--:|" : "") + (ort ? "--:|--:|" : "");
        sb.append(String.format(Locale.ROOT, "%n| op | layers | ms | %% | GFLOP/s |%s%n|---|--:|--:|--:|--:|%s%n", extraHead, extraRule));
        byOp.entrySet().stream().sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0])).forEach(e -> {
            double[] a = e.getValue();
            double gflops = a[0] <= 0 ? 0 : 2 * a[1] / a[0] / 1e6;
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.1f | %s |%s%s%n", e.getKey(), (int) a[2], a[0], 100 * a[0] / total,
                    a[1] == 0 ? "" : String.format(Locale.ROOT, "%.1f", gflops), peakCell(peak, a[1], gflops, peakGflops),
                    ort ? ortCells(a[4] > 0 || a[3] > 0 ? a[3] : null, a[4]) : ""));
        });
        sb.append(String.format(Locale.ROOT, "%n| layer | op | output | ms | %% | GFLOP/s |%s%n|---|---|---|--:|--:|--:|%s%n", extraHead, extraRule));
        layers.stream().sorted(Comparator.comparingDouble(l -> -l.ms())).limit(top).forEach(l -> sb.append(String.format(Locale.ROOT,
                "| %s | %s | %s | %.3f | %.1f | %s |%s%s%n", l.name(), l.op(), l.output(), l.ms(), 100 * l.ms() / total,
                l.macs() == 0 ? "" : String.format(Locale.ROOT, "%.1f", l.gflops()), peakCell(peak, l.macs(), l.gflops(), peakGflops),
                ort ? ortCells(ortMs.get(l.name()), l.ms()) : "")));
        return sb.toString();
    }

    /** ORT's ms and netc/ORT; "-" where ORT has no node for the layer(s). */
    private static String ortCells(Double ortMs, double netcMs) {
        if (ortMs == null) return " - | - |";
        return String.format(Locale.ROOT, " %.3f | %s |", ortMs, ortMs > 0 ? String.format(Locale.ROOT, "%.2f", netcMs / ortMs) : "-");
    }

    private static String peakCell(boolean peak, double macs, double gflops, double peakGflops) {
        if (!peak) return "";
        return macs == 0 ? "  |" : String.format(Locale.ROOT, " %.0f |", 100 * gflops / peakGflops);
    }
}
