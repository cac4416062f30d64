package netc.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import netc.diag.Diagnostics;
import netc.ir.Graph;
import netc.ir.Lowering;
import netc.ir.Tensor;
import netc.passes.MemoryPlan;
import netc.passes.Pipeline;
import netc.passes.PlanMemory;
import netc.sema.ModuleLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The memory plan of every stdlib network, checked independently of the planner: a tensor's memory is never
 * reused while it is still to be read, and no node writes over one of its own inputs.
 */
class MemoryPlanTest {
    static Stream<String> networks() {
        return new ModuleLoader(new Diagnostics()).loadStdlib(null).networks().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void liveTensorsNeverShareMemory(String name) {
        Graph g = Pipeline.run(Lowering.lower(Reference.build("stdlib:" + name, List.of(), null)), Set.of());
        MemoryPlan plan = PlanMemory.run(g);
        int end = g.nodes().size();
        Map<Integer, int[]> life = new HashMap<>();
        for (int i = 0; i < end; i++) life.putIfAbsent(root(g, g.nodes().get(i).output()), new int[] {i, i});
        for (int i = 0; i < end; i++) {
            for (int in : g.nodes().get(i).inputs()) {
                int[] l = life.get(root(g, in));
                if (l != null) l[1] = Math.max(l[1], i);
            }
        }
        for (int o : g.outputs().values()) if (life.containsKey(root(g, o))) life.get(root(g, o))[1] = end;
        List<Integer> ts = new ArrayList<>(life.keySet());
        for (int i = 0; i < ts.size(); i++) {
            for (int j = i + 1; j < ts.size(); j++) {
                int a = ts.get(i), b = ts.get(j);
                boolean together = life.get(a)[0] <= life.get(b)[1] && life.get(b)[0] <= life.get(a)[1];
                long oa = plan.offsets().get(a), ob = plan.offsets().get(b);
                boolean overlap = oa < ob + g.tensor(b).elements() && ob < oa + g.tensor(a).elements();
                assertTrue(!(together && overlap), name + ": %" + a + " " + life.get(a)[0] + ".." + life.get(a)[1] + " @" + oa
                        + " and %" + b + " " + life.get(b)[0] + ".." + life.get(b)[1] + " @" + ob + " overlap while both live");
            }
        }
    }

    private static int root(Graph g, int t) {
        Tensor x = g.tensor(t);
        while (x.isView()) x = g.tensor(x.aliasOf());
        return x.id();
    }

}
