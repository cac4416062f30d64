package netc.sema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import netc.diag.Diagnostics;
import netc.diag.SourceFile;
import netc.model.Layer;
import netc.model.Network;
import netc.model.Weight;
import org.junit.jupiter.api.Test;

class ElaboratorTest {
    static Network build(String source, String network, List<String> sets) {
        Diagnostics d = new Diagnostics();
        Program p = new ModuleLoader(d).loadSource(new SourceFile("t.net", source), null);
        Network n = Frontend.build(new Frontend.Loaded(p, null), network, sets, null, d);
        assertFalse(d.hasErrors(), () -> d.all().toString());
        return n;
    }

    static List<String> weightNames(Network n) {
        return n.layers().stream().flatMap(l -> l.weights().stream()).map(Weight::name).toList();
    }

    @Test
    void namesFollowSequentialPositionsLabelsAndScopes() {
        Network n = build("""
                block unit(c: int) { conv(c, 1) -> relu -> proj: conv(c, 1, bias: false) }
                network t(input: 3x8x8) {
                  stem: { conv(8, 3) -> bn }
                  repeat i in 0..2 { "stage{i + 1}": unit(8) }
                  gap -> flatten -> fc: linear(2)
                }""", null, List.of());
        assertEquals(List.of("stem.0.weight", "stem.0.bias", "stem.1.weight", "stem.1.bias", "stem.1.running_mean", "stem.1.running_var",
                "stage1.0.weight", "stage1.0.bias", "stage1.proj.weight", "stage2.0.weight", "stage2.0.bias", "stage2.proj.weight",
                "fc.weight", "fc.bias"), weightNames(n));
    }

    @Test
    void aNetworkCanBeUsedAsABlockWithAliasDefaults() {
        Network n = build("""
                network body(input: 3x8x8, width = 4, classes = 0) {
                  conv(width, 3, pad: 1)
                  if classes > 0 { gap -> flatten -> fc: linear(classes) }
                }
                network narrow = body(width: 2)
                network top(input: 3x16x16) { backbone: narrow -> head: conv(5, 1) }""", "top", List.of());
        assertEquals(List.of("backbone.0.weight", "backbone.0.bias", "head.weight", "head.bias"), weightNames(n));
        Layer first = n.layers().get(0);
        assertEquals(2L, first.output().c());
        assertEquals(16L, first.output().h());
    }

    @Test
    void setOverridesAliasDefaultsAndResidualIsConditional() {
        String src = """
                block ir(out: int, stride = 1) {
                  conv(out, 3, stride: stride, pad: 1)
                  if stride == 1 and in.c == out { add(in) }
                }
                network t(input: 4x8x8, out = 4) { ir(out) }
                network t8 = t(out: 8)""";
        assertEquals(List.of("conv", "add"), build(src, "t", List.of()).layers().stream().map(Layer::op).toList());
        assertEquals(List.of("conv"), build(src, "t8", List.of()).layers().stream().map(Layer::op).toList());
        assertEquals(List.of("conv", "add"), build(src, "t8", List.of("out=4")).layers().stream().map(Layer::op).toList());
    }
}
