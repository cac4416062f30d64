package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import netc.cli.Main;
import netc.ir.IrPrinter;
import netc.ir.Lowering;
import netc.ir.Target;
import netc.passes.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The optimised IR of a few networks, as {@code netc compile --emit ir} prints it, against golden files; at the
 * native target with each conv's kernel plan.
 */
class IrGoldenTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "stdlib:resnet18, '', resnet18",
            "stdlib:resnet18, -fno-fold_bn -fno-fuse_residual -fno-fuse_activation -fno-drop_noops, resnet18-nopasses",
            "stdlib:googlenet, '', googlenet",
            "stdlib:nin_d2l, '', nin_d2l",
            "stdlib:resnet18, --target native, resnet18-native",
            "stdlib:mobilenet_v2, --target native --threads 2, mobilenet_v2-native",
    })
    void irMatchesGolden(String target, String flags, String golden) {
        Golden.check("ir/" + golden + ".ir", emitIr(target, flags));
    }

    private static String emitIr(String target, String flags) {
        List<String> args = new ArrayList<>(List.of("compile", target, "--emit", "ir"));
        if (!flags.isBlank()) args.addAll(List.of(flags.split(" ")));
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        if (code != 0) throw new AssertionError("exit " + code + ": " + err);
        return out.toString();
    }

    /**
     * A changed plan decision shows in the golden diff: resnet18 planned with F(2x2) forced for every Winograd conv
     * (the knob {@code -Dnetc.native.winograd=2}, as a target option) differs from the golden file exactly in the plan
     * lines of the 56x56 stage's 3x3 convs, which the default plans as F(4x4).
     */
    @Test
    void changedPlanShowsInTheGoldenDiff() throws IOException {
        var net = Reference.build("stdlib:resnet18", List.of(), null);
        var g = Pipeline.run(Lowering.lower(net), Set.of(), Target.x86_64_v3(1, Map.of("winograd", "2")));
        List<String> forced = IrPrinter.print(g).lines().toList();
        List<String> golden = Files.readAllLines(Path.of(System.getProperty("netc.repo", "../.."), "src/test/resources/golden/ir/resnet18-native.ir"));
        assertEquals(golden.size(), forced.size());
        int changed = 0;
        for (int i = 0; i < golden.size(); i++) {
            if (golden.get(i).equals(forced.get(i))) continue;
            changed++;
            assertTrue(golden.get(i).startsWith("      plan: winograd F4 ") && forced.get(i).startsWith("      plan: winograd F2 "),
                    golden.get(i) + " -> " + forced.get(i));
        }
        assertNotEquals(0, changed);
        assertEquals(4, changed, "resnet18's 56x56 stage has four 3x3 convs");
    }
}
