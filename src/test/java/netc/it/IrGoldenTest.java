package netc.it;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import netc.cli.Main;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The optimised IR of a few networks, as {@code netc compile --emit ir} prints it, against golden files. */
class IrGoldenTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "stdlib:resnet18, ''",
            "stdlib:resnet18, -fno-fold_bn -fno-fuse_residual -fno-fuse_activation -fno-drop_noops",
            "stdlib:googlenet, ''",
            "stdlib:nin_d2l, ''",
    })
    void irMatchesGolden(String target, String flags) {
        List<String> args = new ArrayList<>(List.of("compile", target, "--emit", "ir"));
        if (!flags.isBlank()) args.addAll(List.of(flags.split(" ")));
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        if (code != 0) throw new AssertionError("exit " + code + ": " + err);
        String name = target.replace("stdlib:", "") + (flags.isBlank() ? "" : "-nopasses") + ".ir";
        Golden.check("ir/" + name, out.toString());
    }
}
