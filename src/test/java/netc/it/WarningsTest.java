package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import netc.diag.Diagnostic;
import netc.diag.DiagnosticPrinter;
import netc.diag.Diagnostics;
import netc.diag.Severity;
import netc.diag.WarningPolicy;
import netc.sema.Frontend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warnings must be worth reading: the standard library and the samples have none with the default flags, and
 * {@code -Wall} shows the off-by-default ones. On the command line they never change the exit code unless
 * {@code -Werror} is given. (What each warning reports is in the golden files diagnostics/warnings_*.net.)
 */
class WarningsTest {
    @TempDir Path tmp;

    private static List<String> warnings(String target, WarningPolicy policy) {
        Diagnostics d = new Diagnostics(policy);
        Frontend.buildAll(Frontend.load(target, d), d);
        assertFalse(d.hasErrors(), () -> target + ": " + d.all());
        return d.all().stream().filter(x -> x.severity() == Severity.WARNING).map(DiagnosticPrinter::format).toList();
    }

    @Test
    void standardLibraryAndSamplesHaveNoWarningsByDefault() throws IOException {
        List<String> targets = new ArrayList<>(Frontend.stdlibTargets());
        try (Stream<Path> s = SamplesTest.netFiles()) {
            s.forEach(p -> targets.add(p.toString()));
        }
        assertTrue(targets.size() > Frontend.stdlibTargets().size(), "no samples found");
        List<String> all = new ArrayList<>();
        for (String t : targets) all.addAll(warnings(t, WarningPolicy.defaults()));
        assertEquals(List.of(), all);
    }

    /** dropped-pixels is off by default because real nets drop pixels on purpose: ResNet's 1x1 stride-2 downsample. */
    @Test
    void droppedPixelsFiresOnTheStandardLibraryOnlyWhenAskedFor() {
        List<String> w = warnings("stdlib:resnet", WarningPolicy.parse(List.of("all")));
        assertFalse(w.isEmpty());
        assertTrue(w.stream().allMatch(x -> x.contains("[W0103]")), w.toString());
        assertTrue(w.get(0).contains("conv with kernel 1x1 and stride 2x2 on a 256x56x56 input never reads the last 1 row and the last 1 column"), w.get(0));
    }

    private Run netc(String... args) {
        return Run.netc(args).relativeTo(tmp);
    }

    private String write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void warningsArePrintedAndKeepExitCodeZero() throws IOException {
        String f = write("unused.net", """
                network n(input: 3x32x32) {
                  let hidden = 4
                  conv(8, 3)
                }
                """);
        String expected = """
                unused.net:2:7: warning: let 'hidden' is never used [W0101]
                  let hidden = 4
                      ^~~~~~
                1 warning
                """;
        Run check = netc("check", f);
        assertEquals(0, check.code(), check.err());
        assertEquals(expected, check.err());
        assertEquals("unused.net: ok (1 network)\n", check.out());
        Run summary = netc("summary", f);
        assertEquals(0, summary.code(), summary.err());
        assertEquals(expected, summary.err());
        assertTrue(summary.out().contains("conv"), summary.out());
        Run graph = netc("graph", f, "-o", tmp.resolve("n.dot").toString());
        assertEquals(0, graph.code(), graph.err());
        assertEquals(expected, graph.err());
        assertTrue(Files.exists(tmp.resolve("n.dot")));
        Run compile = netc("compile", f, "-o", tmp.resolve("out").toString());
        assertEquals(0, compile.code(), compile.err());
        assertEquals(expected, compile.err());
        assertTrue(Files.exists(tmp.resolve("out")));

        Run quiet = netc("check", "-Wno-unused", f);
        assertEquals(0, quiet.code());
        assertEquals("", quiet.err());
        assertEquals("", netc("check", "-Wnone", f).err());
    }

    @Test
    void werrorMakesThemErrors() throws IOException {
        String f = write("unused.net", "network n(input: 3x32x32, width = 8, drop = 0.5) { conv(width, 3) }\n");
        Run r = netc("check", "-Werror", f);
        assertEquals(1, r.code());
        assertEquals("""
                unused.net:1:38: error: parameter 'drop' of network 'n' is never used; --set drop=... would change nothing [W0102]
                network n(input: 3x32x32, width = 8, drop = 0.5) { conv(width, 3) }
                                                     ^~~~
                1 error
                """, r.err());
        assertEquals("", r.out());

        Run compile = netc("compile", "-Werror", f, "-o", tmp.resolve("out").toString());
        assertEquals(1, compile.code());
        assertFalse(Files.exists(tmp.resolve("out")), "no output on an error");
        assertEquals(1, netc("summary", f, "-Werror").code());
        assertEquals(0, netc("summary", f, "-Werror", "-Wno-unused-parameter").code());
        assertEquals(0, netc("summary", f, "-Werror", "-Wno-error").code());
        String pool = write("pool.net", "network p(input: 3x33x33) { maxpool(2) }\n");
        assertEquals(0, netc("check", "-Werror", pool).code(), "dropped-pixels is off by default");
        Run all = netc("check", "-Wall", "-Werror", pool);
        assertEquals(1, all.code());
        assertTrue(all.err().contains("error: maxpool with kernel 2x2 and stride 2x2 on a 3x33x33 input never reads the last 1 row and the last 1 column (ceil: true would) [W0103]"), all.err());
        assertEquals(1, netc("check", "-Wdropped-pixels", "-Werror", pool).code());
    }

    @Test
    void unknownWarningIsAUsageError() throws IOException {
        String f = write("clean.net", "network n(input: 3x32x32) { conv(8, 3) }\n");
        Run r = netc("check", "-Wunsued", f);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown warning 'unsued'"), r.err());
        assertEquals(2, netc("summary", f, "-Wno-bogus").code());
    }

    @Test
    void policyAppliesFlagsInOrder() {
        assertEquals(WarningPolicy.defaults(), WarningPolicy.parse(List.of()));
        assertTrue(WarningPolicy.parse(List.of("all", "no-unused")).reports(netc.diag.ErrorCode.DROPPED_PIXELS));
        assertFalse(WarningPolicy.parse(List.of("all", "no-unused")).reports(netc.diag.ErrorCode.UNUSED));
        assertFalse(WarningPolicy.parse(List.of("no-unused", "none")).reports(netc.diag.ErrorCode.UNUSED_PARAMETER));
        assertTrue(WarningPolicy.parse(List.of("none", "unused")).reports(netc.diag.ErrorCode.UNUSED));
        assertTrue(WarningPolicy.parse(List.of("error")).asErrors());
        assertFalse(WarningPolicy.parse(List.of("error", "no-error")).asErrors());
    }

    @Test
    void aWarningCarriesItsCallSites() {
        Diagnostics d = new Diagnostics(WarningPolicy.parse(List.of("dropped-pixels")));
        Frontend.buildAll(Frontend.load("stdlib:resnet", d), d);
        Diagnostic w = d.all().get(0);
        assertEquals(List.of("in block 'bottleneck' used here"), w.notes().stream().map(Diagnostic.Note::message).toList());
    }
}
