package netc.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import netc.model.BlockInstance;
import netc.model.Layer;
import netc.model.Network;
import netc.model.Shape;

/**
 * {@code netc graph}: the network as Graphviz DOT source. One node per layer (its name relative to the enclosing
 * block, the op with its key arguments, its parameter count), one for the input and one per named output; edges from
 * producer to consumer labelled with the tensor shape; block instances as nested clusters labelled
 * {@code path : block}. The text depends only on the network: same network, same bytes.
 */
public final class Dot {
    /** Node ids: layers are {@code L<id>} (names need not be unique: unlabelled joins share one), outputs {@code out:<name>}. */
    static final String INPUT_ID = "input";

    private static final Set<String> ACTIVATIONS = Set.of("relu", "relu6", "leaky_relu", "sigmoid", "hsigmoid", "hswish",
            "silu", "tanh", "softmax", "log_softmax");
    private static final Set<String> POOLS = Set.of("maxpool", "avgpool", "gap", "adaptive_avgpool");
    private static final Set<String> CONVS = Set.of("conv", "dwconv", "convT");
    /** Cluster fills by nesting depth, darker inside. */
    private static final String[] CLUSTER_FILLS = {"#f5f7fb", "#e8edf5", "#dbe3ef", "#ced9e9"};

    private Dot() {}

    /** The DOT text of a network. */
    public static String of(Network n) {
        StringBuilder sb = new StringBuilder();
        sb.append("digraph ").append(quote(n.name())).append(" {\n");
        sb.append("  graph [rankdir=TB, fontname=\"Helvetica\", fontsize=12, labelloc=t, nodesep=0.25, ranksep=0.3, label=")
          .append(quote(n.name() + "  input " + n.input() + ", " + Summary.count(n.params()) + " params, "
                  + Summary.giga(n.macs()) + " MACs")).append("];\n");
        sb.append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", color=\"#555555\", fontname=\"Helvetica\", fontsize=10, margin=\"0.12,0.04\"];\n");
        sb.append("  edge [color=\"#555555\", fontname=\"Helvetica\", fontsize=8, fontcolor=\"#333333\", arrowsize=0.6];\n");
        sb.append("  ").append(quote(INPUT_ID)).append(" [label=").append(label("input", n.input().toString()))
          .append(", shape=invhouse, fillcolor=\"#d9d9d9\"];\n");

        writeCluster(sb, tree(n), 1);

