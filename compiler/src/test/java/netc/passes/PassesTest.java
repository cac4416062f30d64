package netc.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import netc.diag.Diagnostics;
import netc.diag.SourceFile;
import netc.ir.Activation;
import netc.ir.Graph;
import netc.ir.Lowering;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Weights;
import netc.sema.Frontend;
import netc.sema.ModuleLoader;
import org.junit.jupiter.api.Test;

class PassesTest {
    static Graph lower(String source) {
        Diagnostics d = new Diagnostics();
        var program = new ModuleLoader(d).loadSource(new SourceFile("t.net", source), null);
        var net = Frontend.build(new Frontend.Loaded(program, null), null, List.of(), null, d);
        assertFalse(d.hasErrors(), () -> d.all().toString());
        return Lowering.lower(net);
    }

    static List<String> kinds(Graph g) { return g.nodes().stream().map(n -> n.op().kind()).toList(); }

    @Test
    void foldsBatchNormAndActivationIntoConv() {
        Graph g = Pipeline.run(lower("network t(input: 3x8x8) { c: conv(4, 3) -> b: bn -> relu }"), Set.of());
        assertEquals(List.of("conv"), kinds(g));
        Op.Conv c = (Op.Conv) g.nodes().get(0).op();
        Weights.FoldedBn w = assertInstanceOf(Weights.FoldedBn.class, c.weights());
        assertEquals("b", w.bnPrefix());
        assertEquals("c.weight", w.weight());
        assertEquals(Activation.RELU, c.epilogue().act());
        assertEquals(g.outputs().get("out"), g.nodes().get(0).output());
    }

    @Test
    void keepsBatchNormWhenTheConvOutputHasOtherReaders() {
        Graph g = Pipeline.run(lower("network t(input: 3x8x8) { x = conv(4, 3) ; bn -> add(x) }"), Set.of());
        assertEquals(List.of("conv", "batchnorm", "add"), kinds(g));
    }

    @Test
    void keepsBatchNormBeforeConv() {
        Graph g = Pipeline.run(lower("network t(input: 3x8x8) { bn -> relu -> conv(4, 3) }"), Set.of());
        assertEquals(List.of("batchnorm", "relu", "conv"), kinds(g));
    }

    @Test
    void fusesResidualAddThenActivation() {
        Graph g = Pipeline.run(lower("""
                network t(input: 8x8x8) {
                  add { conv(8, 3, pad: 1, bias: false) -> bn -> relu -> conv(8, 3, pad: 1, bias: false) -> bn ; in } -> relu
                }"""), Set.of());
        assertEquals(List.of("conv", "conv"), kinds(g));
        Node second = g.nodes().get(1);
        Op.Conv c = (Op.Conv) second.op();
        assertTrue(c.epilogue().residual());
        assertEquals(Activation.RELU, c.epilogue().act());
        assertEquals(List.of(g.nodes().get(0).output(), g.input()), second.inputs());
    }

    @Test
    void doesNotFuseBroadcastingAdd() {
        Graph g = Pipeline.run(lower("network t(input: 8x4x4) { x = gap ; in -> conv(8, 1) -> add(x) }"), Set.of());
        assertTrue(kinds(g).contains("add"));
    }

    @Test
    void dropsInferenceNoOpsAndRemapsOutputs() {
        Graph g = Pipeline.run(lower("network t(input: 3x8x8) { conv(4, 3) -> dropout(0.5) -> identity -> gap -> flatten -> dropout }"), Set.of());
        assertEquals(List.of("conv", "adaptive_avgpool", "reshape"), kinds(g));
        assertEquals(g.nodes().get(2).output(), g.outputs().get("out"));
    }

    @Test
    void convsWriteIntoTheirConcatChannels() {
        Graph g = Pipeline.run(lower("""
                network t(input: 8x8x8) {
                  concat { conv(4, 1) -> relu ; maxpool(3, stride: 1, pad: 1) ; conv(6, 3, pad: 1) }
                }"""), Set.of());
        Node concat = g.nodes().get(g.nodes().size() - 1);
        assertInstanceOf(Op.Concat.class, concat.op());
        var first = g.tensor(concat.inputs().get(0));
        var pooled = g.tensor(concat.inputs().get(1));
        var last = g.tensor(concat.inputs().get(2));
        assertTrue(first.isSlice() && first.aliasOf() == concat.output() && first.channelOffset() == 0);
        assertFalse(pooled.isView(), "a pool has no strided output: copied");
        assertTrue(last.isSlice() && last.channelOffset() == 12);
        Graph off = Pipeline.run(lower("network t(input: 8x8x8) { concat { conv(4, 1) ; conv(6, 1) } }"), Set.of("concat_in_place"));
        assertTrue(off.tensors().values().stream().noneMatch(netc.ir.Tensor::isSlice));
    }

    @Test
    void switchedOffPassesLeaveTheGraphAlone() {
        Graph raw = lower("network t(input: 3x8x8) { conv(4, 3) -> bn -> relu -> dropout }");
        Graph none = Pipeline.run(raw, Set.copyOf(Pipeline.names()));
        assertEquals(raw, none);
        Graph noFold = Pipeline.run(raw, Set.of("fold_bn"));
        assertEquals(List.of("conv", "batchnorm", "relu"), kinds(noFold));
    }

    @Test
    void memoryPlanNeverOverlapsLiveTensors() {
        Graph g = Pipeline.run(lower("""
                block unit(c: int) { concat { conv(c, 1) -> relu ; conv(c, 3, pad: 1) -> relu ; maxpool(3, stride: 1, pad: 1) } }
                network t(input: 3x32x32) {
                  conv(16, 3, pad: 1) -> relu
                  repeat 3 { skip = unit(8) ; conv(skip.c, 1) -> add(skip) -> relu }
                  gap -> flatten -> linear(10)
                }"""), Set.of());
        MemoryPlan plan = PlanMemory.run(g);
        // Independent check: lifetimes recomputed here, then every pair alive at once must be disjoint.
        Map<Integer, int[]> life = new HashMap<>();
        for (int i = 0; i < g.nodes().size(); i++) life.put(g.nodes().get(i).output(), new int[] {i, i});
        for (int i = 0; i < g.nodes().size(); i++) for (int in : g.nodes().get(i).inputs()) if (life.containsKey(in)) life.get(in)[1] = i;
        for (int o : g.outputs().values()) life.get(o)[1] = g.nodes().size();
        List<Integer> ts = life.keySet().stream().filter(t -> !g.tensor(t).isView()).toList();
        for (int a : ts) {
            for (int b : ts) {
                if (a >= b) continue;
                boolean together = life.get(a)[0] <= life.get(b)[1] && life.get(b)[0] <= life.get(a)[1];
                long oa = plan.offsets().get(a), ob = plan.offsets().get(b);
                boolean overlap = oa < ob + g.tensor(b).elements() && ob < oa + g.tensor(a).elements();
                assertFalse(together && overlap, "tensors %" + a + " and %" + b + " are alive together and overlap");
            }
            assertTrue(plan.offsets().get(a) + g.tensor(a).elements() <= plan.arenaFloats());
        }
        assertTrue(plan.arenaFloats() < plan.unplannedFloats());
    }
}
