package netc.passes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import netc.ir.Graph;
import netc.ir.Node;
import netc.ir.Tensor;

/**
 * plan_memory: gives every tensor a lifetime (from the node that writes it to the last node that reads it;
 * outputs live to the end) and packs them into one arena, largest first, each at the lowest offset that no
 * tensor with an overlapping lifetime occupies. Test: PassesTest.
 */
public final class PlanMemory {
    private PlanMemory() {}

    private record Interval(int tensor, long size, int first, int last) {}

    public static MemoryPlan run(Graph g) {
        int end = g.nodes().size();
        Map<Integer, int[]> life = new HashMap<>();
        for (int i = 0; i < g.nodes().size(); i++) {
            Node n = g.nodes().get(i);
            life.putIfAbsent(root(g, n.output()), new int[] {i, i}); // a view starts no new lifetime: its base is older
        }
        for (int i = 0; i < g.nodes().size(); i++) {
            for (int in : g.nodes().get(i).inputs()) extend(life, root(g, in), i);
        }
        for (int out : g.outputs().values()) extend(life, root(g, out), end);
        List<Interval> intervals = new ArrayList<>();
        long unplanned = 0;
        for (var e : life.entrySet()) {
            long size = g.tensor(e.getKey()).floats(); // a blocked tensor's padding included
            intervals.add(new Interval(e.getKey(), size, e.getValue()[0], e.getValue()[1]));
            unplanned += size;
        }
        intervals.sort(Comparator.comparingLong(Interval::size).reversed().thenComparingInt(Interval::tensor));
        Map<Integer, Long> offsets = new HashMap<>();
        List<long[]> placed = new ArrayList<>(); // offset, size, first, last
        long arena = 0;
        for (Interval iv : intervals) {
            List<long[]> clashes = new ArrayList<>();
            for (long[] p : placed) if (p[2] <= iv.last() && iv.first() <= p[3]) clashes.add(p);
            clashes.sort(Comparator.comparingLong(p -> p[0]));
            long offset = 0;
            for (long[] p : clashes) {
                if (offset + iv.size() <= p[0]) break;
                offset = Math.max(offset, p[0] + p[1]);
            }
            placed.add(new long[] {offset, iv.size(), iv.first(), iv.last()});
            offsets.put(iv.tensor(), offset);
            arena = Math.max(arena, offset + iv.size());
        }
        for (Tensor t : g.tensors().values()) {
            if (t.isView() && offsets.containsKey(root(g, t.id()))) offsets.put(t.id(), offsets.get(root(g, t.id())));
        }
        return new MemoryPlan(offsets, arena, unplanned);
    }

    /** No reuse: every tensor its own place, in execution order (what -fno-plan_memory gives). */
    public static MemoryPlan unplanned(Graph g) {
        Map<Integer, Long> offsets = new HashMap<>();
        long next = 0;
        for (Node n : g.nodes()) {
            Tensor t = g.tensor(n.output());
            if (t.isView()) continue;
            offsets.put(t.id(), next);
            next += t.floats();
        }
        for (Tensor t : g.tensors().values()) {
            if (t.isView() && offsets.containsKey(root(g, t.id()))) offsets.put(t.id(), offsets.get(root(g, t.id())));
        }
        return new MemoryPlan(offsets, next, next);
    }

    private static int root(Graph g, int t) {
        Tensor x = g.tensor(t);
        while (x.isView()) x = g.tensor(x.aliasOf());
        return x.id();
    }

    private static void extend(Map<Integer, int[]> life, int t, int at) {
        int[] l = life.get(t);
        if (l != null) l[1] = Math.max(l[1], at);
    }
}