        n.outputs().forEach((name, id) -> sb.append("  ").append(quote(outputId(name))).append(" [label=")
                .append(label(name, shapeOf(n, id).toString())).append(", shape=house, fillcolor=\"#d9d9d9\"];\n"));
        for (Layer l : n.layers()) {
            for (int from : l.inputs()) edge(sb, n, from, layerId(l.id()));
        }
        n.outputs().forEach((name, id) -> edge(sb, n, id, outputId(name)));
        return sb.append("}\n").toString();
    }

    // ---- clusters ----------------------------------------------------------------------------------------------

    /** A block instance and what it directly contains, in order: layers and the block instances nested in it. */
    private static final class Cluster {
        final BlockInstance block;
        final String id;
        final List<Object> items = new ArrayList<>();
        final Map<String, Cluster> children = new HashMap<>();

        Cluster(BlockInstance block, String id) {
            this.block = block;
            this.id = id;
        }
    }

    private static Cluster tree(Network n) {
        Cluster root = new Cluster(null, null);
        int next = 0;
        for (Layer l : n.layers()) {
            Cluster c = root;
            for (BlockInstance b : l.blocks()) {
                Cluster child = c.children.get(b.path());
                if (child == null) {
                    child = new Cluster(b, "cluster_" + next++);
                    c.children.put(b.path(), child);
                    c.items.add(child);
                }
                c = child;
            }
            c.items.add(l);
        }
        return root;
    }

    private static void writeCluster(StringBuilder sb, Cluster c, int depth) {
        String indent = "  ".repeat(depth);
        for (Object item : c.items) {
            if (item instanceof Layer l) {
                sb.append(indent);
                node(sb, l, c.block);
            } else if (item instanceof Cluster child) {
                String title = child.block.path() + " : " + child.block.block();
                sb.append(indent).append("subgraph ").append(quote(child.id)).append(" {\n");
                sb.append(indent).append("  graph [label=").append(quote(title)).append(", tooltip=").append(quote(title))
                  .append(", style=\"rounded,filled\", color=\"#8899aa\", fillcolor=\"")
                  .append(CLUSTER_FILLS[(depth - 1) % CLUSTER_FILLS.length]).append("\", fontsize=10, labeljust=l];\n");
                writeCluster(sb, child, depth + 1);
                sb.append(indent).append("}\n");
            }
        }
    }

    // ---- nodes and edges ---------------------------------------------------------------------------------------

    private static void node(StringBuilder sb, Layer l, BlockInstance enclosing) {
        String name = enclosing != null && l.name().startsWith(enclosing.path() + ".")
                ? l.name().substring(enclosing.path().length() + 1) : l.name();
        List<String> lines = new ArrayList<>();
        String op = describe(l);
        // A position ("2") says little on a layer without weights, whose name appears in no state_dict key.
        String last = name.substring(name.lastIndexOf('.') + 1);
        boolean positional = !last.isEmpty() && last.chars().allMatch(Character::isDigit);
        if (!name.equals(l.op()) && !(positional && l.weights().isEmpty())) lines.add(name);
        lines.add(op);
        if (l.params() > 0) lines.add(Summary.count(l.params()) + " params");
        String tooltip = l.name() + ": " + op + " -> " + l.output()
                + (l.params() > 0 ? ", " + Summary.count(l.params()) + " params" : "")
                + (l.macs() > 0 ? ", " + Summary.giga(l.macs()) + " MACs" : "");
        sb.append(quote(layerId(l.id()))).append(" [label=").append(label(lines.toArray(String[]::new)))
          .append(", tooltip=").append(quote(tooltip)).append(style(l.op())).append("];\n");
    }

    /** Shape and colour by kind of op: joins stand out as ellipses (add, mul) and diamonds (concat). */
    private static String style(String op) {
        if (op.equals("add") || op.equals("mul")) return ", shape=ellipse, style=filled, fillcolor=\"#fff2b3\"";
        if (op.equals("concat")) return ", shape=diamond, style=filled, fillcolor=\"#ffd9b3\"";
        String fill = CONVS.contains(op) ? "#cfe2f3" : op.equals("bn") ? "#eeeeee" : ACTIVATIONS.contains(op) ? "#fdf5dc"
                : POOLS.contains(op) ? "#d9ead3" : op.equals("linear") ? "#f4cccc" : null;
        return fill == null ? "" : ", fillcolor=\"" + fill + "\"";
    }

    private static void edge(StringBuilder sb, Network n, int from, String to) {
        sb.append("  ").append(quote(from == Network.INPUT ? INPUT_ID : layerId(from))).append(" -> ").append(quote(to))
          .append(" [label=").append(quote(shapeOf(n, from).toString())).append("];\n");
    }

    private static Shape shapeOf(Network n, int id) { return id == Network.INPUT ? n.input() : n.layers().get(id).output(); }

    static String layerId(int id) { return "L" + id; }

    static String outputId(String name) { return "out:" + name; }

    // ---- op descriptions ---------------------------------------------------------------------------------------

    /**
     * The op with its key arguments, compactly, as in the ResNet paper's figures: {@code conv 3x3, 64, /2, pad 1},
     * {@code maxpool 3x3, /2}, {@code linear 1000}. Arguments at their defaults are left out.
     */
    static String describe(Layer l) {
        Map<String, Object> a = l.attrs();
        List<String> parts = new ArrayList<>();
        String head = l.op();
        switch (l.op()) {
            case "conv", "convT", "dwconv", "maxpool", "avgpool" -> {
                head += " " + pair(a.get("kernel"));
                if (a.get("out") != null && !l.op().equals("dwconv")) parts.add(String.valueOf(a.get("out")));
                if (l.op().equals("dwconv") && a.get("groups") instanceof Long g && g > 0 && l.output().c() != g) {
                    parts.add("x" + l.output().c() / g);
                }
                String stride = uniform(a.get("stride"));
                if (!stride.equals("1")) parts.add("/" + stride);
                String pad = pad(a.get("pad"));
                if (pad != null) parts.add("pad " + pad);
                if (a.get("output_pad") instanceof List<?> op && !uniform(op).equals("0")) parts.add("output_pad " + uniform(op));
                if (a.get("dilation") instanceof List<?> d && !uniform(d).equals("1")) parts.add("dilation " + uniform(d));
                if (!l.op().equals("dwconv") && a.get("groups") instanceof Long g && g != 1) parts.add("groups " + g);
                if (Boolean.TRUE.equals(a.get("ceil"))) parts.add("ceil");
            }
            case "adaptive_avgpool" -> head += " " + pair(a.get("size"));
            case "linear" -> head += " " + a.get("out");
            case "upsample" -> {
                head += a.get("scale") instanceof Double s ? " x" + number(s) : " " + pair(a.get("size"));
                parts.add(String.valueOf(a.get("mode")));
            }
            case "shuffle" -> parts.add("groups " + a.get("groups"));
            case "chunk" -> head += " " + a.get("index") + " of " + a.get("chunks");
            case "zeropad" -> head += " " + uniform(a.get("pad"));
            case "dropout", "stochastic_depth" -> head += " " + number(a.get("p"));
            case "leaky_relu" -> head += " " + number(a.get("slope"));
            case "lrn" -> head += " " + a.get("size");
            default -> { }
        }
        parts.add(0, head);
        return String.join(", ", parts);
    }

    /** {@code [3, 3]} as {@code 3x3}. */
    private static String pair(Object v) {
        if (!(v instanceof List<?> l)) return String.valueOf(v);
        return String.join("x", l.stream().map(String::valueOf).toList());
    }

    /** Padding, null when none: {@code 1} when even, {@code 1x2} (h x w), or {@code [l,r,t,b]} as given. */
    private static String pad(Object v) {
        String s = uniform(v);
        return s.equals("0") ? null : s;
    }

    /**
     * A list of per-side or per-dimension sizes, shortest form: {@code 2} when all are equal, {@code 1x2} for
     * [h, w] (or [l, r, t, b] with l = r and t = b), else {@code [l,r,t,b]}.
     */
    private static String uniform(Object v) {
        if (!(v instanceof List<?> p) || p.isEmpty()) return String.valueOf(v);
        if (p.stream().allMatch(x -> x.equals(p.get(0)))) return String.valueOf(p.get(0));
        if (p.size() == 2) return p.get(0) + "x" + p.get(1);
        if (p.size() == 4 && p.get(0).equals(p.get(1)) && p.get(2).equals(p.get(3))) return p.get(2) + "x" + p.get(0);
        return p.toString().replace(" ", "");
    }

    private static String number(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString(d.longValue());
        return String.valueOf(v);
    }

    // ---- quoting -----------------------------------------------------------------------------------------------

    /** A label of several lines, each escaped, centred. */
    private static String label(String... lines) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) sb.append("\\n");
            escape(sb, lines[i]);
        }
        return sb.append('"').toString();
    }

    /** A DOT double-quoted string: any text is safe, including in labels (backslash escapes are neutralised). */
    static String quote(String s) { return label(s); }

    private static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c < 0x20 ? ' ' : c);
            }
        }
    }
}
