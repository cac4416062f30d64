package netc.passes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import netc.ir.Activation;
import netc.ir.Graph;
import netc.ir.KernelPlan;
import netc.ir.Layout;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Target;
import netc.ir.Tensor;

/**
 * nchwc (native only): gives maximal chains of layers that all have a channel-blocked kernel the layout
 * {@link Layout#NCHWc8} and puts a {@link Op.Reorder} at each end: before a chain, for each NCHW tensor it reads
 * (once, just before its first reader in the chain), and after a chain's layer whose output something outside the
 * chain (or the graph's return) reads. Blocked kernels: 1x1 stride-1 unpadded ungrouped convs (the oc-vector GEMM,
 * reading the blocked input in place and storing its output vectors whole), depthwise convs with stride 1 or 2
 * (one vector per pixel per block, taps as vector FMAs) and sums of two equal shapes (flat, the padding stays zero),
 * with their fused epilogues. Only on output planes of at most {@code nchwc.maxPixels} pixels (the small planes
 * where NCHW's pixel vectors have short tails) of at least {@code nchwc.minPixels}; a global average pool after a chain reads its blocked output
 * directly. Only chains of at least {@code nchwc.minLayers} layers (4; two
 * reorders cost more than a short chain gains) and at least {@code nchwc.layersPerReorder} layers per reorder. Runs after the fusions, so the fused separable and inverted-residual nodes stay NCHW and
 * end chains. Off unless the native backend switches it on (target option {@code nchwc}); {@code -fno-nchwc}.
 * Test: NchwcLayoutTest, NativeNchwcTest.
 */
public final class NchwcLayout {
    private NchwcLayout() {}

    /** Default largest output plane given a blocked layout ({@code nchwc.maxPixels=N}): 14x14. */
    static final long MAX_PIXELS = 196;

    /**
     * Default smallest output plane given a blocked layout ({@code nchwc.minPixels=N}): the squeeze-and-excitation
     * 1x1s on 1 x 1 planes gain nothing and would each pay two reorders.
     */
    static final long MIN_PIXELS = 16;

    /**
     * Default fewest layers of a chain ({@code nchwc.minLayers=N}): a short chain pays two reorders for little.
     * efficientnet_b0, whose squeeze-and-excitation products cut its 14x14 stage into chains of 3 (project, expand,
     * depthwise; reorders of 240 and 480 x 14 x 14 floats), ran 1.03-1.04x the time with them blocked (one and two
     * threads, alternating calls, load 1.6).
     */
    static final long MIN_LAYERS = 4;

    /**
     * Default fewest layers per reorder of a chain ({@code nchwc.layersPerReorder=N}): efficientnet_b0's
     * squeeze-and-excitation products (not blocked) need each expanded 14x14 tensor back in NCHW and the gated one
     * blocked again, two reorders per three layers; its chains ran 1.02-1.05x the time of NCHW (one and two threads,
     * alternating calls, load 1.6). mobilenet_v2's chain has 1 reorder for 33 layers (one thread), 13 (two).
     */
    static final long LAYERS_PER_REORDER = 4;

    /** The plan kernel name of a blocked depthwise conv. */
    public static final String DEPTHWISE = "depthwise-nchwc8";

