package netc.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import netc.model.BlockInstance;
import netc.model.Layer;
import netc.model.Network;
import netc.model.Weight;

/**
 * {@code netc summary}: per layer its path, op, output shape, parameters and MACs; per block subtotals; totals.
 *
 * <p>MACs count multiply-accumulates of conv, transposed conv and linear layers only (conv: output elements x
 * in/groups x kh x kw; transposed conv: input elements x out/groups x kh x kw; linear: in x out), the convention
 * of torchvision's published GFLOPS. FLOPs are reported as 2 x MACs.
 */
public final class Summary {
    public static final String MAC_CONVENTION = "MACs count conv, transposed conv and linear layers only "
            + "(conv: output elements x in/groups x kh x kw; transposed conv: input elements x out/groups x kh x kw; "
            + "linear: in x out); FLOPs = 2 x MACs. Parameters count trainable weights; BN running statistics are buffers.";

    private Summary() {}

    /** Per-block-instance subtotals, in order of first appearance. */
    public record BlockTotal(String path, String block, long params, long macs) {}

    public static List<BlockTotal> blocks(Network n) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Layer l : n.layers()) {
            for (BlockInstance b : l.blocks()) {
                long[] s = sums.computeIfAbsent(b.path(), k -> new long[2]);
                kinds.put(b.path(), b.block());
                s[0] += l.params();
                s[1] += l.macs();
            }
        }
        List<BlockTotal> out = new ArrayList<>();
        sums.forEach((path, s) -> out.add(new BlockTotal(path, kinds.get(path), s[0], s[1])));
        return out;
    }

    /** The arena the memory planner needs for the optimised graph, in bytes per sample (float32). */
    public static netc.passes.MemoryPlan plan(Network n) {
        return netc.passes.PlanMemory.run(netc.passes.Pipeline.run(netc.ir.Lowering.lower(n), java.util.Set.of()));
    }

    public static String json(Network n) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("network", n.name());
        root.put("input", n.input().dims());
        root.put("parameters", n.parameters());
        root.put("params", n.params());
        root.put("buffers", n.buffers());
        root.put("macs", n.macs());
        root.put("flops", 2 * n.macs());
        root.put("activation_bytes", n.activationBytes());
        netc.passes.MemoryPlan plan = plan(n);
        root.put("planned_arena_bytes", plan.arenaBytes());
        root.put("unplanned_bytes", plan.unplannedBytes());
        root.put("mac_convention", MAC_CONVENTION);
        Map<String, Object> outputs = new LinkedHashMap<>();
        n.outputs().forEach((k, id) -> outputs.put(k, id == Network.INPUT ? n.input().dims() : n.layers().get(id).output().dims()));
        root.put("outputs", outputs);
        List<Object> layers = new ArrayList<>();
        for (Layer l : n.layers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", l.name());
            m.put("op", l.op());
            m.put("output", l.output().dims());
            m.put("params", l.params());
            m.put("macs", l.macs());
            if (!l.weights().isEmpty()) {
                List<Object> ws = new ArrayList<>();
                for (Weight w : l.weights()) {
                    Map<String, Object> wm = new LinkedHashMap<>();
                    wm.put("name", w.name());
                    wm.put("shape", w.shape());
                    wm.put("trainable", w.trainable());
                    ws.add(wm);
                }
                m.put("weights", ws);
            }
            layers.add(m);
        }
        root.put("layers", layers);
        List<Object> blocks = new ArrayList<>();
        for (BlockTotal b : blocks(n)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", b.path());
            m.put("block", b.block());
            m.put("params", b.params());
            m.put("macs", b.macs());
            blocks.add(m);
        }
        root.put("blocks", blocks);
        return Json.write(root);
    }

    public static String csv(Network n) {
        StringBuilder sb = new StringBuilder("name,op,output,params,macs\n");
        for (Layer l : n.layers()) {
            sb.append(csvField(l.name())).append(',').append(l.op()).append(',').append(l.output()).append(',')
              .append(l.params()).append(',').append(l.macs()).append('\n');
        }
        sb.append("total,,,").append(n.params()).append(',').append(n.macs()).append('\n');
        return sb.toString();
    }

    private static String csvField(String s) { return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s; }

    public static String table(Network n) {
        int nameWidth = Math.max(5, Math.min(48, n.layers().stream().mapToInt(l -> l.name().length()).max().orElse(5)));
        StringBuilder sb = new StringBuilder();
        sb.append("network ").append(n.name()).append("  input ").append(n.input());
        if (n.parameters().size() > 1) {
            List<String> ps = new ArrayList<>();
            n.parameters().forEach((k, v) -> { if (!k.equals("input")) ps.add(k + "=" + v); });
            sb.append("  (").append(String.join(", ", ps)).append(')');
        }
        sb.append("\n\n");
        String fmt = "%-" + nameWidth + "s  %-16s  %-14s  %12s  %15s%n";
        sb.append(String.format(Locale.ROOT, fmt, "layer", "op", "output", "params", "MACs"));
        sb.append("-".repeat(nameWidth + 65)).append('\n');
        for (Layer l : n.layers()) {
            sb.append(String.format(Locale.ROOT, fmt, clip(l.name(), nameWidth), l.op(), l.output(), count(l.params()), count(l.macs())));
        }
        List<BlockTotal> blocks = blocks(n);
        if (!blocks.isEmpty()) {
            sb.append("\nblocks\n");
            String bfmt = "%-" + nameWidth + "s  %-16s  %-14s  %12s  %15s%n";
            for (BlockTotal b : blocks) {
                String indent = "  ".repeat((int) b.path().chars().filter(c -> c == '.').count());
                sb.append(String.format(Locale.ROOT, bfmt, clip(indent + b.path(), nameWidth), b.block(), "", count(b.params()), count(b.macs())));
            }
        }
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "params       %s trainable, %s in buffers (BN running statistics)%n", count(n.params()), count(n.buffers())));
        sb.append(String.format(Locale.ROOT, "MACs         %s (%s)%n", count(n.macs()), giga(n.macs())));
        sb.append(String.format(Locale.ROOT, "FLOPs        %s (= 2 x MACs)%n", giga(2 * n.macs())));
        sb.append(String.format(Locale.ROOT, "activations  %s (float32, batch 1, every layer output kept)%n", bytes(n.activationBytes())));
        netc.passes.MemoryPlan plan = plan(n);
        sb.append(String.format(Locale.ROOT, "memory plan  %s arena for the fused graph, against %s if its tensors were not reused%n",
                bytes(plan.arenaBytes()), bytes(plan.unplannedBytes())));
        List<String> outs = new ArrayList<>();
        n.outputs().forEach((k, id) -> outs.add(k + " " + (id == Network.INPUT ? n.input() : n.layers().get(id).output())));
        sb.append("outputs      ").append(String.join(", ", outs)).append('\n');
        return sb.toString();
    }

    private static String clip(String s, int w) { return s.length() <= w ? s : "..." + s.substring(s.length() - w + 3); }

    static String count(long v) { return String.format(Locale.ROOT, "%,d", v); }

    static String giga(long v) {
        if (v >= 1_000_000_000L) return String.format(Locale.ROOT, "%.2f G", v / 1e9);
        if (v >= 1_000_000L) return String.format(Locale.ROOT, "%.2f M", v / 1e6);
        if (v >= 1_000L) return String.format(Locale.ROOT, "%.2f K", v / 1e3);
        return Long.toString(v);
    }

    static String bytes(long b) {
        if (b >= 1L << 30) return String.format(Locale.ROOT, "%.2f GiB", b / (double) (1L << 30));
        if (b >= 1L << 20) return String.format(Locale.ROOT, "%.2f MiB", b / (double) (1L << 20));
        if (b >= 1L << 10) return String.format(Locale.ROOT, "%.2f KiB", b / 1024.0);
        return b + " B";
    }
}
