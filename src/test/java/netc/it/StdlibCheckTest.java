package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import netc.cli.Main;
import netc.sema.Frontend;
import netc.sema.Stdlib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code netc check} of every stdlib module on its own: each must import what it uses and build cleanly. */
class StdlibCheckTest {
    static Stream<String> modules() { return Frontend.stdlibTargets().stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void moduleChecksClean(String target) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new String[] {"check", target}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains(": ok"), out.toString());
    }

    @Test
    void indexListsExactlyTheModuleFiles() throws Exception {
        Path dir = Path.of(System.getProperty("netc.repo", "../.."), "stdlib-nets/src/main/resources/netc/stdlib");
        List<String> files;
        try (var s = Files.list(dir)) {
            files = s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".net")).map(f -> f.replace(".net", "")).sorted().toList();
        }
        assertEquals(files, Stdlib.modules().stream().sorted().toList());
    }
}