    public static Graph run(Graph g, Target t) {
        if (!t.plansKernels() || t.off("nchwc")) return g;
        long maxPixels = t.option("nchwc.maxPixels", MAX_PIXELS), minPixels = t.option("nchwc.minPixels", MIN_PIXELS);
        long minLayers = Math.max(2, t.option("nchwc.minLayers", MIN_LAYERS));
        List<Node> nodes = g.nodes();
        int count = nodes.size();
        Map<Integer, Integer> producer = new HashMap<>();
        for (int i = 0; i < count; i++) producer.put(nodes.get(i).output(), i);
        boolean[] cand = new boolean[count];
        for (int i = 0; i < count; i++) cand[i] = blockable(g, nodes.get(i), minPixels, maxPixels);
        // chains: nodes joined by a tensor that one candidate writes and another reads
        int[] parent = new int[count];
        for (int i = 0; i < count; i++) parent[i] = i;
        for (int i = 0; i < count; i++) {
            if (!cand[i]) continue;
            for (int in : nodes.get(i).inputs()) {
                Integer p = producer.get(in);
                if (p != null && cand[p]) parent[find(parent, p)] = find(parent, i);
            }
        }
        Map<Integer, Integer> size = new HashMap<>();
        for (int i = 0; i < count; i++) if (cand[i]) size.merge(find(parent, i), 1, Integer::sum);
        // reorders per chain: NCHW tensors entering it (each once) and its tensors read outside it (a global pool aside)
        Map<Integer, Set<Integer>> entering = new HashMap<>();
        Map<Integer, Set<Integer>> leaving = new HashMap<>();
        for (int i = 0; i < count; i++) {
            Node n = nodes.get(i);
            for (int in : n.inputs()) {
                Integer p = producer.get(in);
                if (cand[i] && (p == null || !cand[p])) entering.computeIfAbsent(find(parent, i), k -> new HashSet<>()).add(in);
                boolean globalPool = n.op() instanceof Op.AdaptiveAvgPool && g.tensor(n.output()).dims().length == 3 && g.tensor(n.output()).dims()[1] == 1
                        && g.tensor(n.output()).dims()[2] == 1;
                if (!cand[i] && p != null && cand[p] && !globalPool) leaving.computeIfAbsent(find(parent, p), k -> new HashSet<>()).add(in);
            }
        }
        for (int o : g.outputs().values()) {
            Integer p = producer.get(o);
            if (p != null && cand[p]) leaving.computeIfAbsent(find(parent, p), k -> new HashSet<>()).add(o);
        }
        long perReorder = t.option("nchwc.layersPerReorder", LAYERS_PER_REORDER);
        boolean[] blocked = new boolean[count];
        boolean any = false;
        for (int i = 0; i < count; i++) {
            if (!cand[i]) continue;
            int root = find(parent, i), layers = size.get(root);
            int reorders = entering.getOrDefault(root, Set.of()).size() + leaving.getOrDefault(root, Set.of()).size();
            any |= blocked[i] = layers >= minLayers && layers >= perReorder * reorders;
        }
        if (!any) return g;

        // a global average pool reads a chain's blocked output directly (its 1 x 1 output is NCHW as it is)
        boolean[] pool = new boolean[count];
        for (int i = 0; i < count; i++) {
            Node n = nodes.get(i);
            Integer p = producer.get(n.inputs().get(0));
            long[] y = g.tensor(n.output()).dims();
            pool[i] = n.op() instanceof Op.AdaptiveAvgPool && p != null && blocked[p] && y.length == 3 && y[1] == 1 && y[2] == 1;
        }
        Map<Integer, Tensor> tensors = new LinkedHashMap<>(g.tensors());
        int next = tensors.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        // tensors read outside the chains: their producer writes a blocked copy, a reorder the NCHW one under the old id
        Set<Integer> readOutside = new HashSet<>(g.outputs().values());
        for (Tensor x : g.tensors().values()) if (x.isView()) readOutside.add(x.aliasOf());
        for (int i = 0; i < count; i++) if (!blocked[i] && !pool[i]) readOutside.addAll(nodes.get(i).inputs());
        Map<Integer, Integer> blockedId = new HashMap<>(); // NCHW id -> its blocked tensor's id
        List<Node> out = new ArrayList<>();
        List<Node> after = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Node n = nodes.get(i);
            if (pool[i]) {
                out.add(new Node(n.name(), n.op(), List.of(blockedId.get(n.inputs().get(0))), n.output()));
                continue;
            }
            if (!blocked[i]) {
                out.add(n);
                continue;
            }
            List<Integer> ins = new ArrayList<>();
            for (int in : n.inputs()) {
                Integer b = blockedId.get(in);
                if (b == null) { // an NCHW tensor entering the chain: reorder it once, here
                    b = next++;
                    tensors.put(b, new Tensor(b, g.tensor(in).dims(), Layout.NCHWc8, Tensor.NO_ALIAS));
                    blockedId.put(in, b);
                    out.add(new Node(n.name() + ".reorder_in", new Op.Reorder(Layout.NCHWc8), List.of(in), b));
                }
                ins.add(b);
            }
            int y = n.output();
            int by = y;
            after.clear();
            if (readOutside.contains(y)) {
                by = next++;
                tensors.put(by, new Tensor(by, g.tensor(y).dims(), Layout.NCHWc8, Tensor.NO_ALIAS));
                after.add(new Node(n.name() + ".reorder_out", new Op.Reorder(Layout.NCHW), List.of(by), y));
            } else {
                tensors.put(y, g.tensor(y).withLayout(Layout.NCHWc8));
            }
            blockedId.put(y, by);
            out.add(new Node(n.name(), n.op(), ins, by));
            out.addAll(after);
        }
        return new Graph(g.name(), tensors, out, g.input(), g.outputs(), g.parameters());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    /** Whether node n has a blocked kernel (see the class comment) on its shapes. */
    static boolean blockable(Graph g, Node n, long minPixels, long maxPixels) {
        Tensor y = g.tensor(n.output());
        if (y.isView() || y.dims().length != 3 || y.dims()[1] * y.dims()[2] > maxPixels || y.dims()[1] * y.dims()[2] < minPixels) return false;
        for (int in : n.inputs()) if (g.tensor(in).dims().length != 3) return false;
        long inC = g.tensor(n.inputs().get(0)).dims()[0];
        return switch (n.op()) {
            case Op.Conv c when c.groups() == 1 -> ConvPlans.flat(c) && c.dh() == 1 && c.dw() == 1;
            case Op.Conv c -> c.groups() == inC && c.outC() == inC && c.sh() == c.sw() && (c.sh() == 1 || c.sh() == 2);
            // padding lanes stay zero: 0 + 0, and an activation that keeps 0
            case Op.Binary b -> !b.mul() && n.inputs().size() == 2 && !b.epilogue().residual()
                    && Arrays.equals(g.tensor(n.inputs().get(0)).dims(), y.dims()) && Arrays.equals(g.tensor(n.inputs().get(1)).dims(), y.dims())
                    && (b.epilogue().act() == Activation.NONE || b.epilogue().act() == Activation.RELU || b.epilogue().act() == Activation.RELU6);
            default -> false;
        };
    }

    /**
     * The plan of a conv whose output is blocked: a 1x1 on the oc-vector GEMM (B read in place from the blocked
     * input: a pixel's 8 channels are consecutive, so no packing), a depthwise on {@link #DEPTHWISE}.
     */
    static KernelPlan plan(Target t, Op.Conv c, long inC, long pixels) {
        if (c.groups() == 1) return ConvPlans.ocGemmPlan(t, c, inC, pixels);
        return new KernelPlan.Direct(DEPTHWISE);
    }
}
